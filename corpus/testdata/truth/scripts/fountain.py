import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import write, merge
NAME = "ebScreenplays_THE_LIBRARY_FREAK-OUT.fountain"
text = open("/work/shared/corpora/plays/" + NAME, encoding="utf-8").read()
body = text.split("\n\n", 1)[1]          # title page ends at the first blank line (after line 12)
blocks = [b for b in re.split(r"\n\s*\n", body) if b.strip()]
pieces, cues = [], []
for b in blocks:
    lines = b.split("\n")
    first = lines[0].strip()
    if len(lines) > 1 and re.fullmatch(r"[A-Z][A-Z0-9 ]*[A-Z]", first) and not first.startswith(("EXT", "INT")):
        spk = first
        cues.append(spk)
        dl = [l for l in lines[1:] if not re.fullmatch(r"\s*\(.*\)\s*", l)]   # parentheticals
        t = " ".join(dl).replace("_", " ")                                     # _emphasis_ markup
        pieces.append((spk, t))
    else:
        pieces.append((None, ""))            # action / slugline / transition / note: not speech
turns = merge([(s, t) for s, t in pieces if s])
# NB: merge() skips empty pieces; action blocks do not break a speaker's run (guideline), so only
# dialogue pieces are passed.
HDR = f"""File: {NAME} (Fountain short screenplay)
How read: scripts/fountain.py, checked by reading. Title page (lines 1-12), '**Note: ...**' blocks,
'> FADE IN:' / '> FADE OUT:' / '> THE END <', sluglines (EXT./INT.), action paragraphs, and
parentheticals '(sings)', '(a bit loud)', '(whispers)', '(excited whisper)' are not speech. A dialogue
block is a line in capitals (the character cue) followed by dialogue lines. '_..._' emphasis markup removed.
Speakers are the cues as written: CHALF, NAR, YOR, CHARYA, THRAIN, PATRON ONE, PATRON TWO,
PATRONS THREE AND FOUR, PATRON FIVE. {len(cues)} dialogue blocks.
Doubtful decisions:
- Two dialogue blocks of one character separated only by action lines are one turn (action is not speech),
  so 51 dialogue blocks give 47 turns: YOR 'Mm-hm yeh okay.' + 'Mooooan.' (lines 98-107), CHALF 'Nn! Zut.'
  + 'Mm-hm yah yep no okay yep _Hush_.' (111-125), CHALF 'Yes Dragon.' + 'Yeep! ...' (316-326), CHARYA
  'I SAID QUIET!' + 'Sorry! Sorry burn!' (385-436, the fire scene between is action).
- The sound lines 'schwiff-chiffer-chiffer-chiffer / schwiffer-chiffer-chiffer-chif--' (155-156) are the
  paper's sound in an action passage with no character cue: not speech.
- The sung lines under NAR/YOR '(sings)' are their dialogue (speech words counted).
- 'PATRONS THREE AND FOUR' is a group cue kept as one speaker label, as written."""
stats = write(NAME, HDR.split("\n"), turns)
for s, (tt, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(s, tt, w)
print(len(turns), len(cues))
