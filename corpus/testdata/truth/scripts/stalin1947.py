"""Hand annotation of the 1947 record. Each entry: (line, speaker, frame) where frame is the
exact leading text (reporting frame) removed from that line; '' if none. Lines 70 is split."""
import re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import strip_brackets, merge, write, words

SRC = "/work/shared/corpora/1947-10-14-stalin-labour-mps.txt"
L = open(SRC, encoding="utf-8").read().split("\n")
line = lambda n: L[n - 1]

SPEC = [
 (25, "Stalin", "Comrade STALIN asks"),
 (26, "Zilliacus", "ZILLIACUS answers that"),
 (27, "Stalin", "Comrade STALIN asks"),
 (28, "Zilliacus", "ZILLIACUS answers that"),
 (29, "Stalin", "Comrade STALIN says that"),
 (30, "Zilliacus", "ZILLIACUS answers that,"),
 (31, "Stalin", "Comrade STALIN says that,"),
 (32, "Zilliacus", "ZILLIACUS expresses"),
 (34, "Zilliacus", " Zilliacus introduces his comrades and says that"),
 (35, "Zilliacus", ""),
 (36, "Stalin", "Comrade STALIN says that"),
 (37, "Parkin", "PARKIN sets a question to Comrade Stalin:"),
 (38, "Zilliacus", "ZILLIACUS says that,"),
 (39, "Stalin", "Answering to Parkin, Comrade STALIN says that,"),
 (40, "Parkin", "PARKIN declares that,"),
 (41, "Stalin", "Comrade STALIN says that,"),
 (42, "Bing", "BING specifies that"),
 (43, "Stalin", "Comrade STALIN says that,"),
 (44, "Zilliacus", "ZILLIACUS asks"),
 (45, "Stalin", "Comrade STALIN asks"),
 (46, "Zilliacus", "ZILLIACUS answers"),
 (47, "Stalin", "Comrade STALIN says that,"),
 (48, "Stalin", ""), (49, "Stalin", ""), (50, "Stalin", ""), (51, "Stalin", ""), (52, "Stalin", ""),
 (53, "Parkin", "PARKIN declares that,"),
 (54, "Stalin", "Comrade STALIN says that,"),
 (56, "Stalin", ""), (57, "Stalin", ""), (58, "Stalin", ""), (59, "Stalin", ""), (60, "Stalin", ""), (61, "Stalin", ""),
 (62, "Lee", "LEE says that,"),
 (63, "Lee", ""), (64, "Lee", ""),
 (65, "Thomas", "THOMAS adds that,"),
 (66, "Bing", "BING says that,"),
 (68, "Stalin", "Comrade STALIN says that"),
 (69, "Bing", "BING answers that,"),
 ("70a", "Allen", "ALLEN notes that,"),
 ("70b", "Stalin", "Comrade STALIN says that"),
 (71, "Allen", "Allen said that"),
 (72, "Thomas", "THOMAS remarks that,"),
 (73, "Allen", "ALLEN continues his remarks and says that"),
 (74, "Champion", "Champion specifies that,"),
 (75, "Stalin", "Comrade STALIN replies that,"),
 (76, "Stalin", "Comrade Stalin says that"),
 (77, "Stalin", ""),
 (78, "Champion", "Champion remarks that,"),
 (79, "Stalin", "Comrade STALIN answers that,"),
 (80, "Stalin", ""),
 (81, "Stalin", "   Comrade Stalin apologizes that"),
 (82, "Lee", "LEE declares that,"),
 (83, "Zilliacus", "ZILLIACUS says that"),
 (85, "Zilliacus", ""), (87, "Zilliacus", ""),
 (89, "Stalin", "Comrade STALIN says that,"),
 (91, "Stalin", ""),
 (92, "Thomas", "THOMAS (smiling) thanks"),
 (93, "Stalin", "Comrade STALIN (smiling) says:"),
 (94, "Zilliacus", "ZILLIACUS thanks"),
 (95, "Stalin", "Comrade STALIN says that,"),
 (96, "Bing", "BING expresses"),
]

