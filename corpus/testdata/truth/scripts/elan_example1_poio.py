"""Truth for annotation/elan_example1_poio.eaf: speech = ANNOTATION_VALUEs of the two independent
'utterance' tiers K-Spch and W-Spch (no PARENT_REF); speaker = tier PARTICIPANT, or the TIER_ID when
PARTICIPANT is empty (it is empty for every tier here). Annotations of both tiers are put in time order
(start time, then end time); consecutive annotations of one tier form a turn. Dependent tiers (W-Words,
W-POS, W-IPA, gesture phases/meanings) and the independent gesture tiers W-RGU, K-RGU are not speech.
Writes <name>.tsv (with the comment block below, written by hand after reading the file) and
<name>.speakers.tsv."""
import json, re, sys, os
from pieces import WORD_RE, merge, write
import xml.etree.ElementTree as ET

SRC = "/work/shared/corpora/annotation/elan_example1_poio.eaf"
NAME = "elan_example1_poio.eaf"


COMMENT = """
File: elan_example1_poio.eaf (ELAN 2.3 example from MPI: route description, W explains the way from the
Institute to Kleef (Kleve) via Saint Anna Straat, K listens and backchannels; English with Dutch words)
How read: scripts/elan_example1_poio.py, checked by reading all tiers. 11 tiers. Independent (no PARENT_REF)
tiers: K-Spch and W-Spch (type 'utterance': the transcription = speech), W-RGU and K-RGU (type 'gestures':
one 'R Gesture Unit 1' label each = not speech). Dependent tiers, not speech: W-Words (97 word tokens,
time subdivision of W-Spch; it splits "that's" as that + 's, so 97 vs 95 words by the word rule, otherwise
the same words), W-POS (part-of-speech tags), W-IPA (IPA transcription of W-Spch), W-RGph/K-RGph (gesture
phases), W-RGMe/K-RGMe (gesture meanings, e.g. 'Going along St. Anna Street', 'a roundabout').
Speaker: every tier has PARTICIPANT="" so the tier id is used: 'K-Spch', 'W-Spch'.
Order: the 7 K-Spch and 15 W-Spch annotations are put in order of start time (ms from TIME_SLOTs);
consecutive annotations of one tier form one turn (22 annotations -> 14 turns).
Totals: 14 turns, 107 words; W-Spch: 7 turns 95 words, K-Spch: 7 turns 12 words.
Doubtful decisions / oddities:
- Speaker names: if the tier id is not wanted as is, the persons are 'W' and 'K' (tier prefixes); kept as
  'W-Spch' / 'K-Spch' per the rule 'tier id if there is no PARTICIPANT'.
- K's backchannels ('yeah', 'ja', 'rotunda', 'there is another plein') are counted as turns and end W's
  turn, as interjections do. Several overlap W's speech: 'yeah' (4040-4400) starts before W's a8 ends
  (4090), 'ja' (10060) before a9 ends (10070), 'there is another plein' (22830-23870) overlaps a15
  ('you come down to the', 21860-22930) and a16 (from 23470), 'ja' (29010-29480) overlaps a18 and a19.
  Overlaps are ordered by start time.
- Time slot ts62 has no TIME_VALUE (unaligned); no speech annotation uses it.
- Hesitations 'eh' and Dutch 'ja' are transcribed speech and counted as words.
"""

SPEECH_TIERS = ["K-Spch", "W-Spch"]

if __name__ == "__main__":
    root = ET.parse(SRC).getroot()
    # ts62 has no TIME_VALUE (unaligned slot); it is not used by the speech tiers (asserted below)
    ts = {t.get("TIME_SLOT_ID"): (int(t.get("TIME_VALUE")) if t.get("TIME_VALUE") else None)
          for t in root.iter("TIME_SLOT")}
    anns = []
    for tier in root.iter("TIER"):
        tid = tier.get("TIER_ID")
        if tid not in SPEECH_TIERS:
            continue
        assert tier.get("PARENT_REF") is None and tier.get("LINGUISTIC_TYPE_REF") == "utterance"
        spk = tier.get("PARTICIPANT") or tid
        for a in tier.iter("ALIGNABLE_ANNOTATION"):
            b, e = ts[a.get("TIME_SLOT_REF1")], ts[a.get("TIME_SLOT_REF2")]
            assert b is not None and e is not None
            anns.append((b, e, spk, a.get("ANNOTATION_ID"), a.findtext("ANNOTATION_VALUE") or ""))
    anns.sort(key=lambda x: (x[0], x[1]))
    for x in anns:
        print(x)
    turns = merge([(x[2], x[4]) for x in anns])
    stats = write(NAME, COMMENT, turns)
    print(len(turns), sum(v[1] for v in stats.values()), stats)
    for k, (s, t) in enumerate(turns, 1):
        print(k, s, len(WORD_RE.findall(t)), t)
