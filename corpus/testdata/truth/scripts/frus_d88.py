import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import segment, merge, write, strip_brackets

NAME = "frus1961-63v05_d88.txt"
L = open("/work/shared/corpora/frus-memcons/" + NAME, encoding="utf-8").read().split("\n")
S = lambda spk, f: ("S", spk, f)
D = lambda t: ("D", t)
K, P, G = "Khrushchev", "Kennedy", "Gromyko"
SPEC = {
 8: [S(K, "1. Mr. Khrushchev said")],
 9: [S(K, "2. Mr. Khrushchev referred to"), S(K, "He said that"), S(K, "Mr. Khrushchev then expressed"), D("and said that")],
 10: [S(K, "3. Mr. Khrushchev said"), S(K, "He said that")],
 11: [S(K, "4. Mr. Khrushchev said")],
 12: [S(P, "5. In response to the President's inquiry"), S(K, ", Mr. Khrushchev said that"),
      S(P, "The President said that"), S(K, "Mr. Khrushchev replied that"), D("but noted that")],
 13: [S(K, "6. Mr. Khrushchev said that"), S(P, "The President observed that")],
 14: [S(G, "7. During a brief discussion of the Laotian situation, Mr. Gromyko said that")],
 15: [S(K, "8. In his toast to the President, Mr. Khrushchev said that"), S(K, "He said"), S(K, "He quoted"),
      S(K, "He said that"), S(K, "He said"), S(K, "Noting that"), D("Mr. Khrushchev said that"),
      D("Mr. Khrushchev said,"), D("Mr. Khrushchev said,"), S(K, "Mr Khrushchev said that"),
      S(K, "Mr. Khrushchev said that"), S(K, "He said"), S(None, "Mr. Khrushchev then raised his glass"),
      S(K, "The President is a religious man"), D("Mr. Khrushchev said,")],
 16: [S(P, "9. In his reply, the President expressed"), D("and said that"), S(P, "The President then said that")],
 17: [S(P, "The President said"), D("the President continued,")],
 18: [S(P, "The President expressed"), D("the President said,"), S(P, "The President concluded by recalling that"),
      D("the President said,"), S(K, "Mr. Khrushchev interjected that"), S(P, "The President said")],
}
pieces = []
for ln in range(8, 19):
    for spk, txt in segment(L[ln - 1], SPEC[ln]):
        pieces.append((spk, strip_brackets(txt)))
# the segment for 'The President is a religious man' starts with its own text: re-add it (frame was its first words)
fixed = []
for spk, txt in pieces:
    if txt.startswith(" and would say that God"):
        txt = "The President is a religious man" + txt
    fixed.append((spk, txt))
turns = merge(fixed)
HDR = f"""File: {NAME} (FRUS 1961-63 v05 doc 88, Kennedy-Khrushchev lunch, Vienna 4 June 1961)
How read: by hand, sentence by sentence (scripts/frus_d88.py). Lines 1-7 (title, place/date, SUBJECT,
PARTICIPANTS 'Listed on Page 5', 'During lunch the following points of interest emerged:'), line 19
('[Here follows the same list of participants ...]') and the footnotes are not speech. The point numbers
'1.'-'9.' are not speech. Footnote markers [2], [3] removed.
Speakers: 'the President' = Kennedy; 'Mr. Khrushchev'/'the Chairman' = Khrushchev; Gromyko.
Frame rule as in d86: leading [lead-in] SUBJECT + reporting verb [+ 'that'] removed; object of a verb
without 'that' kept ('Mr. Khrushchev referred to | the obsolescence ...', 'He quoted | a joke that ...',
'the President expressed | his appreciation ...', 'The President expressed | the hope that ...').
Inner frames removed: 'and said that' (L9, L16), 'but noted that' (L12), 'Mr. Khrushchev said that' /
'Mr. Khrushchev said,' (L15, x3), 'the President continued,' (L17), 'the President said,' (L18, x2).
Doubtful decisions:
- Points 1-4 (L8-L11) are all Khrushchev's and consecutive: one turn, though they are separate lunch topics.
- L12 'In response to the President's inquiry whether perhaps a cooperative effort could be made in that
  direction,' is counted as a Kennedy turn (speech 'whether perhaps ... direction') before Khrushchev's.
- L12 end (Khrushchev) and L13 start (point 6, Khrushchev) are one turn.
- L15 'Noting that' removed as frame; 'he was speaking on behalf of ... peace treaty with Germany,' kept.
- L15 'Mr. Khrushchev then raised his glass to the solution of those problems.' is narration (an action);
  Khrushchev's speech before and after it is one turn.
- L18 'The President concluded by recalling that' removed as frame; the recalled exchange ('last night he
  had asked Mr. Khrushchev ... The Chairman had replied that he was head of the Moscow Planning
  Commission ...') is kept as Kennedy's speech (he is recounting it), not as a Khrushchev turn.
- L18 'The President said no, only of the city of Boston.': speech 'no, only of the city of Boston'."""
stats = write(NAME, HDR.split("\n"), turns)
for s, (t, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(s, t, w)
if "-v" in sys.argv:
    for k, (s, t) in enumerate(turns, 1):
        print(k, s, "|", t.strip()[:70], "...", t.strip()[-40:])
