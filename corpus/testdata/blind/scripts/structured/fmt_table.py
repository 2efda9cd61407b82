"""Delimited exports: parliament CSV, semicolon CSV, focus-group TSV, two-session CSV."""
import csv, io
from common import *


# ---------------------------------------------------------------- 7. parliament CSV
def parliament_csv(show):
    name = "parliament-export_name-body.csv"
    MEM = {
        "spk": ("Mr Speaker", "Mr Speaker", "", ""),
        "rag": ("Raghunathan", "Priya Raghunathan", "Labour", "Leeds North East"),
        "pry": ("Pryce-Jones", "Gareth Pryce-Jones", "Conservative", "Brecon, Radnor and Cwm Tawe"),
        "kow": ("Kowalczyk", "Tomasz Kowalczyk", "Conservative", "Stafford"),
        "mca": ("McAteer", "Siobhán McAteer", "Social Democratic and Labour Party", "Foyle"),
        "hon": ("Hon. Members", "Hon. Members", "", ""),
        "": (None, "", "", ""),
    }
    rows = [
        ("spk", "Order. We now come to the Opposition day motion on rural bus services. I call Priya Raghunathan to move the motion."),
        ("rag", "I beg to move,\nThat this House regrets the loss of over 1,200 rural bus routes since 2015; and calls on the Government to restore, in full, the bus service improvement fund."),
        ("rag", "Mr Speaker, in my own constituency the number 36 to Harrogate now runs twice a day. Twice. A constituent wrote to me last week, and I quote: \"I can get to the hospital, but I can't get home.\" That is the reality of the Government's so-called \"bus revolution\"."),
        ("pry", "Will the hon. Lady give way?"),
        ("rag", "I will give way, briefly."),
        ("pry", "She talks about restoring the fund, but can she tell the House how much that would cost, and where the money would come from?"),
        ("rag", "The hon. Gentleman knows perfectly well that the fund was £300 million, and that the Government found £1 billion for a tunnel that has not yet been dug."),
        ("hon", "Hear, hear."),
        ("rag", "Bus passengers are not asking for miracles. They are asking for a bus that turns up.\n\nI commend the motion to the House."),
        ("spk", "The question is as on the Order Paper. I call the Minister."),
        ("kow", "I congratulate the hon. Member for Leeds North East on securing the debate, although I do not agree with a word of the motion. Bus use outside London is at its highest level since 2019."),
        ("mca", "Will the Minister give way?"),
        ("kow", "Not at the moment."),
        ("kow", "We have capped single fares at £2, we have protected 130 routes that would otherwise have closed, and we are consulting on franchising powers for every combined authority."),
        ("mca", "I thank the Minister for finally giving way. Does he accept that in Northern Ireland, where none of these measures apply, rural routes have fallen by a quarter?"),
        ("kow", "Transport in Northern Ireland is a devolved matter, as the hon. Lady knows, but I am happy to meet her and the Infrastructure Minister."),
        ("", "Question put."),
        ("", "The House divided: Ayes 251, Noes 309."),
        ("spk", "The Noes have it, the Noes have it. Unlock."),
        ("", "Question accordingly negatived."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["id", "name", "party", "constituency", "date", "body"])
    for i, (k, body) in enumerate(rows, 1):
        _, nm, party, cons = MEM[k]
        w.writerow([f"hoc-2024-03-14a.{412 + i}.{i % 3}", nm, party, cons, "2024-03-14", body])
    with open(out_path(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    write_truth(name, [(MEM[k][0], t) for k, t in rows], [
        "Layout: parliament debate CSV export, columns id,name,party,constituency,date,body; CRLF rows; cells quoted where",
        "they hold commas, doubled quotes (\"\"bus revolution\"\") or line breaks (two bodies span several lines).",
        "Speakers: name -> surname: Raghunathan, Pryce-Jones, Kowalczyk, McAteer; 'Mr Speaker' (presiding officer, not",
        "named anywhere in the file) kept as written; 'Hon. Members' (the source puts it in the name column) kept as a",
        "pseudo-speaker.",
        "Not speech: id/party/constituency/date columns, the header row, and the rows with an empty name ('Question put.',",
        "the division result, 'Question accordingly negatived.'), which are procedural text.",
        "Speech includes the moved motion ('That this House regrets ...') and 'I beg to move,'.",
        "Doubtful: two consecutive Raghunathan rows are one turn (turn 2), as are two Kowalczyk rows (turn 12).",
        "'Hon. Members' 'Hear, hear.' is a turn of its own and splits Raghunathan's speech (turns 6 and 8).",
    ], show)


# ---------------------------------------------------------------- 8. semicolon CSV
def semicolon_csv(show):
    name = "semicolon_export.csv"
    C = {"Interviewer": "Interviewer", "Jürgen Hoffmann": "Hoffmann", "Élodie Marchand": "Marchand"}
    rows = [
        ("Interviewer", "Thanks for taking the time. Could you start by telling me how you get to work?"),
        ("Jürgen Hoffmann", "By bike, every day, about six kilometres each way. I've done it for eleven years."),
        ("Interviewer", "Even in winter?"),
        ("Jürgen Hoffmann", "Even in winter; the city clears the main bike routes before the roads, which still surprises visitors."),
        ("Élodie Marchand", "It surprised me. In Lyon it's the opposite."),
        ("Interviewer", "Élodie, you moved here in 2021, is that right?"),
        ("Élodie Marchand", "Yes, in September 2021. I didn't own a bike then."),
        ("Élodie Marchand", "Now I have two; one for commuting and one cargo bike for the children."),
        ("Interviewer", "What changed?"),
        ("Élodie Marchand", "Mostly the kindergarten. It's 2,5 kilometres away, and there's nowhere to park a car."),
        ("Jürgen Hoffmann", "That's typical. The city makes driving slightly inconvenient, on purpose."),
        ("Interviewer", "Do you think that's fair?"),
        ("Jürgen Hoffmann", "Mostly. People call it the \"war on cars\", but nobody I know has actually given up their car."),
        ("Élodie Marchand", "‹[laughs]› My husband would say it's a war."),
        ("Interviewer", "Let's talk about safety. Have either of you had an accident?"),
        ("Jürgen Hoffmann", "One, in 2016. A delivery van turned right across the bike lane. Nothing broken, luckily."),
        ("Élodie Marchand", "Not an accident, but near misses, yes; mostly at the Stühlinger bridge."),
        ("Interviewer", "Thank you both. That's all my questions."),
    ]
    tl = timeline(len(rows), 808, start=0.0, texts=[t for _, t in rows])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Speaker", "Text", "Start"])
    for (s, t), (a, _) in zip(rows, tl):
        w.writerow([s, raw(t), f"{a:.2f}".replace(".", ",")])
    with open(out_path(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    write_truth(name, [(C[s], t) for s, t in rows], [
        "Layout: European Excel export: UTF-8 with BOM, CRLF, ';' delimiter, header 'Speaker;Text;Start', times in seconds",
        "with a decimal comma ('12,48'); cells holding ';' or '\"' are quoted. One row's text contains '2,5' (a decimal",
        "comma inside speech: one word by the word rule).",
        "Speakers: 'Interviewer' (role, kept); 'Jürgen Hoffmann' -> Hoffmann; 'Élodie Marchand' -> Marchand.",
        "Not speech: the header row, the Start column, '[laughs]'.",
        "Doubtful: two consecutive Marchand rows are one turn (turn 7).",
    ], show)


# ---------------------------------------------------------------- 9. focus-group TSV
def focus_group_tsv(show):
    name = "focus-group_roles.tsv"
    rows = [
        ("Moderator", "moderator", "Welcome, everyone. We're here to talk about how plots in the community garden are allocated. Let's go round quickly. Aroha, would you start?"),
        ("Aroha", "participant", "Sure. I've had a plot for four years. The waiting list when I joined was about eighteen months."),
        ("Dmitri", "participant", "Mine was two years. I nearly gave up."),
        ("Nkechi", "participant", "I'm still on the list. Number fourteen, last time I checked."),
        ("Luis", "participant", "I share a plot with my neighbour, which is a kind of loophole, I suppose."),
        ("Moderator", "moderator", "Is sharing allowed officially?"),
        ("Luis", "participant", "Nobody has told us it isn't."),
        ("Aroha", "participant", "‹[crosstalk]›"),
        ("Moderator", "moderator", "One at a time, please. Dmitri?"),
        ("Dmitri", "participant", "It should be allowed. Half the plots are too big for one person anyway."),
        ("Aroha", "participant", "I disagree, a bit. If you split plots, the list gets shorter on paper but nobody gets more space."),
        ("Nkechi", "participant", "But I'd take half a plot tomorrow. Half is better than nothing."),
        ("Moderator", "moderator", "That's a good point. What about people who don't look after their plot?"),
        ("", "note", "‹[Dmitri leaves the room briefly]›"),
        ("Moderator", "moderator", "Should there be a rule, like three warnings and then you lose it?"),
        ("Luis", "participant", "Three warnings is generous. Two, maybe."),
        ("Aroha", "participant", "Life happens, though. My mother was ill last summer and my plot looked terrible for two months."),
        ("Nkechi", "participant", "Then you tell the committee, and they give you time. That's different from just disappearing."),
        ("Dmitri", "participant", "Sorry, what did I miss?"),
        ("Moderator", "moderator", "We're talking about neglected plots. Aroha and Nkechi think there should be an exception for illness."),
        ("Dmitri", "participant", "Definitely. But someone has to check."),
        ("Moderator", "moderator", "Thank you all. Let's take a short break there."),
    ]
    tl = timeline(len(rows), 909, start=5, rate=0.42, texts=[t for *_, t in rows])
    with open(out_path(name), "w", encoding="utf-8", newline="") as f:
        f.write("participant\trole\ttranscript\ttimestamp\n")
        for (p, r, t), (a, _) in zip(rows, tl):
            f.write(f"{p}\t{r}\t{raw(t)}\t{hms(a)}\n")
    write_truth(name, [(p or None, t) for p, r, t in rows], [
        "Layout: TSV, header participant, role, transcript, timestamp (HH:MM:SS), one row per contribution, LF line ends.",
        "Speakers: the participant column as written: 'Moderator' (role moderator) and the pseudonymised first names",
        "'Aroha', 'Dmitri', 'Nkechi', 'Luis' (role participant); no surnames are given, so the labels are kept.",
        "Not speech: the header, role and timestamp columns; Aroha's row '[crosstalk]' (no words: no turn); the row with",
        "empty participant and role 'note' ('[Dmitri leaves the room briefly]').",
        "Doubtful: the note row lies between two Moderator rows, which are therefore one turn (turn 12). Aroha's",
        "'[crosstalk]' row lies between Luis and the Moderator and changes nothing.",
    ], show)


# ---------------------------------------------------------------- 10. two sessions
def two_sessions(show):
    name = "two-sessions.csv"
    C = {"Facilitator": "Facilitator", "Kaveh Rostami": "Rostami", "Lieke de Vries": "de Vries", "Ama Owusu": "Owusu"}
    rows = [
        ("workshop-01", "Facilitator", "Good morning. Today's goal is to agree on the three features for the first release."),
        ("workshop-01", "Kaveh Rostami", "Can we start with offline mode? The field teams keep asking for it."),
        ("workshop-01", "Lieke de Vries", "Offline mode is big. It touches sync, storage and conflict handling."),
        ("workshop-01", "Kaveh Rostami", "I know, but without it the app is useless in half the villages."),
        ("workshop-01", "Facilitator", "Let's put it on the board as a candidate. Lieke, what's your first pick?"),
        ("workshop-01", "Lieke de Vries", "Photo upload with compression. It's small and it saves people data."),
        ("workshop-01", "Lieke de Vries", "And it's mostly done already, to be honest."),
        ("workshop-01", "Kaveh Rostami", "Fine by me. That's two."),
        ("workshop-01", "Facilitator", "Good. We'll pick the third after lunch. Please write your suggestions on the cards."),
        ("workshop-02", "Facilitator", "Welcome back. I've collected nine cards, and four of them say the same thing: a simpler login."),
        ("workshop-02", "Ama Owusu", "That was mine, and probably Kaveh's too. People forget their passwords constantly."),
        ("workshop-02", "Kaveh Rostami", "Guilty. A PIN would be enough for most users."),
        ("workshop-02", "Lieke de Vries", "A PIN is fine if the device is encrypted. We'd need to check the older phones."),
        ("workshop-02", "Ama Owusu", "I can test it on the six models we have in the office this week."),
        ("workshop-02", "Facilitator", "Great. So the three features are offline mode, photo upload, and PIN login. Any objections?"),
        ("workshop-02", "Lieke de Vries", "None from me."),
        ("workshop-02", "Kaveh Rostami", "None."),
        ("workshop-02", "Facilitator", "Then we're done. Thank you, everyone."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["session", "speaker_name", "utterance"])
    for r in rows:
        w.writerow(r)
    with open(out_path(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    segs = [(C[s], t, ses) for ses, s, t in rows]
    write_truth(name, segs, [
        "Layout: CSV with columns session,speaker_name,utterance holding TWO workshop sessions ('workshop-01' rows 1-9,",
        "'workshop-02' rows 10-18) in runs of rows. Turns are numbered continuously over the whole file, but counted",
        "within each session: a turn never spans the session boundary.",
        "Session 1 = turns 1-8, session 2 = turns 9-17.",
        "Speakers: 'Facilitator' (role, kept); 'Kaveh Rostami' -> Rostami; 'Lieke de Vries' -> de Vries (Dutch particle kept",
        "with the surname); 'Ama Owusu' -> Owusu (session 2 only).",
        "Not speech: header row, session column.",
        "Doubtful: the Facilitator speaks last in session 1 and first in session 2: two turns (8 and 9), not one.",
        "Two consecutive de Vries rows in session 1 are one turn (turn 6).",
    ], show)


def run(show):
    parliament_csv(show)
    semicolon_csv(show)
    focus_group_tsv(show)
    two_sessions(show)
