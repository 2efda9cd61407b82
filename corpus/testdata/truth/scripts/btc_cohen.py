import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import write, merge, strip_brackets, words
from labelled_paras import read_paras
NAME = "btc_bram-cohen_merkle-sets_QA.md"
paras = read_paras("/work/shared/corpora/interviews/" + NAME)
pieces, cur, by_label = [], None, {"monologue": 0, "A": 0}
started = False
for p in paras:
    if p.startswith("## Other links"):
        break                      # trailing link list, not speech
    if p.startswith("## "):
        continue                   # Markdown headings
    if p.startswith("code: <") or re.fullmatch(r"<https?://[^>]+>", p.strip()):
        continue                   # header links before the talk
    m = re.match(r"^(Q|A):\s*", p)
    label = None
    if m:
        label = m.group(1)
        cur = "Q" if label == "Q" else "Cohen"
        p = p[m.end():]
    elif cur is None or cur == "Cohen":
        cur = "Cohen"; label = "monologue" if not started else ("A" if last == "A" else "monologue")
    t = re.sub(r"<a [^>]*>|</a>", "", p)       # HTML links: keep the link text
    t = t.replace("(laughter)", " ")
    t = strip_brackets(t)
    if label == "Q" or (label is None and cur == "Q"):
        pass
    else:
        key = "A" if label == "A" or (label is None and last == "A") else "monologue"
        by_label[key] += len(words(t))
    last = label if label else last if started else None
    started = True
    pieces.append((cur, t))
turns = merge(pieces)
HDR = f"""File: {NAME} (Bram Cohen, 'Merkle Set Data Structures for Scaling Bitcoin', 2017-07-08, talk + Q&A)
How read: scripts/btc_cohen.py, checked by reading. YAML front matter, 'code: <...>' and the bare tweet link
before the talk, '## ...' headings and the trailing '## Other links' section (a list of links) are not
speech. HTML <a href=...> tags removed, link text kept (it is part of the spoken sentence). '(laughter)'
removed; '(depth)' and '(not an empty node)' are transcribed speech and kept.
Speakers: the unlabelled talk (lines 17-47 and 91-99) is by Bram Cohen (the only speaker in the front
matter, first person 'I spent ...', 'my implementation'); the 'A:' answers are his too, so both are one
speaker 'Cohen' (one identity per person). 'Q:' = audience questioners, kept as one label 'Q' (the
source does not distinguish them; line 59 'Pieter says that' suggests several people asked).
Doubtful decisions:
- 'A' resolved to 'Cohen'. Split by label: words in 'A:'-labelled paragraphs (and the unlabelled talk
  continuation after the A: at line 87) = {by_label['A']}; words in the opening unlabelled talk (lines 17-47)
  = {by_label['monologue']}. If 'A' is kept as its own label, the opening talk is turn 1 'Cohen' and the A:
  at line 87 together with lines 91-99 is one 'A' turn.
- Unlabelled paragraphs 89-99 ('## TXO bitfields' talk resumed after A: at line 87, 'Any more
  questions? Okay, ...') continue Cohen's turn begun by 'A:' at line 87.
- Consecutive 'Q:' paragraphs (lines 133+135, 145+147) are one Q turn each (perhaps different askers).
- Lines 47 ('First I'd like to ask if there are any questions.') and 49 (Q:) make the talk turn 1 end."""
stats = write(NAME, HDR.split("\n"), turns)
for s, (t, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(s, t, w)
print(by_label, len(turns))
