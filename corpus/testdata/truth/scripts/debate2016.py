import sys, os, re, csv
sys.path.insert(0, os.path.dirname(__file__))
from truthlib import write, merge, words
NAME = "debate.csv"
rows = list(csv.DictReader(open("/work/shared/corpora/debates-2016-csv/" + NAME, encoding="utf-8", newline="")))
INS = re.compile(r"\((?:CROSSTALK|APPLAUSE|LAUGHTER|ph|inaudible)\)")


def clean(t):
    t = INS.sub(" ", t)
    t = re.sub(r"\s*\(\s*$", " ", t)          # stray trailing '(' (5 rows)
    t = re.sub(r"\bTRUMP:\s*$", " ", t)       # leaked speaker label at the end of 2 rows (9/26/16 lines 144, 347)
    return t


dates = []
for r in rows:
    if r["Date"] not in dates:
        dates.append(r["Date"])
all_turns, per_date, ALT = [], {}, {}
for d in dates:
    rs = [r for r in rows if r["Date"] == d]
    pieces = [(r["Speaker"], clean(r["Text"])) for r in rs]
    turns = merge(pieces)                 # rows with no speech words (Audience/CANDIDATES insertions) dropped first
    all_turns += turns
    # alternative: literal 'consecutive rows of one Speaker' with pseudo-speaker rows kept as separators
    prev = None
    for r in rs:
        if r["Speaker"] != prev and words(clean(r["Text"])):
            ALT[r["Speaker"]] = ALT.get(r["Speaker"], 0) + 1
        prev = r["Speaker"]
    per_date[d] = {}
    for s, t in turns:
        x = per_date[d].setdefault(s, [0, 0]); x[0] += 1; x[1] += len(words(t))
bd = []
altline = "  literal-reading turns: " + ", ".join(f"{k} {v}" for k, v in sorted(ALT.items(), key=lambda kv: -kv[1]))
for d in dates:
    bd.append(f"  {d}: " + ", ".join(f"{s} {t}/{w}" for s, (t, w) in sorted(per_date[d].items(), key=lambda kv: -kv[1][1])))
HDR = [f"File: {NAME} (2016 US presidential and VP debates, Kaggle CSV 'Line,Speaker,Text,Date', {len(rows)} rows)",
 "How read: scripts/debate2016.py, checked by reading all pseudo-speaker rows and all bracketed/parenthesised",
 "insertions. The per-speaker file is the required truth; the turn list below is given too (turns never merge",
 "across dates; dates in file order: " + ", ".join(dates) + ").",
 "Speaker = the Speaker column (already surnames: Holt, Clinton, Trump, Quijano, Pence, Kaine, Cooper, Raddatz,",
 "Wallace; 'QUESTION' = town-hall questioners of 10/9/16, kept as one label as written).",
 "Not speech: '(CROSSTALK)', '(APPLAUSE)', '(LAUGHTER)', '(ph)', '(inaudible)'; a stray trailing '(' in 5 rows.",
 "Every 'Audience' row (APPLAUSE/LAUGHTER) and every 'CANDIDATES' row ((CROSSTALK)) holds only an insertion:",
 "no speech, so 'Audience' and 'CANDIDATES' are not speakers, and such a row does not end the surrounding",
 "speaker's turn (e.g. Trump, CANDIDATES (CROSSTALK), Trump = one Trump turn).",
 "Doubtful decisions:",
 "- 9/26/16 line 144 (Clinton) ends 'private e- mail. TRUMP:' and line 347 (Holt) ends '... the will of the",
 "  voters? TRUMP:': a leaked speaker label with no text after it; removed, no Trump turn is created there",
 "  (Clinton lines 144-145 stay one turn; line 348 is Trump's turn anyway).",
 "- 'e- mail' counts as 2 words (as written).",
 "- If pseudo-speaker rows DID end turns (literal reading of 'consecutive rows'), turn counts would be higher;",
 "  words are unaffected:", altline,
 "Per date, speaker turns/words:"] + bd
stats = write(NAME, HDR, all_turns)
for s, (t, w) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(s, t, w)
print(len(all_turns)); print("\n".join(bd))
