#!/usr/bin/env python3
"""Generate the structured-format blind files and their truth.

Each transcript is written ONCE as data (speaker, text, notes) in fmt_*.py; the same data
renders the file in its format (JSON, JSONL, CSV/TSV, EAF, TextGrid, TRS, Hansard XML,
Akoma Ntoso, DOCX, legacy-encoded text) and the truth (<file>.tsv, <file>.speakers.tsv).
Inline non-speech inside a text is marked ‹...› (kept in the file, dropped from the truth).
Speech of one speaker separated only by non-speech is one turn (../../../truth/GUIDELINES.md);
a session column (two-sessions.csv) ends turns. Times are synthetic and deterministic.
Usage: python3 gen_structured.py [--show]
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fmt_json, fmt_table, fmt_xml, fmt_docx, fmt_text
from common import REGISTRY

if __name__ == "__main__":
    show = "--show" in sys.argv
    for m in (fmt_json, fmt_table, fmt_xml, fmt_docx, fmt_text):
        m.run(show)
    print(f"{len(REGISTRY)} files")
