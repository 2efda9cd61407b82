import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import write, merge, words
NAME = "cdp_oakland_captions.vtt"
t = open("/work/shared/corpora/subtitles/" + NAME, encoding="utf-8").read()
blocks = re.split(r"\n\s*\n", t.strip())
stream = " ".join(" ".join(b.split("\n")[1:]) for b in blocks[1:])   # drop timing lines
segs = stream.split(">>")
C, B = "Clerk", "Bas"
WHO = [None, C, "Fife", C, "Gallo", C, "Kaplan", "Kalb", C, C, B, C, B, C, "Olugbala",
       "SPLIT15", C, "Parker", C, C, B, C, B, "Gallo", B, "Kalb", B, "Fife", B, "Gallo", B,
       C, "Fife", C, "Gallo", C, "Kalb", C, "Kaplan", C, "Thao", C, B, C, B, C, "Beekman", C, "Olugbala",
       C, B, C, "Parker", C, B]
assert len(WHO) == len(segs), (len(WHO), len(segs))
pieces = []
for who, s in zip(WHO, segs):
    if who is None:
        continue            # 'successor agency/city council.' before the first >>: unknown speaker
    if who == "SPLIT15":
        a, b = s.split("Frnlt")   # clerk calls 'blair?', garbled 'Frnlt' (no >>), Beekman speaks
        pieces += [(C, a), ("Beekman", b)]
        continue
    pieces.append((who, s))
turns = merge(pieces)
HDR = f"""File: {NAME} (Oakland City Council special meeting, 9 Aug [2022], live captions; no names)
How read: scripts/cdp_oakland.py: timing lines dropped, all caption text joined into one stream and cut at
every '>>' (55 pieces); each piece was read and attributed by hand (list WHO in the script) to the person
speaking, identified from the content (roll call order, 'MADAM Clerk', 'councilmember kalb?' answered,
vote record). Consecutive pieces of one person are one turn.
Speakers (no labels in the source; names inferred): Clerk (the city clerk: roll calls, public-comment queue),
Bas (Council President, chair), councilmembers Fife, Gallo, Kalb, Kaplan (vice mayor), Thao (pro tem);
public speakers Olugbala, Beekman (blair beekman), Parker (nino parker).
Doubtful decisions:
- Piece 0 'successor agency/city council.' (before the first '>>', speaker unknown, caption started
  mid-sentence) is not counted.
- Piece 1 'good morning, welcome to ... we will begin with a roll call, councilmember fife?' = Clerk (she
  runs the roll call; Bas welcomes everyone separately after it).
- '>> I'm here.' after Kaplan's 'here, good morning.' = Kalb (the clerk then reports five present:
  Fife, Gallo, Kalb, Kaplan, Bas).
- '>> thank you.' + '>> councilmember reid is excused ...' are both the Clerk: one turn although the
  captioner put '>>' between them. Same for '>> that's the end of public comment.' + '>> MADAM PRESIDENT,
  that was the last speaker.' (Clerk).
- 'thank you, MS. Olugbala, blair?Frnlt blair beekman here, ...': no '>>' but the speaker changes; split
  at the garbled 'Frnlt' (treated as a mangled marker, not a word): Clerk 'thank you, MS. Olugbala,
  blair?' then Beekman.
- '>> please raise your hand if you wish to speak on any of these items.' = Bas (chair);
  '>> I make a motion to approve the consent calendar.' = Gallo (the vote record says moved by Gallo,
  seconded by Kalb).
- For comparison with a reader that can only cut at '>>': there are 54 '>>' markers, so 54 pieces after
  the first marker (+ piece 0 before it); the 53 turns here come from merging 2 same-speaker pairs and
  adding the unmarked Clerk/Beekman change.
- Caption garbage '-', '`', '&', '!' has no words. Misspellings are counted as written."""
stats = write(NAME, HDR.split("\n"), turns)
for s, (tt, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(s, tt, w)
print(len(turns))
if "-v" in sys.argv:
    for k, (s, tx) in enumerate(turns, 1):
        print(k, s, "|", tx.strip()[:60])
