import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import segment, merge, write, strip_brackets

NAME = "frus1961-63v05_d89.txt"
L = open("/work/shared/corpora/frus-memcons/" + NAME, encoding="utf-8").read().split("\n")
S = lambda spk, f: ("S", spk, f)
D = lambda t: ("D", t)
K, P = "Khrushchev", "Kennedy"
SPEC = {
 10: [S(P, "After lunch, the President said")],
 11: [S(P, "The President opened the conversation by saying that"), S(P, "The President continued by saying that"),
      D("the President said,"), S(P, "He reiterated")],
 12: [S(K, "Mr. Khrushchev said"), D("but said that"), S(K, "He said that"), D("he said,")],
 13: [S(P, "The President inquired"), S(K, "Mr. Khrushchev replied"), S(P, "In reply to the President's query"),
      S(K, ", the Chairman replied")],
 14: [S(P, "The President then said that"), S(P, "The President referred to"), D("and said"), S(P, "The President said that")],
 15: [S(K, "Mr. Khrushchev replied that"), S(K, "Mr. Khrushchev continued by saying that")],
 16: [S(P, "The President stressed that")],
 17: [S(K, "Mr. Khrushchev replied that"), D("he said,")],
 18: [S(P, "The President concluded the conversation by observing that")],
}
pieces = []
for ln in range(10, 19):
    for spk, txt in segment(L[ln - 1], SPEC[ln]):
        pieces.append((spk, strip_brackets(txt)))
turns = merge(pieces)
HDR = f"""File: {NAME} (FRUS 1961-63 v05 doc 89, Kennedy-Khrushchev private talk, Vienna 4 June 1961)
How read: by hand, sentence by sentence (scripts/frus_d89.py). Lines 1-9 (title, date, SUBJECT,
PARTICIPANTS incl. interpreters) and the footnote are not speech. Speakers: 'the President' = Kennedy;
'Mr. Khrushchev'/'the Chairman' = Khrushchev. The interpreters (Akalovsky, Sukhodrev) have no speech.
Frames removed: 'The President opened the conversation by saying that', 'The President continued by saying
that', 'Mr. Khrushchev continued by saying that', 'The President concluded the conversation by observing
that', 'The President inquired', 'The President stressed that', etc.; inner 'the President said,' (L11),
'but said that', 'he said,' (L12), 'and said' (L14), 'he said,' (L17).
Doubtful decisions:
- L10 'After lunch, the President said he wanted to have a few words with the Chairman in private.' is
  counted as Kennedy's speech ('he wanted to have a few words ...'), first part of his turn with L11.
- L11 'He reiterated | his hope that ...' : object kept as speech.
- L13 'Mr. Khrushchev replied that would be so for six months.': 'that' is a demonstrative here, kept
  as speech. 'In reply to the President's query whether the forces would then have to be withdrawn,' is
  a Kennedy turn (speech 'whether the forces ... withdrawn'), then 'the Chairman replied | in the
  affirmative' is a Khrushchev turn (speech 'in the affirmative').
- L14 'The President referred to | his forthcoming meeting with Macmillan' kept as speech."""
stats = write(NAME, HDR.split("\n"), turns)
for s, (t, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(s, t, w)
if "-v" in sys.argv:
    for k, (s, t) in enumerate(turns, 1):
        print(k, s, "|", t.strip()[:70], "...", t.strip()[-40:])
