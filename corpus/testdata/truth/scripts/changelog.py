import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import write, merge
NAME = "changelog_afk-5.md"
text = open("/work/shared/corpora/podcasts-md/" + NAME, encoding="utf-8").read()
paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
canon = {"Tim Smith": "Smith", "Justin Dorfman": "Dorfman"}
pieces, cur = [], None
for p in paras:
    m = re.match(r"^\*\*([^*]+):\*\*\s*", p)
    if m:
        lab = m.group(1)
        p = p[m.end():]
        if lab == "Break":
            cur = None          # '**Break:** \[07:13\] to \[08:53\]' : not a speaker, no speech
            continue
        cur = canon[lab]
    if cur is None:
        continue
    p = re.sub(r"\\\[[^\]]*\\\]", " ", p)   # escaped timestamps and [laughter]/[laughs]
    pieces.append((cur, p))
turns = merge(pieces)
HDR = f"""File: {NAME} (Changelog 'Away From Keyboard' #5, Tim Smith with Justin Dorfman)
How read: scripts/changelog.py, checked by reading. Paragraphs opening '**Name:**'; unlabelled paragraphs
continue the last labelled speaker (e.g. Tim Smith's host narration in lines 1-3, 29-31, 79-81 is his).
Removed: the '**Name:**' labels, escaped timestamps '\\[01:46\\]' etc., '\\[laughter\\]', '\\[laughs\\]'.
Doubtful decisions:
- '**Break:** \\[07:13\\] to \\[08:53\\]' is a break marker, not a speaker; no speech, no turn.
- Line 57 '**Tim Smith:** \\[laughs\\]' has no speech words, so it is not a turn, and Dorfman's
  paragraphs before (lines 53-55) and after (line 59) it are ONE Dorfman turn. (If a laugh-only cue is
  counted as a turn, Smith gets one more 0-word turn and that Dorfman turn splits in two.)
- Tim Smith's closing narration 'That's Justin Dorfman. You can find him ...' (line 79-81) is a Smith turn,
  followed by a Dorfman clip (lines 83-85)."""
stats = write(NAME, HDR.split("\n"), turns)
for s, (t, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(s, t, w)
