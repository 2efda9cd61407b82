#!/usr/bin/env python3
"""Independent check: re-read each rendered file with a small format reader written from the
format's documentation (not from the generator's data), strip the non-speech conventions listed in
the truth comment blocks, rebuild turns, and compare with <file>.tsv (speaker, words, first_words)."""
import csv, io, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, words

BR = re.compile(r"\[[^\]]*\]|\([a-z ]+\)|<[a-z]+>")          # [laughs], (laughter), <laugh>


def clean(t):
    return BR.sub(" ", t)


def turns(pieces):
    out = []
    for s, t, *sess in pieces:
        if s is None or not words(clean(t)):
            continue
        ses = sess[0] if sess else None
        if out and out[-1][0] == s and out[-1][2] == ses:
            out[-1][1] += " " + t
        else:
            out.append([s, t, ses])
    return [(s, words(clean(t))) for s, t, _ in out]


def surname(n):
    n = re.sub(r",? Jr\.$", "", n)
    n = re.sub(r"^(Hon\.|Dr\.?|Mr|Ms|Professor) ", "", n)
    parts = n.split()
    if len(parts) >= 2 and parts[-2] in ("de", "Ní", "Ó", "van"):
        return " ".join(parts[-2:])
    return parts[-1]


def J(n):
    return json.load(open(os.path.join(OUT, n), encoding="utf-8"))


def r_plain(n):
    return [(surname(o["speaker"]), o["text"]) for o in J(n)]


def r_whisperx(n):
    return [(s["speaker"], s["text"]) for s in J(n)["segments"]]


def r_oyez(n):
    return [(t["speaker"]["last_name"], " ".join(b["text"] for b in t["text_blocks"]))
            for sec in J(n)["transcript"]["sections"] for t in sec["turns"]]


def r_rev(n):
    out = []
    for m in J(n)["monologues"]:
        nm = m.get("speaker_name")
        spk = ("Interviewer" if nm == "Interviewer" else surname(nm)) if nm else f"Speaker {m['speaker']}"
        out.append((spk, "".join(e["value"] for e in m["elements"] if e["type"] in ("text", "punct"))))
    return out


def r_aai(n):
    return [("Speaker " + u["speaker"], u["text"]) for u in J(n)["utterances"]]


def role_or_surname(p):
    return p if p in ("Facilitator", "Interviewer", "Moderator", "Mr Speaker", "Hon. Members") else surname(p)


def r_jsonl(n):
    out = []
    for ln in open(os.path.join(OUT, n), encoding="utf-8"):
        o = json.loads(ln)
        out.append((role_or_surname(o["participant"]) if o["participant"] else None, o["utterance"]))
    return out


def r_parl(n):
    rows = list(csv.DictReader(open(os.path.join(OUT, n), encoding="utf-8", newline="")))
    return [(role_or_surname(r["name"]) if r["name"] else None, r["body"]) for r in rows]


def r_semi(n):
    rows = list(csv.DictReader(open(os.path.join(OUT, n), encoding="utf-8-sig", newline=""), delimiter=";"))
    return [(role_or_surname(r["Speaker"]), r["Text"]) for r in rows]


def r_tsv(n):
    rows = list(csv.DictReader(open(os.path.join(OUT, n), encoding="utf-8", newline=""), delimiter="\t"))
    return [(r["participant"] or None, r["transcript"]) for r in rows]


def r_sessions(n):
    rows = list(csv.DictReader(open(os.path.join(OUT, n), encoding="utf-8", newline="")))
    return [(role_or_surname(r["speaker_name"]), r["utterance"], r["session"]) for r in rows]


def r_eaf(n):
    root = ET.parse(os.path.join(OUT, n)).getroot()
    ts = {s.get("TIME_SLOT_ID"): int(s.get("TIME_VALUE")) for s in root.iter("TIME_SLOT")}
    out = []
    for tier in root.iter("TIER"):
        p = tier.get("PARTICIPANT")
        if not p or tier.get("PARENT_REF"):
            continue
        for a in tier.iter("ALIGNABLE_ANNOTATION"):
            out.append((ts[a.get("TIME_SLOT_REF1")], surname(p), a.find("ANNOTATION_VALUE").text))
    return [(s, t) for _, s, t in sorted(out)]


def r_textgrid(n):
    txt = open(os.path.join(OUT, n), encoding="utf-8").read()
    out = []
    for item in re.split(r"\n    item \[\d+\]:\n", txt)[1:]:
        if '"IntervalTier"' not in item:
            continue
        nm = re.search(r'name = "(.*)" ', item).group(1)
        for a, t in re.findall(r'xmin = ([\d.]+) \n\s+xmax = [\d.]+ \n\s+text = "((?:[^"]|"")*)" ', item):
            if t:
                out.append((float(a), surname(nm), t.replace('""', '"')))
    return [(s, t) for _, s, t in sorted(out)]


def r_trs(n):
    root = ET.parse(os.path.join(OUT, n)).getroot()
    names = {s.get("id"): surname(s.get("name")) for s in root.iter("Speaker")}
    out = []
    for turn in root.iter("Turn"):
        ids = (turn.get("speaker") or "").split()
        cur = ids[0] if ids else None
        chunks = [(cur, turn.text or "")]
        for el in turn:
            if el.tag == "Who":
                cur = ids[int(el.get("nb")) - 1]
            chunks.append((cur, el.tail or ""))
        for c, t in chunks:
            if t.strip():
                out.append((names[c] if c else None, " ".join(t.split())))
    return out


