import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import segment, merge, write, strip_brackets

NAME = "frus1961-63v05_d91.txt"
L = open("/work/shared/corpora/frus-memcons/" + NAME, encoding="utf-8").read().split("\n")
S = lambda spk, f: ("S", spk, f)
D = lambda t: ("D", t)
P, F, H, Di, R, Sa, J, Mc = "Kennedy", "Fulbright", "Humphrey", "Dirksen", "Russell", "Saltonstall", "Johnson", "McCormack"
SPEC = {
 9: [S(P, "The President reported that"), S(P, "The President reported that")],
 10: [S(P, "Returning to Laos, the President said that"), S(P, "He also expressed"), S(P, "The President reported that"),
      S(P, "The President reported"), S(P, "To a question from Senator Fulbright, the President replied that")],
 11: [S(H, "Senator Humphrey commented that"), D("and referred to"), S(None, "The President then read excerpts")],
 12: [S(Di, "Senator Dirksen asked"), S(P, ", and the President said"), D("and repeated"),
      S(None, "The President then read a passage")],
 13: [S(P, "Asked about the Congo, the President reported"),
      S(F, "To a question from Senator Fulbright"), S(P, ", the President replied that"),
      S(None, "The President read from the memorandum")],
 14: [S(P, "To a question from Senator Dirksen, the President commented that")],
 15: [S(P, "")],
 16: [S(P, ""), S(None, "The President read at length"), S(F, "Senator Fulbright asked"), S(P, ", and the President replied,"),
      S(P, "Then he read further from a memorandum of conversation and particularly emphasized this sentence of Khrushchev's:"),
      S(Di, "Senator Dirksen asked three questions: (1)"), S(P, "The President said"), S(Di, "(2)"), S(P, "The President said"),
      S(Di, "(3)"), S(P, "The President said that"), D("the President noted"),
      S(None, "To the question whether"), S(P, ", the President said that")],
 17: [S(None, "")],
 18: [S(H, "Senator Humphrey asked"), S(P, "The President answered")],
 19: [S(H, "Senator Humphrey commented further that"), S(P, ", and the President commented that"),
      S(H, "Senator Humphrey rejoined that"), S(P, "The President stated that")],
 20: [S(Sa, "Senator Saltonstall asked"), S(P, "The President answered that")],
 21: [S(P, "In response to a question, the President said that")],
 22: [S(Di, "Senator Dirksen found"), D("(1)"), D("(2)"), D("(3)"), D("(4)")],
 23: [S(P, "The President said that")],
 24: [S(R, "Senator Russell said that"), S(P, "The President replied that"), S(P, "The President further reported that"),
      S(P, "The President said that")],
 25: [S(Sa, "Senator Saltonstall asked"), S(P, "The President answered that")],
 26: [S(R, "Senator Russell asked"), S(P, "The President said")],
 27: [S(Sa, "Senator Saltonstall asked"), S(P, "The President answered that")],
 28: [S(Di, "Senator Dirksen asked"), S(P, "The President said")],
 29: [S(H, "Senator Humphrey said that")],
 30: [S(P, "The President said")],
 31: [S(Di, "Senator Dirksen said that"), S(None, "There followed some discussion")],
 32: [S(P, "The President asked Senator Russell"), S(R, "Senator Russell said"), S(R, "He asked")],
 33: [S(Di, "Senator Dirksen asked"), S(P, "The President said"), S(Di, "Senator Dirksen said"), S(P, "The President said")],
 34: [S(J, "The Vice President asked")],
 35: [S(Mc, "Congressman McCormack asked"), S(P, "The President replied that")],
 36: [S(P, "")],
 37: [S(P, "The President said that")],
 38: [S(None, "")],
 39: [S(Di, "Senator Dirksen asked"), S(None, "After some discussion,"),
      S(J, "The Vice President summarized his sense of the Vienna meeting by saying that"), S(None, "The President agreed,")],
 40: [S(H, "Senator Humphrey suggested that")],
}
pieces = []
for ln in range(9, 41):
    for spk, txt in segment(L[ln - 1], SPEC[ln]):
        pieces.append((spk, strip_brackets(txt)))
turns = merge(pieces)
HDR = f"""File: {NAME} (FRUS 1961-63 v05 doc 91, Kennedy briefs the Congressional leadership, 6 June 1961)
How read: by hand, sentence by sentence (scripts/frus_d91.py). Lines 1-8 (title, date, heading, PRESENT
list, '[Here follows discussion of Kennedy's meeting with De Gaulle.]', 'II. Khrushchev') and the
footnotes are not speech. Footnote markers [2]-[9] removed; list numbers '(1)'-'(4)' removed.
Speakers: 'the President' = Kennedy; 'The Vice President' = Johnson; Senators Fulbright, Humphrey,
Dirksen, Russell, Saltonstall; Congressman McCormack. Khrushchev is NOT a participant: everything the
President reports of Vienna ('Khrushchev said that Castro was not a Communist ...', 'The President had
answered that ...', 'to which Khrushchev replied that ...', L15 'The President replied that in his view ...',
L36 'On Laos, the President had asked Khrushchev how ...') is Kennedy's speech (content of his report).
Frames removed are the present-tense narration of this meeting ('The President reported that', 'Senator
Dirksen asked', 'The President answered that', 'Senator Humphrey rejoined that', ...).
Doubtful decisions:
- Questions with no content given get no turn: L10 'To a question from Senator Fulbright,', L14 'To a
  question from Senator Dirksen,', L21 'In response to a question,', L13 'Asked about the Congo,' (no named
  asker). So Kennedy's speech around them is one turn. L16 'To the question whether Khrushchev had
  described the period ...' has no named asker: treated as narration (not counted), Kennedy's answer
  continues his turn.
- L13 'To a question from Senator Fulbright about arms limitation in Africa' IS a Fulbright turn (speech:
  'about arms limitation in Africa'), like 'Senator Dirksen asked | about public comment' (L39).
- Reading aloud from documents without the text given is narration, not speech: L11 'The President then read
  excerpts ...' and '(The President specifically omitted ...)', L12 'The President then read a passage ...',
  L13 'The President read from the memorandum ...', L16 'The President read at length ...', L17 whole
  paragraph ('The President then quoted again from the aide-memoire to explain ...'). The quoted sentence
  he read out in L16 (“The USSR would never ...”) IS Kennedy speech.
- L15 (no frame, the President's report continuing) and L16 'Discussion then turned to Germany, which was
  what, in the President's judgment, Khrushchev had come to talk about. He gave us an aide-memoire ...'
  are Kennedy speech.
- 'In the President's judgment', 'The President believed that', 'He believed that' (Russell, L32) and
  'The President had read ... and felt that' (L35) are kept as speech (cognition, not frames).
- L16 Dirksen's three questions alternate with the President's answers: 6 turns.
- L22 'Senator Dirksen found | four propositions in this report: ...' speech kept after 'found'.
- L31 'There followed some discussion of how a country lawyer would handle the matter.', L38 'The
  President discussed privately with Senator Fulbright a call to the UAR Ambassador.', L39 'After some
  discussion, there seemed to be agreement with the Speaker's view that ...' (the Speaker's view is not
  counted as a Speaker turn) and 'The President agreed, and there was further agreement that ...' are
  narration (no turn).
- L35 'Congressman McCormack asked | for the President's basic impression of the man Khrushchev.'"""
stats = write(NAME, HDR.split("\n"), turns)
for s, (t, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(s, t, w)
if "-v" in sys.argv:
    for k, (s, t) in enumerate(turns, 1):
        print(k, s, "|", t.strip()[:70], "...", t.strip()[-40:])
