"""Helpers for writing ground-truth TSVs (word rule, output files)."""
import os, re

WORD_RE = re.compile(r"\w+(?:[.'’:]\w+|(?<=\d),(?=\d)\w+)*")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def words(text):
    return WORD_RE.findall(text)


def strip_brackets(text, keep=None):
    """Remove [...] groups (handles nesting). keep: predicate on the inner text to keep it."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text[i] == "[":
            depth, j = 0, i
            while j < n:
                if text[j] == "[":
                    depth += 1
                elif text[j] == "]":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            inner = text[i + 1:j]
            if keep and keep(inner):
                out.append(inner)
            else:
                out.append(" ")
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def merge(pieces):
    """pieces: list of (speaker, text). Merge consecutive same-speaker pieces; drop empty."""
    turns = []
    for spk, txt in pieces:
        if not words(txt):
            continue
        if turns and turns[-1][0] == spk:
            turns[-1][1].append(txt)
        else:
            turns.append([spk, [txt]])
    return [(s, " ".join(t)) for s, t in turns]


def write(name, header_lines, turns, turns_file=True):
    """turns: list of (speaker, speech_text) already merged."""
    stats = {}
    rows = []
    for k, (spk, txt) in enumerate(turns, 1):
        w = words(txt)
        rows.append(f"{k}\t{spk}\t{len(w)}\t{' '.join(w[:6])}")
        st = stats.setdefault(spk, [0, 0])
        st[0] += 1
        st[1] += len(w)
    hdr = "".join("# " + h + "\n" if h else "#\n" for h in header_lines)
    if turns_file:
        with open(os.path.join(OUT, name + ".tsv"), "w") as f:
            f.write(hdr)
            f.write("turn\tspeaker\twords\tfirst_words\n")
            f.write("\n".join(rows) + "\n")
    with open(os.path.join(OUT, name + ".speakers.tsv"), "w") as f:
        f.write("speaker\tturns\twords\n")
        for spk, (t, w) in sorted(stats.items(), key=lambda kv: (-kv[1][1], kv[0])):
            f.write(f"{spk}\t{t}\t{w}\n")
    return stats


def segment(par, ops):
    """Split a narrated paragraph. ops in order:
    ("S", speaker, frame): a segment of `speaker` begins at the next occurrence of `frame`
        (searched from the current position); `frame` itself is removed (not speech).
        speaker None = narration (dropped).
    ("D", text): delete the next occurrence of `text` (an inner frame like ', he said,').
    Text before the first S is narration (dropped). Returns list of (speaker, text)."""
    pos = 0
    cur_spk, cur_start = None, 0
    pieces = []
    buf = []
    for op in ops:
        if op[0] == "S":
            _, spk, frame = op
            i = par.find(frame, pos)
            if i < 0:
                raise ValueError(f"frame not found: {frame!r} in {par[pos:pos+80]!r}")
            buf.append(par[cur_start:i])
            pieces.append((cur_spk, "".join(buf)))
            buf = []
            cur_spk, cur_start = spk, i + len(frame)
            pos = cur_start
        elif op[0] == "D":
            t = op[1]
            i = par.find(t, pos)
            if i < 0:
                raise ValueError(f"delete not found: {t!r} in {par[pos:pos+80]!r}")
            buf.append(par[cur_start:i] + " ")
            cur_start = pos = i + len(t)
        else:
            raise ValueError(op)
    buf.append(par[cur_start:])
    pieces.append((cur_spk, "".join(buf)))
    return [(s, t) for s, t in pieces if s is not None]
