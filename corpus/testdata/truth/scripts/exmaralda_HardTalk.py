"""Truth for annotation/exmaralda_HardTalk.exb: speech = events of the two type="t" tiers (TIE0 speaker
SPK0 Stephen Sackur -> 'Sackur', TIE1 speaker SPK1 Daniel Dennett -> 'Dennett'); the type="d" tiers (TIE3,
TIE2 [nv], TIE4 [nn]) are not speech. HIAT descriptions in double parentheses ((2s)), ((laughs)),
((unint.)) are removed; single parentheses (uncertain hearing, e.g. '(exist)') keep their words.
Events are ordered by their start point in the common timeline; events that start at the same point are
ordered with the speaker who is currently speaking first (see the comment block). Consecutive events of one
speaker form a turn; events are joined by a space, except for the hand-listed words split by a timeline
point inside one turn (JOIN). Writes <name>.tsv (with the comment block below, written by hand after
reading the file) and <name>.speakers.tsv."""
import json, re, sys, os
from pieces import WORD_RE, merge, write
import xml.etree.ElementTree as ET

SRC = "/work/shared/corpora/annotation/exmaralda_HardTalk.exb"
NAME = "exmaralda_HardTalk.exb"


COMMENT = """
File: exmaralda_HardTalk.exb (EXMARaLDA basic transcription, HIAT (simplified); BBC HARDtalk, Stephen Sackur
interviews Daniel Dennett on religion, first ~330 s)
How read: scripts/exmaralda_HardTalk.py, checked by reading every event. Speakertable: SPK0 'Stephen Sackur'
(abbr. StS) -> Sackur, SPK1 'Daniel Dennett' (DD) -> Dennett. Speech = the type="t" tiers TIE0 (StS [v], 72
events) and TIE1 (DD [v], 100 events). Not speech: TIE3 StS [nv] (empty), TIE2 DD [nv] ('breathes in
heavily'), TIE4 [nn] (no speaker: '((1,4s))', 'clicking noise'); the head/meta-information.
Removed inside speech events: HIAT descriptions in double parentheses: pauses ((0.9s)) ((2s)) ((1.2s)) etc.,
((laughs)), ((unint.)). Events holding only such a description give no speech and do not end a turn.
Kept: single parentheses = uncertain transcription, the words are speech ('(I)', '(test)', '(exist)',
'(wue)', '(Caltec)', '(that it)', '(rott )', "(don't know, 'bout)"); hesitations (eh, ehm, ah, er, Em);
broken-off words before the HIAT repair slash ('wh/ why', 'b/ biologically', 'isn/ is', 'wond/') count as
words. HIAT symbols • (pause), ˙ ‿ … — and the slash are not words by the rule.
Order: events by their start point in the common timeline (tli order = time order, checked).
Totals: 53 turns, 997 words; Dennett: 26 turns 537 words, Sackur: 27 turns 460 words.
Doubtful decisions:
- Simultaneous events (same start point in both tiers, 23 points) are ordered with the speaker who is already
  speaking first, the other's event after it. This matters at T73 (Dennett 'ah they're…' before Sackur 'And,
  and in that sense') and T100 (Dennett 'eryday sense.' before Sackur 'Every, every e'); elsewhere Sackur is
  the current speaker or the other event is only a description. With a fixed tier order (Sackur first at
  every tie) there are 57 turns (Sackur 29, Dennett 28) and 999 words (the two split words below fall apart).
- Words cut by a timeline point: 'ev'|'eryday' (Dennett, T99/T100) and 'e'|'xample' (Sackur, T100/T101)
  lie in one turn and are joined as ONE word each (everyday, example). 'sp'|'ecies' (Sackur, T84/T85) is
  interrupted by Dennett's simultaneous 'Mhm.' (T84), so 'sp' ends turn 29 and 'ecies' opens turn 31 and they
  count 1 word each. If events are simply joined with spaces: 999 words (+1 Dennett, +1 Sackur), same turns.
- Overlapping backchannels ('Mhm.', 'Yeah, yeah.', 'Yeah.', 'Ya.', 'No, no˙', 'Yea, yo˙', 'Yo, yo˙', 'Yo˙',
  'It's…', 'Eh˙', 'Well, alright.') are turns and cut the other's turn (interjections end a turn); Sackur's
  'I | mean Richard Dorkings ...' is cut by Dennett's 'It's…'.
- ((unint.)) at T15 in both tiers: unintelligible, no words, no turn for either.
- Quoted speech inside a turn (Sackur reading Dennett's words "In about 25 years ...", Dennett's imagined
  "Music, small doses okay ..." and "Well, over my dead body ...") is the quoting speaker's speech.
- Misspellings as transcribed: 'succesor', 'extint', 'Dorkings' (Dawkins), 'erestimated', 'ore' (awe),
  'corus'. "'bout" counts 1 word; "descendants of/ of" 2.
- The last timeline point T152 is at 1348.9 s (far after the last event at 330 s): unused, ignored.
"""

SPEAKERS = {"SPK0": "Sackur", "SPK1": "Dennett"}
# (speaker, start of the first event, start of the next event of that speaker): a word cut in two by a
# timeline point; the two events are joined without a space when they fall in one turn.
JOIN = {("Dennett", "T99", "T100"),   # 'fitter in the ev' + 'eryday sense.'  -> everyday
        ("Sackur", "T100", "T101"),   # 'Every, every e' + 'xample you've ...' -> example
        ("Sackur", "T84", "T85")}     # 'our sp' + 'ecies' -> species (ends up in two turns: Dennett 'Mhm.')


def clean(t):
    t = re.sub(r"\(\([^()]*\)\)", " ", t)   # ((descriptions))
    return t.replace("(", "").replace(")", "")


if __name__ == "__main__":
    root = ET.parse(SRC).getroot()
    order = {x.get("id"): k for k, x in enumerate(root.iter("tli"))}
    evs = []
    for tier in root.iter("tier"):
        if tier.get("type") != "t":
            continue
        spk = SPEAKERS[tier.get("speaker")]
        for e in tier.iter("event"):
            evs.append((order[e.get("start")], order[e.get("end")], spk, e.get("start"), e.text or ""))
    # group by start point; within a group the current speaker goes first
    evs.sort(key=lambda x: x[0])
    seq, cur = [], None
    i = 0
    while i < len(evs):
        j = i
        while j < len(evs) and evs[j][0] == evs[i][0]:
            j += 1
        group = evs[i:j]
        group.sort(key=lambda x: 0 if x[2] == cur else 1)
        for g in group:
            seq.append(g)
            if WORD_RE.findall(clean(g[4])):
                cur = g[2]
        i = j
    turns = []   # [speaker, text, last_start]
    for st, en, spk, sid, txt in seq:
        c = clean(txt)
        print(f"{sid:>5} {spk:8} {txt!r}")
        if not WORD_RE.findall(c):
            continue
        if turns and turns[-1][0] == spk:
            sep = "" if (spk, turns[-1][2], sid) in JOIN else " "
            if sep == "":
                turns[-1][1] = turns[-1][1].rstrip() + c.lstrip()
            else:
                turns[-1][1] += sep + c
            turns[-1][2] = sid
        else:
            turns.append([spk, c, sid])
    turns = [(s, t) for s, t, _ in turns]
    stats = write(NAME, COMMENT, turns)
    print(len(turns), sum(v[1] for v in stats.values()), stats)
    for k, (s, t) in enumerate(turns, 1):
        print(k, s, len(WORD_RE.findall(t)), " ".join(t.split()))