def r_hansard(n):
    root = ET.parse(os.path.join(OUT, n)).getroot()
    office = re.search(r"The SPEAKER \(Hon\. ([^)]*)\)", ET.tostring(root, encoding="unicode")).group(1)
    out = []
    def talker_name(t):
        m = t.find("name[@role='metadata']").text
        return surname(office) if m.startswith("SPEAKER") else m.split(",")[0]
    def walk(el, cur):
        for ch in el:
            if ch.tag == "talk.start":
                cur = talker_name(ch.find("talker"))
                for p in ch.findall("para"):
                    out.append((cur, "".join(p.itertext())))
            elif ch.tag == "para":
                out.append((None if ch.find("inline") is not None or cur is None else cur, "".join(ch.itertext())))
            elif ch.tag in ("interjection", "continue"):
                walk(ch, cur)
            elif ch.tag in ("speech", "question", "answer", "debate", "subdebate.1", "chamber.xscript"):
                walk(ch, None if ch.tag in ("debate", "subdebate.1", "chamber.xscript") else cur)
    walk(root, None)
    return out


def r_akn(n):
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    root = ET.parse(os.path.join(OUT, n)).getroot()
    ppl = {p.get("eId"): surname(p.get("showAs")) for p in root.iterfind(".//a:TLCPerson", ns)}
    out = []
    for el in root.iterfind(".//a:debateBody//*", ns):
        tag = el.tag.split("}")[1]
        if tag in ("speech", "question", "answer"):
            for p in el.findall("a:p", ns):
                out.append((ppl[el.get("by")[1:]], "".join(p.itertext())))
    return out


WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_paras(n, cell_rows=False):
    z = zipfile.ZipFile(os.path.join(OUT, n))
    root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(WNS + "body")
    if cell_rows:
        rows = []
        for tr in body.iter(WNS + "tr"):
            cells = ["\n".join("".join(t.text or "" for t in p.iter(WNS + "t")) for p in tc.iter(WNS + "p"))
                     for tc in tr.findall(WNS + "tc")]
            rows.append(cells)
        return rows
    out = []
    for p in body.findall(WNS + "p"):
        runs = []
        for r in p.findall(WNS + "r"):
            b = r.find(f"{WNS}rPr/{WNS}b") is not None
            txt = "".join((t.text or "") if t.tag == WNS + "t" else " " for t in r if t.tag in (WNS + "t", WNS + "tab"))
            runs.append((b, txt))
        out.append(runs)
    return out


def r_docx_bold(n):
    out, cur = [], None
    for runs in docx_paras(n):
        lab = ""
        i = 0
        while i < len(runs) and runs[i][0]:
            lab += runs[i][1]
            i += 1
        rest = "".join(t for _, t in runs[i:])
        if lab.endswith(":"):
            cur = role_or_surname(lab[:-1])
            out.append((cur, rest))
        elif rest.strip() and cur and not rest.startswith("[End"):
            out.append((cur, rest))
    return out


def r_docx_table(n):
    out, last = [], None
    for spk, txt in docx_paras(n, True)[1:]:
        if spk:
            last = "Interviewer" if spk == "Interviewer" else spk.split()[0]
            out.append((last, txt))
        else:
            out.append((last if not txt.startswith("[") else None, txt))
    return out


def r_script(n, enc):
    txt = open(os.path.join(OUT, n), encoding=enc).read()
    out = []
    for ln in txt.splitlines():
        m = re.match(r"^([^:\[(]{2,40}): (.*)$", ln)
        if m and m.group(1) not in ("Present", "Recorded"):
            out.append((role_or_surname(m.group(1)), m.group(2)))
        else:
            out.append((None, ln))
    return out


READERS = {
    "stt_plain-array.json": r_plain, "whisperx_segments.json": r_whisperx, "oral-argument_sections.json": r_oyez,
    "revai_monologues.json": r_rev, "assemblyai_ms.json": r_aai, "participant-utterance.jsonl": r_jsonl,
    "parliament-export_name-body.csv": r_parl, "semicolon_export.csv": r_semi, "focus-group_roles.tsv": r_tsv,
    "two-sessions.csv": r_sessions, "elan_translation-tier.eaf": r_eaf, "praat_two-speakers.TextGrid": r_textgrid,
    "transcriber_overlap.trs": r_trs, "hansard-au_interjections.xml": r_hansard, "akoma-ntoso_debate.xml": r_akn,
    "interview_bold-labels.docx": r_docx_bold, "interview_table.docx": r_docx_table,
    "script_cp1252.txt": lambda n: r_script(n, "cp1252"), "script_utf16.txt": lambda n: r_script(n, "utf-16"),
}

bad = 0
for n, rd in READERS.items():
    got = turns(rd(n))
    want = [l.split("\t") for l in open(os.path.join(OUT, n + ".tsv"), encoding="utf-8").read().splitlines()
            if l and not l.startswith("#")][1:]
    ok = len(got) == len(want)
    for (s, w), row in zip(got, want):
        if s != row[1] or len(w) != int(row[2]) or " ".join(w[:6]) != row[3]:
            ok = False
            print(f"  {n}: {s} {len(w)} {' '.join(w[:6])!r} != {row[1:]}")
    print(("OK  " if ok else "BAD ") + f"{n}: {len(got)} turns (truth {len(want)})")
    bad += not ok
sys.exit(1 if bad else 0)
