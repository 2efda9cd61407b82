"""Shared by the truth scripts of the structured files (JSON, ELAN, EXMARaLDA,
ParlaMint, ParlParse): the guidelines' word rule, merging a file's pieces of speech
into turns, and writing <name>.tsv and <name>.speakers.tsv beside the scripts' folder."""
import os, re

WORD_RE = re.compile(r"\w+(?:[.'’:]\w+|(?<=\d),(?=\d)\w+)*")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def merge(pieces):
    turns = []
    for spk, txt in pieces:
        if not WORD_RE.findall(txt):
            continue
        if turns and turns[-1][0] == spk:
            turns[-1][1].append(txt)
        else:
            turns.append([spk, [txt]])
    return [(s, " ".join(t)) for s, t in turns]


def write(name, comment, turns):
    stats, rows = {}, []
    for k, (spk, txt) in enumerate(turns, 1):
        w = WORD_RE.findall(txt)
        rows.append(f"{k}\t{spk}\t{len(w)}\t{' '.join(w[:6])}")
        st = stats.setdefault(spk, [0, 0])
        st[0] += 1
        st[1] += len(w)
    with open(os.path.join(OUT, name + ".tsv"), "w") as f:
        for line in comment.strip("\n").split("\n"):
            f.write(("# " + line).rstrip() + "\n")
        f.write("turn\tspeaker\twords\tfirst_words\n")
        f.write("\n".join(rows) + "\n")
    with open(os.path.join(OUT, name + ".speakers.tsv"), "w") as f:
        f.write("speaker\tturns\twords\n")
        for spk, (t, w) in sorted(stats.items(), key=lambda kv: (-kv[1][1], kv[0])):
            f.write(f"{spk}\t{t}\t{w}\n")
    return stats