l70 = line(70)
i70 = l70.index("Comrade STALIN says that")
pieces = []
for ln, spk, frame in SPEC:
    if ln == "70a":
        text = l70[:i70]
    elif ln == "70b":
        text = l70[i70:]
    else:
        text = line(ln)
    text = text.lstrip() if not frame.startswith(" ") else text
    assert text.startswith(frame.lstrip() if not frame.startswith(" ") else frame), (ln, text[:60])
    text = text[len(frame.lstrip() if not frame.startswith(" ") else frame):]
    text = strip_brackets(text)              # footnote markers/bodies, […], [signature]
    text = re.sub(r"\((smiling|delegates smile)\)", " ", text)  # stage directions
    assert "(" not in text, (ln, text)
    pieces.append((spk, text))

turns = merge(pieces)
HDR = """File: 1947-10-14-stalin-labour-mps.txt (Soviet record, Stalin and nine Labour MPs, 14 Oct 1947)
How read: by hand, line by line (script scripts/stalin1947.py encodes each line's speaker and the exact
reporting frame removed). Header, addressee lists, title, 'Attendants:' roster, 'End of conversation',
'Conversation lasted...', 'Recorded by', and the MARKING/distribution list are not speech.
Removed from speech: every [footnoteRef:N] marker and [N: ...] footnote body, '[…]' elisions,
'(smiling)' and '(delegates smile)' stage directions.
Frame rule applied: the leading speaker designation ('Comrade STALIN', 'ZILLIACUS') + the saying verb
(says/asks/answers/replies/declares/notes/remarks/adds/specifies/expresses/thanks/apologizes, 'sets a
question to Comrade Stalin', 'continues his remarks and says') + a following 'that'/','/':' is removed;
'asks how/whether ...' keeps 'how'/'whether'. Cognition verbs inside a turn ('Comrade Stalin thinks that',
'Lee believes that', 'Comrade Stalin understands that') are kept as speech (they render 'I think that').
Doubtful decisions:
- L32 'ZILLIACUS expresses gratitude for the fact that ...': only 'ZILLIACUS expresses' removed; speech
  starts 'gratitude for the fact that'. Same for L96 'BING expresses gratitude ...'.
- L92 'THOMAS (smiling) thanks Comrade Stalin for the warning.' and L94 'ZILLIACUS thanks Comrade Stalin
  for the conversation.': 'NAME thanks' removed; speech 'Comrade Stalin for the ...'.
- L46 'ZILLIACUS answers affirmatively.': a 1-word turn ('affirmatively').
- L34 ' Zilliacus introduces his comrades and says that': the whole phrase is treated as frame; L34-35
  continue Zilliacus's turn from L32 (L35 'Members of delegation feel very grateful' is unlabelled and
  taken as Zilliacus's continued reported speech).
- L70 holds two speakers: 'ALLEN notes that, ...' then 'Comrade STALIN says that this is certainly wrong.'
  L71 'Allen said that the United Kingdom ...' is a new Allen turn.
- L75-77: 'Comrade STALIN replies that, this is not ruled out.' and the next line 'Comrade Stalin says
  that in their remarks ...' are one Stalin turn (consecutive); both frames removed.
- L81 '   Comrade Stalin apologizes that' removed as frame (continues Stalin's turn).
- L85 'Zilliacus always said that, ...' is kept as speech (reports what he has always said, content of
  the current reported utterance), part of Zilliacus's turn L83-87.
- L93 the quoted "Don't mention it" and the following first-person text are one Stalin turn.
- Paragraphs of reported speech in the third person ('Comrade Stalin does not know how ...') are speech.
- Footnote bodies inside speech lines (e.g. L32 [15: ...], L66 [17: ...]) are removed entirely."""
stats = write("1947-10-14-stalin-labour-mps.txt", HDR.split("\n"), turns)
for s, (t, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(s, t, w)
if "-v" in sys.argv:
    for k, (s, t) in enumerate(turns, 1):
        print(k, s, "|", t[:80], "...", t[-60:])
