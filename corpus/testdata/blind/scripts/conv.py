"""Helper used while authoring: wrap label matches of a raw draft in markup.
conv(text, pattern, mapping, brackets=True, parens=False)
  pattern: regex matched at line start with group 'lab' (the label's name part); the whole match is the label.
  mapping: label name -> canonical speaker. Lines starting '%%' are left alone.
  brackets/parens: wrap [..] / (..) groups on non-label lines as inline non-speech.
The output .mk is then read and corrected by hand."""
import re

def conv(text, pattern, mapping, brackets=True, parens=False):
    rx = re.compile(pattern)
    out = []
    for ln in text.split("\n"):
        if ln.startswith("%%"):
            out.append(ln); continue
        m = rx.match(ln)
        rest = ln
        pre = ""
        if m and m.group("lab") in mapping:
            pre = "⟨%s⟩‹%s›" % (mapping[m.group("lab")], m.group(0))
            rest = ln[m.end():]
        if brackets:
            rest = re.sub(r"\[[^\]]*\]", lambda x: "‹" + x.group(0) + "›", rest)
        if parens:
            rest = re.sub(r"\([^)]*\)", lambda x: "‹" + x.group(0) + "›", rest)
        out.append(pre + rest)
    return "\n".join(out)
