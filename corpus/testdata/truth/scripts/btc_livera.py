import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import write
from labelled_paras import read_paras, split
NAME = "btc_livera-bishop_interview.md"
paras = read_paras("/work/shared/corpora/interviews/" + NAME)
turns, pieces = split(paras, "Stephan Livera|Bryan Bishop", {"Stephan Livera": "Livera", "Bryan Bishop": "Bishop"})
HDR = f"""File: {NAME} (Stephan Livera Podcast with Bryan Bishop, 2019-09-22)
How read: paragraphs opening 'Stephan Livera: ' or 'Bryan Bishop: ' (script scripts/btc_livera.py, checked by
reading). YAML front matter, the title line 'Stephan Livera Podcast with Bryan Bishop - September 22nd 2019'
and 'Podcast: https://...' (a header, not a speaker) are not speech. Consecutive paragraphs of one speaker
are one turn (the source repeats the label).
Doubtful decisions:
- The unlabelled paragraphs '[inaudible 00:31:42]' and '.' (after Bishop's paragraph ending 'into a new
  multi') have no speech; they do not end Bishop's turn. '[inaudible 01:00:31]' inside a Livera paragraph
  removed.
- URLs/handles inside speech ('twitter.com/K-A-N-Z-U-R-E', 'heybryan.org') are counted by the word rule."""
stats = write(NAME, HDR.split("\n"), turns)
for s, (t, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(s, t, w)
print(len(turns), "turns", len(pieces), "pieces")
