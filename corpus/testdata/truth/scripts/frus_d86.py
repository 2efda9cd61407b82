import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import segment, merge, write, strip_brackets

NAME = "frus1961-63v05_d86.txt"
L = open("/work/shared/corpora/frus-memcons/" + NAME, encoding="utf-8").read().split("\n")
S = lambda spk, f: ("S", spk, f)
D = lambda t: ("D", t)
R, G, N, T, M, Me = "Rusk", "Gromyko", "Nitze", "Thompson", "Matthews", "Menshikov"
SPEC = {
 19: [S(R, "The Secretary referred to"), S(R, "He thought that")],
 20: [S(G, "Gromyko said that"), S(R, "and the Secretary pointed out that")],
 21: [S(G, "Gromyko referred to"), S(G, "He said that"), S(R, "The Secretary said that"), S(R, "He said that"),
      S(G, "Without replying directly to the Secretary, Mr. Gromyko entered into"), S(G, "He said that")],
 22: [S(R, "The Secretary then said that"), S(G, "After some personal references to Mr. Baruch, Gromyko said that"),
      S(R, "The Secretary said"), S(G, "Gromyko asked"), S(R, "and the Secretary replied that"),
      S(R, "He then went on to say that"), D("he said,"),
      S(None, "There was some discussion"), S(R, "At the end of this discussion the Secretary said"),
      S(G, "Gromyko interjected that"), S(R, "The Secretary resumed saying that"), S(R, "He repeated that")],
 23: [S(G, "Mr. Gromyko then referred to"), S(R, "The Secretary interjected that"), S(G, "Mr. Gromyko resumed, saying"),
      S(G, "He said flatly that"), S(R, "The Secretary commented that"), S(G, "Gromyko replied that"),
      S(R, "The Secretary said that"),
      S(G, "Gromyko replied—after some uncertainty as to whether he had said two or three—that"),
      S(N, "(Mr. Nitze interjected"), S(None, " indicating he was matching")],
 24: [S(R, "The Secretary said that"), S(G, "Gromyko then cited"), S(R, "The Secretary confirmed that"),
      S(R, "he pointed out that"), S(G, "Gromyko replied that"), S(R, "The Secretary said that")],
 25: [S(G, "Gromyko then said that"), S(R, "The Secretary asked him"), S(R, "He asked further"),
      S(Me, "(At this point there were some side talks between Gromyko and Menshikov during which the latter said"),
      S(None, ".)"),
      S(G, "Gromyko replied that"), S(R, "The Secretary said that"), D("he observed,"),
      S(G, "Gromyko replied that"), S(G, "He then said (rather as an after-thought) that")],
 26: [S(R, "The Secretary then asked"), S(G, "Gromyko replied that"), S(G, "He said that"),
      S(G, "He then went on at some length as to"), S(R, "Referring to"), D("the Secretary said"),
      S(G, "Gromyko replied that")],
 27: [S(G, "Gromyko said"), S(R, "The Secretary suggested that")],
 28: [S(G, "Mr. Gromyko said")],
 29: [S(R, "The Secretary said"), S(G, "Gromyko said")],
 30: [S(R, "The Secretary expressed"), S(G, "Gromyko said")],
 31: [S(R, "The Secretary said"), S(G, "Gromyko said that"), S(G, "Gromyko asked")],
 32: [S(N, "Mr. Nitze reminded Gromyko that")],
 33: [S(G, "Gromyko said that")],
 34: [S(T, "Ambassador Thompson suggested that")],
 35: [S(G, "Gromyko said")],
 36: [S(N, "Mr. Nitze asked"), S(G, "Gromyko said")],
 37: [S(N, "Mr. Nitze said"), S(M, "Ambassador Matthews said"), S(G, "Gromyko replied")],
 38: [S(R, "The Secretary said"), S(G, "Gromyko said that")],
 39: [S(R, "The Secretary said"), S(G, "Gromyko replied that")],
 40: [S(N, "Mr. Nitze said"), S(G, "Gromyko said"), S(R, "The Secretary wondered"), S(G, "Gromyko said"),
      S(G, "He asked the Secretary directly,"), S(R, "The Secretary replied that"), S(G, "Gromyko stated vigorously that")],
 41: [S(R, "The Secretary said"), S(G, "Gromyko said"), S(R, "The Secretary said"), S(R, "He remarked in jest that")],
 42: [S(G, "Gromyko said")],
 43: [S(N, "Mr. Nitze said")],
 44: [S(R, "The Secretary said"), S(None, "He made the next aversion"), S(R, "Were there,"), D("he asked,")],
 45: [S(G, "Gromyko said"), S(G, "He emphasized that"), D("he replied"), S(None, "The Secretary and Gromyko agreed that")],
 46: [S(T, "Ambassador Thompson said that"), S(R, "The Secretary said")],
 47: [S(G, "Gromyko asked"), S(R, "The Secretary said that"), S(G, "Gromyko said"), S(R, "The Secretary said"),
      S(G, "Gromyko replied that")],
 48: [S(R, "The Secretary said that"), S(G, "Gromyko said")],
 49: [S(N, "Mr. Nitze asked"), S(G, "Gromyko agreed that"), S(N, "Mr. Nitze asked"), S(G, "Gromyko said that"),
      S(G, "He again stressed that"), D("he repeated that")],
 50: [S(G, "Later in the conversation, Gromyko said"), S(R, "The Secretary expressed"), D("but said")],
 51: [S(R, "The Secretary said that"), S(G, "Gromyko nodded and said that"), S(R, "The Secretary said that"),
      S(G, "Gromyko said"), S(G, "He said")],
 52: [S(R, "The Secretary said"), S(G, "Gromyko retorted that")],
 53: [S(T, "Ambassador Thompson expressed")],
 54: [S(G, "Gromyko said")],
}
pieces = []
for ln in range(19, 55):
    par = L[ln - 1]
    if not par.strip():
        continue
    for spk, txt in segment(par, SPEC[ln]):
        txt = strip_brackets(txt)   # footnote markers [n], [verification]
        pieces.append((spk, txt))
