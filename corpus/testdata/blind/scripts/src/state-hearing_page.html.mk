%%! html
%% Layout: HTML page of a state legislative committee hearing transcript: <head> with <title>, <style> and a
%% <script> (analytics), a <nav> menu, breadcrumb, <h1>/<h2> headings, a 'Members present' <ul>, speeches as
%% <p><strong>Label:</strong> text</p>, a second <p> of the same speaker without a label (continuation), an
%% editorial <p class="note">[Recess]</p>, <em> inside speech, character references (&rsquo; &mdash; &amp;
%% &nbsp;), and a <footer> with links.
%% Speakers: Chair GUTIÉRREZ (Sen. Lucía Gutiérrez) -> Gutiérrez; Mr. SMITH (witness, Harold Smith) -> Smith;
%% Rep. AL-HAKIM (Rep. Nadia al-Hakim; label in capitals) -> al-Hakim; Ms. NGUYEN (witness, Thảo Nguyen) -> Nguyen.
%% Not speech: everything outside the <p> speeches (head, script, nav, headings, list, footer), tags, labels,
%% the '[Recess]' note, '[inaudible]'.
%% Words are counted on the decoded text ('don&rsquo;t' = 1 word; 'now&mdash;today' = 2 words).
%% Doubtful: the unlabelled <p> after Smith's labelled one continues Smith. Gutiérrez's remarks before and
%% after the '[Recess]' note are one turn (no other speaker between).
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Joint Committee on Water Resources &mdash; Hearing Transcript, 6 Feb 2024</title>
<style>
  body { font-family: Georgia, serif; max-width: 46em; margin: auto; }
  nav a { margin-right: 1em; }
  p.note { font-style: italic; color: #555; }
</style>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date()); gtag('config', 'G-XXXX');
  // Speaker: this is not a speaker.
</script>
</head>
<body>
<nav>
  <a href="/">Home</a> <a href="/committees/">Committees</a> <a href="/hearings/">Hearings</a>
  <a href="/contact/">Contact</a>
</nav>
<div class="breadcrumb">Home &gt; Committees &gt; Water Resources &gt; 2024-02-06</div>
<h1>Joint Committee on Water Resources</h1>
<h2>Hearing on Groundwater Allocation, February 6, 2024</h2>
<p>Members present:</p>
<ul>
  <li>Sen. Lucía Gutiérrez, Chair</li>
  <li>Rep. Nadia al-Hakim</li>
  <li>Rep. Owen Price</li>
</ul>
<p>Witnesses: Harold Smith, Valley Growers Association; Thảo Nguyen, Riverside Water District.</p>
<hr>
⟨Gutiérrez⟩‹<p><strong>Chair GUTIÉRREZ:</strong>› Good morning. This hearing of the Joint Committee will come to order. We&rsquo;re here to take testimony on the draft groundwater allocation rule. Mr. Smith, you&rsquo;re first.‹</p>›
⟨Smith⟩‹<p><strong>Mr. SMITH:</strong>› Thank you, Madam Chair. I represent about four hundred family farms in the valley. Our wells have dropped thirty feet in ten years. We don&rsquo;t dispute that there&rsquo;s a problem.‹</p>›
‹<p>›What we dispute is the baseline. The draft uses the years 2015 to 2020, which were drought years, so every farm&rsquo;s allocation is set at its lowest point. That&rsquo;s not fair &amp; it&rsquo;s not good science.‹</p>›
⟨al-Hakim⟩‹<p><strong>Rep. AL-HAKIM:</strong>› Mr. Smith, what baseline would you use?‹</p>›
⟨Smith⟩‹<p><strong>Mr. SMITH:</strong>› Ten years, at least. Include some wet years.‹</p>›
⟨al-Hakim⟩‹<p><strong>Rep. AL-HAKIM:</strong>› And if the aquifer can&rsquo;t support that?‹</p>›
⟨Smith⟩‹<p><strong>Mr. SMITH:</strong>› Then we should talk about that honestly, rather than hiding it in the baseline.‹</p>›
⟨Gutiérrez⟩‹<p><strong>Chair GUTIÉRREZ:</strong>› Thank you. We&rsquo;ll take a five-minute recess for the vote on the floor.‹</p>›
⟨⟩<p class="note">[Recess]</p>
⟨Gutiérrez⟩‹<p><strong>Chair GUTIÉRREZ:</strong>› We&rsquo;re back. Ms. Nguyen, please go ahead.‹</p>›
⟨Nguyen⟩‹<p><strong>Ms. NGUYEN:</strong>› Thank you. I&rsquo;d like to answer Mr. Smith&rsquo;s point directly. We chose 2015 to 2020 because that&rsquo;s when the meters were installed. Before that we have ‹<em>›estimates‹</em>›, not measurements. ‹[inaudible]› the data simply isn&rsquo;t there.‹</p>›
⟨al-Hakim⟩‹<p><strong>Rep. AL-HAKIM:</strong>› So the choice was about data, not drought.‹</p>›
⟨Nguyen⟩‹<p><strong>Ms. NGUYEN:</strong>› Yes. And we need to act now&mdash;today, not in ten years.‹</p>›
⟨Gutiérrez⟩‹<p><strong>Chair GUTIÉRREZ:</strong>› Thank you both. The record stays open until&nbsp;February&nbsp;20. We&rsquo;re adjourned.‹</p>›
⟨⟩<hr>
<footer>
  <p>&copy; 2024 State Legislature. <a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy</a></p>
  <p>Transcripts are prepared by the Office of Legislative Reporting and are not official until approved.</p>
</footer>
</body>
</html>
