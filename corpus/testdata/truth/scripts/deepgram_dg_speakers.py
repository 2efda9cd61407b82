"""Truth for stt-json/deepgram_dg_speakers.json: one piece per results.utterances[] entry,
speaker 'Speaker <int>' from the utterance's `speaker`, speech = its `transcript`.
Consecutive utterances of one speaker are merged into one turn. Writes <name>.tsv (with the
comment block below, written by hand after reading the file) and <name>.speakers.tsv."""
import json, re, sys, os
from pieces import WORD_RE, merge, write

SRC = "/work/shared/corpora/stt-json/deepgram_dg_speakers.json"
NAME = "deepgram_dg_speakers.json"


COMMENT = """
File: deepgram_dg_speakers.json (Deepgram nova-2 result, 169.8 s, one channel; NASA all-female spacewalk
broadcast: ground/ISS radio loop and commentators)
How read: scripts/deepgram_dg_speakers.py, checked by reading. Speech = results.utterances[].transcript (22
utterances, already in time order); speaker = utterance `speaker` written 'Speaker N'. Consecutive utterances
of one speaker are one turn (22 utterances -> 8 turns). results.channels[0].alternatives[0] (the whole-file
transcript, paragraphs) is a second copy of the same words and is not read again; metadata is not speech.
Check: the utterances' transcripts joined = the channel transcript; 226 words both ways (= 226 word items).
Totals: 8 turns, 226 words; Speaker 0: 2 turns 46 words, Speaker 1: 4 turns 123, Speaker 2: 2 turns 57.
Doubtful decisions / oddities:
- The diarisation is rough and is kept as labelled. Three utterances hold words whose own words[].speaker
  differs from the utterance speaker: 'Final steps ... space walk.' (2) + 'Copy. Check display switch
  functional.' (words say 1); '... on your own.' (2) + 'Absolutely.' (words say 1); 'Andrew Morgan there
  wishing the crew luck.' (words say 2) + 'We need it in pouch ...' (1). The utterance speaker is used for
  the whole utterance (per the brief). If word-level speakers were used instead, turns would split further.
- Utterances split mid-sentence across speakers: Speaker 1 'And I can' | Speaker 0 'report it's opened and
  stowed.' (turns 2-3); kept as labelled: the speaker change ends the turn.
- Pauses between utterances of one speaker do not end a turn: e.g. turn 4 joins 'Thank you, Drew. ...',
  'Jessica,', 'on your DCMs,' and 'Take your power switches to bat. ...' (four utterances, 28.9-44.0 s).
- No bracketed or non-speech tokens occur; 'o f f' (spelled out) counts 3 words; '38 AM CST' 3 words.
"""

if __name__ == "__main__":
    d = json.load(open(SRC))
    pieces = [(f"Speaker {u['speaker']}", u["transcript"]) for u in d["results"]["utterances"]]
    turns = merge(pieces)
    stats = write(NAME, COMMENT, turns)
    print(len(turns), sum(v[1] for v in stats.values()), stats)
    for k, (s, t) in enumerate(turns, 1):
        print(k, s, len(WORD_RE.findall(t)), t)
