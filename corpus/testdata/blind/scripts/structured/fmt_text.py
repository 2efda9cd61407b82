"""'Name: text' scripts in legacy encodings: Windows-1252 and UTF-16 LE with BOM."""
from common import *


def script(name, lines, encoding, comments, show, bom=b""):
    """lines: (speaker canonical or None, label or None, marked text). Rendered 'Label: text' (CRLF)."""
    out, segs = [], []
    for canon, label, t in lines:
        out.append((label + ": " if label else "") + raw(t))
        segs.append((canon, t))
    data = "\r\n".join(out) + "\r\n"
    with open(out_path(name), "wb") as f:
        f.write(bom + data.encode(encoding))
    write_truth(name, segs, comments, show)


def cp1252(show):
    O, I, S, T = ("Ødegård", "Søren Ødegård"), ("Ibáñez", "Ainhoa Ibáñez"), ("Šarac", "Željka Šarac"), ("Þórsdóttir", "Margrét Þórsdóttir")
    L = [
        (None, None, "Harbour Users’ Group – informal session – 14.02.2024"),
        (None, None, "Present: Søren Ødegård (chair), Ainhoa Ibáñez, Željka Šarac, Margrét Þórsdóttir"),
        (None, None, ""),
        (*O, "Right, let’s begin. The only item tonight is the new mooring fees."),
        (*I, "Before we start, can I say that nobody received the paper until this morning?"),
        (*O, "That’s fair, and I apologise. The harbour office sent it late."),
        (*S, "I read it on the bus. The fee for boats under eight metres goes up by 40 per cent. That’s not a “small adjustment”, as the letter says."),
        (*T, "It’s worse for the fishing boats. They pay by length and by days in port."),
        (*O, "Does anyone know how the harbour office arrived at the figure?"),
        (*I, "They compared us with three other harbours… all of them bigger, all of them with fuel and showers."),
        (*S, "We don’t even have working lights on the east pontoon."),
        (None, None, "‹(laughter)›"),
        (*S, "I’m serious, though. Someone will fall in one night."),
        (*O, "Fair point. I suggest we write to the office and ask for the comparison in full."),
        (*T, "I’ll draft the letter, if Ainhoa helps with the numbers."),
        (*I, "Happy to."),
        (*O, "Good. Then we meet again on the 28th. Thank you all."),
        (None, None, ""),
        (None, None, "– end of recording –"),
    ]
    L = [(c, lab, t) if c is None else (c, lab, t) for c, lab, t in L]
    L = [(c, lab, t if c else ("‹" + t + "›" if t else "")) for c, lab, t in L]
    script("script_cp1252.txt", L, "cp1252", [
        "Layout: plain-text 'Full Name: text' script, one line per contribution, CRLF, encoded Windows-1252 (single bytes:",
        "curly quotes 0x93/0x94, apostrophe 0x92, en dash 0x96, ellipsis 0x85, Ø/ø/å/á/ñ/Ž/Š/Þ/ó as cp1252 bytes).",
        "Speakers: 'Søren Ødegård' -> Ødegård, 'Ainhoa Ibáñez' -> Ibáñez, 'Željka Šarac' -> Šarac, 'Margrét Þórsdóttir' ->",
        "Þórsdóttir (Icelandic patronymic, used as the surname).",
        "Not speech: the title line, the 'Present:' roster line (not a speaker label), '(laughter)' on its own line, the",
        "'– end of recording –' line.",
        "Doubtful: '(laughter)' lies between two Šarac lines, which are one turn (turn 8). The apostrophe 0x92 (’) keeps",
        "'That’s' one word.",
    ], show)


def utf16(show):
    I, K, W = ("Interviewer", "Interviewer"), ("Коваленко", "Олена Коваленко"), ("Wójcik", "Rafał Wójcik")
    L = [
        (None, None, "‹Riverside Community Radio — “Bookshelf”, episode 41›"),
        (None, None, "‹Recorded: 3 April 2024, studio B›"),
        (None, None, ""),
        (*I, "Welcome to the programme. Olena, Rafał, thank you for coming in."),
        (*K, "Thank you for having us."),
        (*W, "It’s a pleasure."),
        (*I, "You run a library with no building. How does that work?"),
        (*K, "We have about three thousand books in Ukrainian and Polish, and they live in people’s homes. Volunteers keep a shelf each, and readers order online."),
        (*W, "Then someone cycles over with the book. Usually me, on a Sunday."),
        (*I, "Who are the readers?"),
        (*K, "Mostly children. Parents want them to keep reading in the family language, and the school library has nothing."),
        (*W, "And grandparents. Some of them read a book a week, ‹[inaudible]› faster than we can deliver."),
        (*I, "What do you need most?"),
        (*K, "Picture books for small children. They wear out fastest."),
        (*W, "And volunteers with cargo bikes."),
        (*K, "Yes. Rafał’s knees are not getting younger."),
        (None, None, "‹[laughter]›"),
        (*I, "Olena Kovalenko and Rafał Wójcik, thank you. You can find the library at shelfshare.example.org."),
    ]
    script("script_utf16.txt", L, "utf-16-le", [
        "Layout: plain-text 'Name: text' script saved as 'Unicode' by Notepad: UTF-16 LE with BOM (FF FE), CRLF.",
        "Speakers: 'Interviewer' (role, kept); 'Олена Коваленко' (Cyrillic label) -> Коваленко, kept in the script the",
        "label is written in; 'Rafał Wójcik' -> Wójcik.",
        "Not speech: the programme title line, the 'Recorded: ...' line (metadata, not a speaker label), '[inaudible]',",
        "the '[laughter]' line.",
        "Doubtful: the interviewer calls her 'Olena Kovalenko' in Latin script; the speaker stays 'Коваленко' as labelled.",
        "'shelfshare.example.org' is one word by the word rule.",
    ], show, bom=b"\xff\xfe")


def run(show):
    cp1252(show)
    utf16(show)
