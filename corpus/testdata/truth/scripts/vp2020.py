import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import write, merge, strip_brackets
NAME = "2020_vp_part1.txt"
t = open("/work/shared/corpora/debates-2020-rev/" + NAME, encoding="utf-8").read()
blocks = [b for b in re.split(r"\n\s*\n", t.strip()) if b.strip()]
canon = {"Susan Page": "Page", "Kamala Harris": "Harris", "Mike Pence": "Pence"}
pieces = []
for b in blocks:
    lab, txt = b.split("\n", 1)
    assert lab.endswith(":")
    pieces.append((canon[lab[:-1]], strip_brackets(txt)))
turns = merge(pieces)
joined = sorted(set(re.findall(r"[a-z]+\.[A-Z][\w']*", t)))
HDR = f"""File: {NAME} (2020 vice-presidential debate, part 1; Rev-style transcript)
How read: scripts/vp2020.py, checked by reading: {len(blocks)} blocks, each a 'Full Name:' line then one
paragraph. Consecutive blocks of one speaker are one turn (the source repeats the label when one
speaker's answer is split over blocks).
Speakers: Susan Page (moderator) -> Page; Kamala Harris -> Harris; Mike Pence -> Pence.
Removed: '[crosstalk]', '[crosstalk 00:07:53]', '[crosstalk 00:00:29:32]', '[crosstalk 00:01:21]',
'[inaudible]', '[silence 00:08:13-00:28:41]' (editorial insertions).
Doubtful decisions:
- Missing spaces after a period in the source join two words into one by the word rule
  ({', '.join(joined)}); counted as written (1 word each).
- Interrupted fragments ('Thank you, Senator Harris-' / '... right to reelection') are separate turns."""
stats = write(NAME, HDR.split("\n"), turns)
for sp, (tt, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(sp, tt, w)
print(len(turns), joined)
