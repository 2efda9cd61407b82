"""Truth for stt-json/assemblyai_utterances.json: one piece per utterances[] entry, speaker
'Speaker <letter>', speech = its `text`; consecutive pieces of one speaker merged. Writes <name>.tsv
(with the comment block below, written by hand after reading the file) and <name>.speakers.tsv."""
import json, re, sys, os
from pieces import WORD_RE, merge, write

SRC = "/work/shared/corpora/stt-json/assemblyai_utterances.json"
NAME = "assemblyai_utterances.json"


COMMENT = """
File: assemblyai_utterances.json (AssemblyAI result, audio_duration 25 s, speaker_labels true; one speaker
talking about the first all-female spacewalk)
How read: scripts/assemblyai_utterances.py, checked by reading. Speech = utterances[].text; there is ONE
utterance (speaker 'A', 170-25140 ms) -> one turn of 'Speaker A'. The top-level `text` and `words[]` (60 word
items, all speaker A) are a second copy of the same words and are not read again; the other keys (ids, model
names, audio_url, flags) are metadata, not speech.
Check: top-level text == utterances[0].text; 60 words by the word rule = 60 word items.
Totals: 1 turn, 60 words; Speaker A: 1 turn, 60 words.
Doubtful decisions: none ('Yeah.' opening the utterance is speech; "it's", "didn't" count 1 each).
"""

if __name__ == "__main__":
    d = json.load(open(SRC))
    pieces = [(f"Speaker {u['speaker']}", u["text"]) for u in d["utterances"]]
    turns = merge(pieces)
    stats = write(NAME, COMMENT, turns)
    print(len(turns), sum(v[1] for v in stats.values()), stats)
    for k, (s, t) in enumerate(turns, 1):
        print(k, s, len(WORD_RE.findall(t)), t)