turns = merge(pieces)
HDR = f"""File: {NAME} (FRUS 1961-63 v05 doc 86, Rusk-Gromyko on disarmament, Vienna 3 June 1961)
How read: by hand, sentence by sentence (scripts/frus_d86.py lists, per paragraph line, each segment's
speaker and the exact reporting frame removed). Lines 1-18 (title, place/date, US/MC/3, SUBJECT,
PARTICIPANTS block) and the footnotes section (lines 56-60) are not speech. The intro narration of line 19
('In conversations at the Ambassador's Residence ... turned to a discussion on disarmament.') is not speech.
Speakers: 'the Secretary' = Rusk; 'Mr. Gromyko'/'Gromyko' = Gromyko; Nitze, Thompson (Amb.), Matthews (Amb.),
Menshikov (Ambassador).
Frame rule: sentence-initial [lead-in] SUBJECT + reporting verb [+ adverb/manner/addressee] + 'that'/','/':'
is removed ('The Secretary said that', 'Gromyko replied that', 'He asked the Secretary directly,',
'Gromyko nodded and said that'); the object of a verb without 'that' stays speech ('The Secretary asked
him | if he were sure...', 'Gromyko asked | what they should have done', 'The Secretary expressed | regrets
that...', 'Gromyko referred to | the fact that...', 'Gromyko then cited | as a precedent, ...').
Parenthetical inner frames removed: 'he said,' (L22), 'he observed,' (L25), 'he asked,' (L44), 'he replied'
(L45), 'he repeated that' (L49), 'but said' (L50). Inner non-simple frames like 'he wanted to say frankly
that' / 'he wanted to ask Mr. Gromyko frankly why' are kept as speech.
Removed: footnote markers [1]-[4] and the bracketed editorial '[verification]' (L21).
Doubtful decisions:
- L21 'Mr. Gromyko entered into | a history of disarmament discussions ...' kept as Gromyko speech (topic).
- L22 'There was some discussion of post-war developments ... after the war.' is narration (not speech);
  Rusk's speech before and after it ('At the end of this discussion the Secretary said') is one turn.
- L23 '(Mr. Nitze interjected 20 or 30 indicating he was matching ...)' : a Nitze turn of speech '20 or 30'
  between Gromyko and Rusk; the rest of the parenthesis is narration.
- L25 '(At this point there were some side talks between Gromyko and Menshikov during which the latter said
  the Secretary's statement implied Soviet domination of Eastern European countries.)': counted as a
  Menshikov turn (speech: 'the Secretary's statement implied ... countries') between Rusk and Gromyko.
- L26 'Referring to the fact that the composition of the UN had changed, the Secretary said he would ...':
  'Referring to' and 'the Secretary said' removed; 'the fact that ... changed,' kept as Rusk's speech.
- L44 'He made the next aversion just in case it presented a problem for the Soviets.' is narration.
- L45 'The Secretary and Gromyko agreed that each other's scientists would be asking for more money ...':
  a joint statement, treated as narration (no speaker), so not counted.
- L37 'Ambassador Matthews said | he concluded Gromyko was pessimistic ...' : 'he concluded' kept."""
stats = write(NAME, HDR.split("\n"), turns)
for s, (t, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(s, t, w)
if "-v" in sys.argv:
    for k, (s, t) in enumerate(turns, 1):
        print(k, s, "|", t.strip()[:70], "...", t.strip()[-40:])
