"""Truth for stt-json/aws_transcribe_speaker-identification.json: each pronunciation item of
results.items[] is assigned to the results.speaker_labels.segments[] entry whose [start_time, end_time]
contains the item's start_time (speaker = the segment's speaker_label, e.g. 'spk_0'); a punctuation item
(no times) is attached to the word before it. Consecutive words of one speaker form a turn. Writes <name>.tsv
(with the comment block below, written by hand after reading the file) and <name>.speakers.tsv."""
import json, re, sys, os
from pieces import WORD_RE, merge, write

SRC = "/work/shared/corpora/stt-json/aws_transcribe_speaker-identification.json"
NAME = "aws_transcribe_speaker-identification.json"


COMMENT = """
File: aws_transcribe_speaker-identification.json (Amazon Transcribe job '03-speaker-identification', 3 speakers,
about 142 s: read-aloud sentences by three readers, apparently spliced audiobook/LibriSpeech-style clips)
How read: scripts/aws_transcribe_speaker-identification.py, checked by reading. results.items[] holds 392 items:
354 pronunciation items (each with start/end time) and 38 punctuation items (no times, glued to the word
before). Each pronunciation item goes to the one results.speaker_labels.segments[] entry (24 segments) whose
[start_time, end_time] contains its start_time; speaker = segment speaker_label as written (spk_0, spk_1,
spk_2). Consecutive words of one speaker are one turn (24 segments -> 7 turns).
Checks: every word falls in exactly one segment (no word between segments, none in two); each segment's own
items[] list agrees (same start times, same label); the rebuilt text, joined by spaces, is identical to
results.transcripts[0].transcript; 354 words by the word rule = 354 pronunciation items.
Totals: 7 turns, 354 words; spk_0: 4 turns 205 words, spk_1: 2 turns 96, spk_2: 1 turn 53.
Doubtful decisions / oddities:
- The speech is recognised read text with many ASR errors ('the world wolf in the gear eagle', 'druggist
  shoppin, haul worth', 'village doc, tress'); counted as transcribed, not corrected.
- Turns 5-6 and 6-7 change speaker mid-sentence ('... sudden pangs of fear' | 'by being studious of color',
  '... the divisions of light,' | 'a good neighbor of the Bronte's'): kept as the segments give them.
- "Bronte's" counts 1 word; 'passer by', 'un separated' are 2 words each as transcribed.
"""

if __name__ == "__main__":
    d = json.load(open(SRC))
    r = d["results"]
    segs = [(float(s["start_time"]), float(s["end_time"]), s["speaker_label"])
            for s in r["speaker_labels"]["segments"]]
    pieces = []  # (speaker, token) with punctuation glued to the previous token
    for it in r["items"]:
        tok = it["alternatives"][0]["content"]
        if it["type"] == "punctuation":
            spk, prev = pieces[-1]
            pieces[-1] = (spk, prev + tok)
            continue
        t = float(it["start_time"])
        hit = [s for s in segs if s[0] <= t <= s[1]]
        assert len(hit) == 1, (it, hit)
        pieces.append((hit[0][2], tok))
    turns = merge(pieces)
    stats = write(NAME, COMMENT, turns)
    full = " ".join(t for _, t in turns)
    ref = r["transcripts"][0]["transcript"]
    print("rebuilt == transcript:", full == ref, len(WORD_RE.findall(full)), len(WORD_RE.findall(ref)))
    print(len(turns), sum(v[1] for v in stats.values()), stats)
    for k, (s, t) in enumerate(turns, 1):
        print(k, s, len(WORD_RE.findall(t)), t)
