"""Truth for parliament/ParlaMint-GB_2017-09-07-commons.xml: each TEI <u who="#Id"> is an utterance;
speech = the text of its <seg>s, less <note>, <gap>, <vocal>, <kinesic>, <incident> (none occur inside a
<u> here) and less two hand-listed pieces of record text (see the comment block: the Order Paper question
number and 'Question put and agreed to.'). Speaker = the surname from the who id (#StephenKinnock ->
Kinnock). Consecutive <u>s of one speaker form a turn. Writes <name>.tsv (with the comment block below,
written by hand after reading the file) and <name>.speakers.tsv."""
import json, re, sys, os
from pieces import WORD_RE, merge, write
import xml.etree.ElementTree as ET

SRC = "/work/shared/corpora/parliament/ParlaMint-GB_2017-09-07-commons.xml"
NAME = "ParlaMint-GB_2017-09-07-commons.xml"


COMMENT = """
File: ParlaMint-GB_2017-09-07-commons.xml (ParlaMint-GB 4.0 SAMPLE, House of Commons 7 Sep 2017: the first
two and the last two of 582 utterances; a <gap reason="editorial"><desc>SAMPLING</desc></gap> stands
between them)
How read: scripts/ParlaMint-GB_2017-09-07-commons.py, checked by reading the whole file. 4 <u> elements,
7 <seg>s. Speaker = surname from the who id: #StephenKinnock -> Kinnock, #DavidDavis -> Davis,
#RobertBlackman -> Blackman, #MarcusJones -> Jones (all four <u> ana="#regular"). Not speech: the teiHeader
(titles, extent '582 speeches / 75,730 words' = the full sitting, not the sample), <head> 'Membership of the
European Economic Area', the SAMPLING <gap>, the <note>s 'House adjourned.' and 'End of debateSection.'
(both outside any <u>). No <note>/<gap>/<vocal>/<kinesic>/<incident> occurs inside a <u>.
Totals: 4 turns, 244 words; Davis 90, Jones 85, Blackman 47, Kinnock 22 (1 turn each).
Doubtful decisions (both are record text inside a <seg>, removed per the guidelines' 'what is speech'):
- Kinnock's seg1 opens '1. What discussions he has had ...': '1.' is the Order Paper question number, not
  said; removed (with it: Kinnock 23, total 245). (The question text itself is printed as tabled; kept as
  his speech, as the record attributes it to him.)
- Jones's last seg961 'Question put and agreed to.' is Hansard's record of the Chair's procedure, not the
  Minister's words; removed (with it: Jones 90, total 249; with both: 250).
- Jones's seg959 and seg960 have no final full stop; joined with a space. 'hon.' counts 1 word.
- Kinnock -> Davis and Blackman -> Jones are adjacent; Davis and Blackman are separated only by the
  SAMPLING gap (different speakers, so no merging question arises).
"""

TEI = "{http://www.tei-c.org/ns/1.0}"
NONSPEECH = {"note", "gap", "vocal", "kinesic", "incident"}
SURNAME = {"#StephenKinnock": "Kinnock", "#DavidDavis": "Davis", "#RobertBlackman": "Blackman",
           "#MarcusJones": "Jones"}
# record text inside <seg>s that is not said by the speaker: (seg id suffix, text removed)
DROP = {"seg1": "1. ", "seg961": "Question put and agreed to."}


def seg_text(el):
    out = [el.text or ""]
    for ch in el:
        if ch.tag.replace(TEI, "") not in NONSPEECH:
            out.append(seg_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


if __name__ == "__main__":
    root = ET.parse(SRC).getroot()
    pieces = []
    for u in root.iter(TEI + "u"):
        spk = SURNAME[u.get("who")]
        for seg in u.iter(TEI + "seg"):
            sid = seg.get("{http://www.w3.org/XML/1998/namespace}id").rsplit(".", 1)[1]
            t = seg_text(seg)
            if sid in DROP:
                assert DROP[sid] in t, sid
                t = t.replace(DROP[sid], " ")
            pieces.append((spk, t))
    turns = merge(pieces)
    stats = write(NAME, COMMENT, turns)
    print(len(turns), sum(v[1] for v in stats.values()), stats)
    for k, (s, t) in enumerate(turns, 1):
        print(k, s, len(WORD_RE.findall(t)), t)
