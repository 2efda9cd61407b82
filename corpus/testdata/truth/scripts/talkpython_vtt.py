import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import write, merge
NAME = "talkpython_525-nicegui.vtt"
t = open("/work/shared/corpora/subtitles/" + NAME, encoding="utf-8").read()
blocks = re.split(r"\n\s*\n", t.strip())
assert blocks[0].startswith("WEBVTT")
canon = {"Michael Kennedy": "Kennedy", "Falko Schindler": "Schindler", "Rodja Trappe": "Trappe", "Speaker 5": "Speaker 5"}
pieces = []
for b in blocks[1:]:
    lines = b.split("\n")
    assert "-->" in lines[0] and len(lines) == 2, b
    m = re.match(r"<v ([^>]+)>(.*)$", lines[1])
    pieces.append((canon[m.group(1)], m.group(2)))
turns = merge(pieces)
HDR = f"""File: {NAME} (Talk Python To Me #525, NiceGUI; WebVTT with <v Name> voice tags)
How read: scripts/talkpython_vtt.py: every one of the 825 cues is 'timing line' + one '<v Full Name>text'
line (checked: no other tags, no NOTE blocks, no cue ids, no bracketed insertions). Consecutive cues of one
voice are one turn. 'WEBVTT' header and timing lines are not speech.
Speakers: Michael Kennedy (host) -> Kennedy; Falko Schindler -> Schindler; Rodja Trappe -> Trappe
(the intro says 'Radja Trappe and Falco Schindler': same people, spelled as in the voice tags);
'Speaker 5' kept as labelled.
Doubtful decisions:
- The 3 'Speaker 5' cues (00:20:13-00:20:18: 'Were you like, oh no, ...', 'Kind of.', 'Oh, look.') look
  like diarisation errors (probably Kennedy then Schindler/Trappe), but are kept as labelled: one turn of
  'Speaker 5'. Likewise 'And what was your thought?' (labelled Falko Schindler) is kept as his.
- Kennedy's intro and sponsor reads are his speech (labelled with his voice)."""
stats = write(NAME, HDR.split("\n"), turns)
for s, (tt, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(s, tt, w)
print(len(turns))
