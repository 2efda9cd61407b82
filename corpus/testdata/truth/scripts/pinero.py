import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import write, merge, strip_brackets, words
NAME = "gutenberg_pinero_mind-the-paint-girl.txt"
L = open("/work/shared/corpora/plays/" + NAME, encoding="utf-8").read().replace("\r", "").split("\n")
ACTS = [(203, 2705), (2712, 5055), (5062, 7066), (7073, 8775)]   # 1-based line ranges inside each act
SPK = re.compile(r"^[A-Z][A-Z .,'&-]+\.$")
GROUP_SONG = "  If you would only, only love me;"
all_turns, act_ends, skipped = [], [], []
for a, (s, e) in enumerate(ACTS, 1):
    paras = [p for p in re.split(r"\n\s*\n", "\n".join(L[s - 1:e])) if p.strip()]
    cur, pieces = None, []
    for p in paras:
        q = p.strip("\n")
        if SPK.match(q):
            cur = q[:-1]
            continue
        if re.match(r"^\s+\[_", q):          # standalone (indented) stage direction
            continue
        if q.startswith("_") and cur is None:  # scene description before the first speech
            continue
        if q.startswith(GROUP_SONG):         # Act III: sung by the dancing couples, no speaker cue
            skipped.append(q); continue
        if q.startswith("  THE ") or q.startswith("  END OF"):
            continue
        if cur is None:
            skipped.append(q); continue
        t = strip_brackets(q)                 # inline [_..._] directions (one unclosed at para end)
        t = t.replace("_", " ")               # italic emphasis markup
        pieces.append((cur, t))
    turns = merge(pieces)
    all_turns += turns
    act_ends.append(len(all_turns))
HDR = f"""File: {NAME} (Pinero, 'The "Mind the Paint" Girl', 1912; Project Gutenberg text)
Coverage: the WHOLE play (all four acts), not only Act I. Act I = turns 1-{act_ends[0]}; Act II = turns
{act_ends[0]+1}-{act_ends[1]}; Act III = {act_ends[1]+1}-{act_ends[2]}; Act IV = {act_ends[2]+1}-{act_ends[3]}.
Turns never merge across an act boundary.
How read: scripts/pinero.py, checked by reading samples and every irregular paragraph. Inside each act
(from 'THE FIRST ACT' etc. to 'END OF THE ... ACT.' / 'THE END.'): a line 'NAME.' alone is a speaker cue;
the following paragraphs up to the next cue are that speaker's speech. Not speech: front matter, persons of
the play, scene descriptions ('_The scene is ..._'), standalone stage directions (indented '  [_...' even
when the closing ']' is missing), inline directions '[_..._]' (one unclosed at a paragraph end: 'Good-bye.
[_He vanishes._'), act headings, the Gutenberg licence. Italic '_..._' emphasis markup removed (the words
stay). Consecutive speeches of one speaker separated only by a stage direction are one turn.
Speakers: the cue as written, without the final period ('LILY', 'MRS. UPJOHN', 'VON RETTENMAYER', 'THE
BEARDED WAITER'). Group cues ('JIMMIE, MRS. UPJOHN, AND ROPER', 'SOME OF THE OTHERS', 'THE MEN', 'THE FOUR
BEAUTIES', ...) are kept as their own speaker labels, as the source labels them.
Doubtful decisions:
- Sung verses (indented) under a cue are that speaker's speech: VON RETTENMAYER's German verses (Act I),
  LILY's 'Mind the Paint' song verses (Act I, including the parenthesised lines of the lyric and the
  indented echo lines 'Smart and quaint!').
- Act III: the refrain 'If you would only, only love me; ...' (4 lines) is sung by the dancing couples after
  a stage direction, with no cue: not attributed to anyone (would otherwise wrongly go to DAPHNE).
- Paragraphs skipped for having no speaker: {len(skipped)}."""
stats = write(NAME, HDR.split("\n"), all_turns)
for sp, (tt, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(sp, tt, w)
print(len(all_turns), act_ends, [x[:60] for x in skipped])
