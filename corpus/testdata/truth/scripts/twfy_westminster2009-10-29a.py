"""Truth for parliament/twfy_westminster2009-10-29a.xml (ParlParse XML): each <speech speakername=...>
is a speech; its <p>s are speech except class="italic" paragraphs (Hansard's editorial/procedural lines:
'rose—', 'indicated assent.', 'Question put and agreed to.', 'Sitting adjourned.'); inside a <p>, the
bracketed '[Interruption.]' (<i>...</i>) and the editor's parenthesised name in a
<phrase class="honfriend"> ('the hon. Member for Angus (Mr. Weir)' -> '(Mr. Weir)') are removed.
<minor-heading> and nospeaker="true" speeches are not speech. Speaker = surname from speakername.
Consecutive speeches of one speaker (with only non-speech between) form one turn.
Run with --keep-names to count the honfriend names as speech (for the comment block's alternative).
Writes <name>.tsv (with the comment block below, written by hand after reading the file) and
<name>.speakers.tsv."""
import json, re, sys, os
from pieces import WORD_RE, merge, write
import xml.etree.ElementTree as ET

SRC = "/work/shared/corpora/parliament/twfy_westminster2009-10-29a.xml"
NAME = "twfy_westminster2009-10-29a.xml"


COMMENT = """
File: twfy_westminster2009-10-29a.xml (TheyWorkForYou/ParlParse XML, Westminster Hall, 29 Oct 2009, one
debate 'Oil and Gas' on the Energy and Climate Change Committee's report; 14:30 to about 17:00)
How read: scripts/twfy_westminster2009-10-29a.py, checked by reading the whole file. 1 <minor-heading>, 52
<speech>s (1 nospeaker, 51 with a speakername), 227 <p>. Speakers (surname from speakername; the names are
given plainly, with no 'Mr.' prefixes): Paddy Tipping -> Tipping (Committee Chairman, opens), Simon Hughes ->
Hughes, Charles Hendry -> Hendry, Nicholas Winterton -> Winterton, David Kidney -> Kidney (the Minister),
Robert Smith -> Smith (Sir Robert Smith), Michael Weir -> Weir.
The Chair: the heading reads '[Sir Nicholas Winterton in the Chair] - Oil and Gas' and the Chair's speeches
are already labelled 'Nicholas Winterton' (no 'The Chairman' label occurs), so the Chair is Winterton.
('The Chairman also raised ...' inside Kidney's speech means Tipping, the Committee chairman: speech content.)
Not speech (no turns): the minor-heading; the nospeaker="true" speech a.143.1 with two italic paragraphs
'[Relevant documents: First Report from the Energy and Climate Change Committee ... HC 1010.]' and 'Motion
made, and Question proposed, That the sitting be now adjourned.-(Steve McCabe.)'; every class="italic"
paragraph inside a named speech, which records an action, not words: 'Several hon. Members: rose-'
(a.148.0, pseudo-speaker, no words, noted, no turn), 'David Kidney: indicated assent.' (a.148.4), 'Paddy
Tipping: rose-' (a.175.0), and in Winterton's last speech 'Question put and agreed to.' / 'Sitting
adjourned.' (a.178.0/2-3). Removed inside paragraphs: '[Interruption.]' (<i> tags, Weir a.159.0/14).
Kept as speech: quotations read out (class="indent" paragraphs, 15), <phrase class="date"> text, the
constituency references of <phrase class="honfriend"> ('the hon. Member for Angus').
Totals: 46 turns, 20198 words. Kidney 12 turns 5406, Hughes 8 / 3447, Weir 5 / 3411, Tipping 5 / 2750,
Hendry 5 / 2746, Smith 6 / 2193, Winterton 5 / 245.
Doubtful decisions:
- The editor's parenthesised names in the 23 honfriend phrases ('the hon. Member for Angus (Mr. Weir)',
  '... Sherwood (Paddy Tipping)') are Hansard insertions, not said, and are removed. Kept, they add 50
  words: 20248 (Hughes +19, Kidney +11, Hendry +9, Weir +5, Tipping +2, Winterton +2, Smith +2).
- An italic action between two speeches of one speaker does not end the turn, so two pairs merge: Winterton
  a.148.3 + a.148.5 (Kidney 'indicated assent.' between) = turn 10; Kidney a.174.4 + a.175.1 (Tipping
  'rose-' between) = turn 41. Speech by speech (those actions ending the turn) there would be 48 turns.
- Winterton's 'Order. ...' rulings and his closing thanks are his speech as Chair (turns 6, 8, 10, 24, 46).
- '[Interruption.]' (an unnamed Member, Weir's turn 28) is not a turn and does not split Weir's speech.
- Tipping's 'quadruple whammy' quotation is split by his aside 'taking a phrase from your party, Sir
  Nicholas-'; all three paragraphs are his (turn 5); likewise Hughes's 'the United Kingdom continental
  shelf-' inside a quotation (turn 31).
- Word rule notes: 'per cent.' = 2 words, 'E.ON' 1, '2008-09' 2, '£200 million' 2, 'CO2' 1; an em dash
  between words ('UK&mdash;the') splits them.
"""

SURNAME = {"Paddy Tipping": "Tipping", "Simon Hughes": "Hughes", "Charles Hendry": "Hendry",
           "Nicholas Winterton": "Winterton", "David Kidney": "Kidney", "Robert Smith": "Smith",
           "Michael Weir": "Weir", "Several hon. Members": "Several hon. Members"}
KEEP_NAMES = "--keep-names" in sys.argv


def ptext(el):
    """text of a <p> (or child), less <i> insertions and the honfriend '(Name)'."""
    out = [el.text or ""]
    for ch in el:
        if ch.tag == "i":
            pass                                   # '[', 'Interruption.', ']'
        elif ch.tag == "phrase" and ch.get("class") == "honfriend" and not KEEP_NAMES:
            t = "".join(ch.itertext())
            t2 = re.sub(r"\s*\([^()]*\)\s*$", "", t)
            assert t2 != t, t
            out.append(t2)
        else:
            out.append("".join(ch.itertext()))
        out.append(ch.tail or "")
    return "".join(out)


if __name__ == "__main__":
    root = ET.parse(SRC).getroot()
    pieces = []
    for sp in root:
        if sp.tag != "speech" or sp.get("nospeaker") == "true":
            continue
        spk = SURNAME[sp.get("speakername")]
        for p in sp.iter("p"):
            if p.get("class") == "italic":
                print("  non-speech:", spk, repr("".join(p.itertext())))
                continue
            pieces.append((spk, ptext(p)))
    turns = merge(pieces)
    if KEEP_NAMES:
        st = {}
        for s_, t_ in turns:
            v = st.setdefault(s_, [0, 0]); v[0] += 1; v[1] += len(WORD_RE.findall(t_))
        print(len(turns), sum(v[1] for v in st.values()), st)
        sys.exit()
    stats = write(NAME, COMMENT, turns)
    print(len(turns), sum(v[1] for v in stats.values()), stats)
    for k, (s, t) in enumerate(turns, 1):
        print(k, s, len(WORD_RE.findall(t)), t[:150])
