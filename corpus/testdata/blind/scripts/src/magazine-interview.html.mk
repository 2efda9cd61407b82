%%! html
%% Layout: HTML magazine interview: site header and <nav>, <article> with <h1>, byline, an unlabelled intro
%% paragraph (narration, not a turn), first exchange labelled with full names in <strong>, later exchanges
%% with initials ('LM:', 'RN:'), an <aside class="pullquote"> repeating a line of the interview, a <figure>
%% with <figcaption>, a multi-paragraph answer (second <p> unlabelled), <em>/<a> inside speech, a
%% 'This interview has been edited' note, related-links list, <footer>, and a trailing <script>.
%% Speakers: Léa Moreau (interviewer; 'LM') -> Moreau; Rustam Nazarov ('RN') -> Nazarov.
%% Not speech: everything outside the interview paragraphs; the intro paragraph; the pull-quote (a repeat
%% of speech, page furniture); figure caption; the edited-for-length note; tags and labels.
%% Link text inside speech is speech ('the Samarkand archive'); the URL is not.
%% Doubtful: the pull-quote sits between two Nazarov paragraphs and does not break his turn. The narrated aside
%% '&mdash;he points to a red and indigo rug on the wall&mdash;' inside his answer is an editor's description, not
%% speech; '(Laughs.)' likewise.
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>&ldquo;Every carpet is a map&rdquo;: Rustam Nazarov on weaving and memory | The Loom Quarterly</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">The Loom Quarterly</a>
  <nav><ul><li><a href="/issues/">Issues</a></li><li><a href="/interviews/">Interviews</a></li><li><a href="/subscribe/">Subscribe</a></li></ul></nav>
</header>
<article>
<h1>&ldquo;Every carpet is a map&rdquo;</h1>
<p class="byline">Interview by Léa Moreau &middot; Photographs by Kenji Watanabe &middot; Issue 37, Spring 2024</p>
<p>Rustam Nazarov has been weaving in Bukhara for fifty years. His workshop, in a courtyard behind the old
caravanserai, employs eleven weavers. We spoke over green tea in the shade of a mulberry tree.</p>
⟨Moreau⟩‹<p><strong>Léa Moreau:</strong>› How did you start weaving?‹</p>›
⟨Nazarov⟩‹<p><strong>Rustam Nazarov:</strong>› My grandmother. She had a loom in the house, and I sat under it when I was small, watching the knots. By the time I was nine she let me do the borders.‹</p>›
⟨Moreau⟩‹<p><strong>LM:</strong>› Only the borders?‹</p>›
⟨Nazarov⟩‹<p><strong>RN:</strong>› ‹<em>›Only‹</em>› the borders. The centre was for people who had earned it. ‹(Laughs.)› I earned it when I was fourteen.‹</p>›
⟨⟩<figure><img src="/img/nazarov-loom.jpg" alt="Rustam Nazarov at his loom"><figcaption>Nazarov at the loom he inherited from his grandmother. Photo: Kenji Watanabe.</figcaption></figure>
⟨Moreau⟩‹<p><strong>LM:</strong>› Your carpets are known for their patterns. Where do they come from?‹</p>›
⟨Nazarov⟩‹<p><strong>RN:</strong>› Some from books, some from old carpets, some from dreams. Every carpet is a map. This one‹&mdash;he points to a red and indigo rug on the wall&mdash;›is a map of my village, the river, the road, the mosque.‹</p>›
⟨⟩<aside class="pullquote">&ldquo;Every carpet is a map.&rdquo;</aside>
⟨Nazarov⟩‹<p>›When the Soviet factories came, the patterns were standardised. Everyone made the same carpet. After independence we went looking for the old ones. I spent two years in ‹<a href="https://example.org/samarkand">›the Samarkand archive‹</a>› copying drawings.‹</p>›
⟨Moreau⟩‹<p><strong>LM:</strong>› Is anyone learning from you now?‹</p>›
⟨Nazarov⟩‹<p><strong>RN:</strong>› My granddaughter, Dilnoza. She is fifteen. She is faster than me already, but she doesn&rsquo;t have patience for the borders.‹</p>›
⟨Moreau⟩‹<p><strong>LM:</strong>› Like you at nine.‹</p>›
⟨Nazarov⟩‹<p><strong>RN:</strong>› Exactly like me. ‹(Laughs.)›‹</p>›
⟨⟩<p class="note"><em>This interview has been edited and condensed.</em></p>
</article>
<section class="related">
  <h2>More interviews</h2>
  <ul><li><a href="/interviews/indigo/">The last indigo dyer of Kano</a></li><li><a href="/interviews/ikat/">Ikat in Margilan</a></li></ul>
</section>
<footer>&copy; 2024 The Loom Quarterly. All rights reserved.</footer>
<script src="/js/analytics.js"></script>
</body>
</html>
