"""Split a 'Label: text' paragraph layout. Unlabelled paragraphs after the first label continue the
current speaker; before the first label they are narration (dropped). Bracketed insertions removed."""
import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import merge, strip_brackets


def read_paras(path, skip_front_matter=True):
    text = open(path, encoding="utf-8").read()
    if skip_front_matter and text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        text = text[end + 5:]
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def split(paras, labels, canon, start_index=0):
    """labels: regex alternation of speaker labels; canon: label -> canonical name."""
    rx = re.compile(r"^(" + labels + r"):\s*", re.S)
    pieces, cur = [], None
    for p in paras[start_index:]:
        m = rx.match(p)
        if m:
            cur = canon[m.group(1)]
            p = p[m.end():]
        if cur is None:
            continue
        pieces.append((cur, strip_brackets(p)))
    return merge(pieces), pieces
