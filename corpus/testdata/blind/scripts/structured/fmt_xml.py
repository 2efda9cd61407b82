"""ELAN .eaf, Praat .TextGrid, Transcriber .trs, Australian Hansard XML, Akoma Ntoso debate."""
import random
from common import *


# ---------------------------------------------------------------- 11. ELAN
def elan(show):
    name = "elan_translation-tier.eaf"
    P = {"ND": ("Dlamini", "Nomvula Dlamini"), "TV": ("Virtanen", "Tuomas Virtanen")}
    # (tier, text, Spanish free translation, comment on the comments tier or None)
    data = [
        ("TV", "So, your first winter here. How is it going?", "Entonces, tu primer invierno aquí. ¿Qué tal te va?", None),
        ("ND", "Honestly, it's the darkness more than the cold. At home in Durban the sun sets at six all year.",
         "Sinceramente, es más la oscuridad que el frío. En casa, en Durban, el sol se pone a las seis todo el año.", None),
        ("ND", "Here it's dark by three in December.", "Aquí en diciembre ya es de noche a las tres.", None),
        ("TV", "Three is generous. Up north in Inari it doesn't rise at all for a few weeks.",
         "Las tres es generoso. Más al norte, en Inari, no sale en absoluto durante unas semanas.", "laughter (both)"),
        ("ND", "I can't imagine that. What do people do?", "No me lo puedo imaginar. ¿Qué hace la gente?", None),
        ("TV", "Sauna, mostly. And we go skiing with head torches.", "Sauna, sobre todo. Y vamos a esquiar con linternas frontales.", None),
        ("ND", "With head torches? That sounds dangerous.", "¿Con linternas frontales? Suena peligroso.", "phone vibrates on the table"),
        ("TV", "It's fine on the lit tracks. The city keeps them lit until ten.",
         "En las pistas iluminadas no pasa nada. La ciudad las mantiene iluminadas hasta las diez.", None),
        ("TV", "Some people ski to work.", "Hay gente que va al trabajo esquiando.", None),
        ("ND", "Maybe I'll try it. I've never been on skis.", "Quizá lo pruebe. Nunca me he puesto unos esquís.", None),
        ("TV", "I'll lend you my old ones. They're too short for me now anyway.",
         "Te presto los míos viejos. De todas formas ya me quedan cortos.", None),
        ("ND", "Deal. And in exchange I'll teach you to cook bunny chow.", "Trato hecho. Y a cambio te enseño a cocinar bunny chow.",
         "'bunny chow': Durban dish, spelling checked"),
        ("TV", "I don't know what that is, but yes.", "No sé qué es, pero sí.", None),
        ("ND", "It's bread with curry inside. You'll love it.", "Es pan con curry dentro. Te va a encantar.", None),
        ("TV", "Then it's a deal. Saturday?", "Entonces, trato hecho. ¿El sábado?", "recording ends shortly after"),
    ]
    tl = timeline(len(data), 1111, start=0.6, rate=0.36, texts=[d[1] for d in data])
    slots = {}
    def slot(ms):
        slots.setdefault(ms, None)
        return ms
    ann = {"ND": [], "TV": []}
    trs = {"ND": [], "TV": []}
    com = []
    aid = 0
    for (tier, text, es, c), (s, e) in zip(data, tl):
        a, b = slot(int(s * 1000)), slot(int(e * 1000))
        aid += 1
        pid = f"a{aid}"
        ann[tier].append((pid, a, b, text))
        aid += 1
        trs[tier].append((f"a{aid}", pid, es))
        if c:
            aid += 1
            ca, cb = slot(int(s * 1000) + 150), slot(int(e * 1000) - 100)
            com.append((f"a{aid}", ca, cb, c))
    order = sorted(slots)
    sid = {ms: f"ts{i}" for i, ms in enumerate(order, 1)}
    L = []
    L.append('<?xml version="1.0" encoding="UTF-8"?>')
    L.append('<ANNOTATION_DOCUMENT AUTHOR="" DATE="2024-11-05T14:22:31+02:00" FORMAT="3.0" VERSION="3.0" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.mpi.nl/tools/elan/EAFv3.0.xsd">')
    L.append('    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">')
    L.append('        <MEDIA_DESCRIPTOR MEDIA_URL="file:///C:/Users/kbotha/Recordings/winter_conv_03.wav" MIME_TYPE="audio/x-wav" RELATIVE_MEDIA_URL="./winter_conv_03.wav"/>')
    L.append('        <PROPERTY NAME="URN">urn:nl-mpi-tools-elan-eaf:7c2d9a4e-31b8-4f0a-9d6e-5b1c0e8f2a77</PROPERTY>')
    L.append(f'        <PROPERTY NAME="lastUsedAnnotationId">{aid}</PROPERTY>')
    L.append('    </HEADER>')
    L.append('    <TIME_ORDER>')
    for ms in order:
        L.append(f'        <TIME_SLOT TIME_SLOT_ID="{sid[ms]}" TIME_VALUE="{ms}"/>')
    L.append('    </TIME_ORDER>')
    for tier in ("ND", "TV"):
        L.append(f'    <TIER LINGUISTIC_TYPE_REF="utterance" PARTICIPANT="{P[tier][1]}" ANNOTATOR="KB" TIER_ID="{tier}-transcription">')
        for pid, a, b, text in ann[tier]:
            L.append('        <ANNOTATION>')
            L.append(f'            <ALIGNABLE_ANNOTATION ANNOTATION_ID="{pid}" TIME_SLOT_REF1="{sid[a]}" TIME_SLOT_REF2="{sid[b]}">')
            L.append(f'                <ANNOTATION_VALUE>{esc(raw(text))}</ANNOTATION_VALUE>')
            L.append('            </ALIGNABLE_ANNOTATION>')
            L.append('        </ANNOTATION>')
        L.append('    </TIER>')
        L.append(f'    <TIER LINGUISTIC_TYPE_REF="translation" PARENT_REF="{tier}-transcription" PARTICIPANT="{P[tier][1]}" ANNOTATOR="LM" TIER_ID="{tier}-translation-es">')
        for rid, pid, es in trs[tier]:
            L.append('        <ANNOTATION>')
            L.append(f'            <REF_ANNOTATION ANNOTATION_ID="{rid}" ANNOTATION_REF="{pid}">')
            L.append(f'                <ANNOTATION_VALUE>{esc(es)}</ANNOTATION_VALUE>')
            L.append('            </REF_ANNOTATION>')
            L.append('        </ANNOTATION>')
        L.append('    </TIER>')
    L.append('    <TIER LINGUISTIC_TYPE_REF="comment" ANNOTATOR="KB" TIER_ID="comments">')
    for cid, a, b, c in com:
        L.append('        <ANNOTATION>')
        L.append(f'            <ALIGNABLE_ANNOTATION ANNOTATION_ID="{cid}" TIME_SLOT_REF1="{sid[a]}" TIME_SLOT_REF2="{sid[b]}">')
        L.append(f'                <ANNOTATION_VALUE>{esc(c)}</ANNOTATION_VALUE>')
        L.append('            </ALIGNABLE_ANNOTATION>')
        L.append('        </ANNOTATION>')
    L.append('    </TIER>')
    L.append('    <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="utterance" TIME_ALIGNABLE="true"/>')
    L.append('    <LINGUISTIC_TYPE CONSTRAINTS="Symbolic_Association" GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="translation" TIME_ALIGNABLE="false"/>')
    L.append('    <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="comment" TIME_ALIGNABLE="true"/>')
    L.append('    <LANGUAGE LANG_DEF="http://cdb.iso.org/lg/CDB-00138502-001" LANG_ID="eng" LANG_LABEL="English (eng)"/>')
    L.append('    <LANGUAGE LANG_DEF="http://cdb.iso.org/lg/CDB-00138580-001" LANG_ID="spa" LANG_LABEL="Spanish (spa)"/>')
    L.append('    <CONSTRAINT DESCRIPTION="Time subdivision of parent annotation\'s time interval, no time gaps allowed within this interval" STEREOTYPE="Time_Subdivision"/>')
    L.append('    <CONSTRAINT DESCRIPTION="Symbolic subdivision of a parent annotation. Annotations refering to the same parent are ordered" STEREOTYPE="Symbolic_Subdivision"/>')
    L.append('    <CONSTRAINT DESCRIPTION="1-1 association with a parent annotation" STEREOTYPE="Symbolic_Association"/>')
    L.append('    <CONSTRAINT DESCRIPTION="Time alignable annotations within the parent annotation\'s time interval, gaps are allowed" STEREOTYPE="Included_In"/>')
    L.append('</ANNOTATION_DOCUMENT>')
    with open(out_path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    write_truth(name, [(P[t][0], x) for t, x, _, _ in data], [
        "Layout: ELAN EAF 3.0: HEADER (media descriptor, URN, lastUsedAnnotationId), TIME_ORDER in milliseconds, per",
        "speaker a time-aligned transcription tier (TIER_ID 'ND-transcription' / 'TV-transcription', PARTICIPANT set)",
        "with a dependent Spanish translation tier of REF_ANNOTATIONs (type 'translation', Symbolic_Association), and a",
        "time-aligned 'comments' tier with no PARTICIPANT. Tiers are written one after the other; turns follow time order.",
        "Speakers: PARTICIPANT 'Nomvula Dlamini' -> Dlamini; 'Tuomas Virtanen' -> Virtanen.",
        "Speech: the transcription tiers only. Not speech: the translation tiers (a translator's rendering, not what was",
        "said), the comments tier ('laughter (both)', 'phone vibrates ...'), tier ids, time slots, header.",
        "Doubtful: consecutive annotations of one participant are one turn (turn 2 = two annotations, turn 7 = two).",
        "No annotations overlap in time.",
    ], show)


# ---------------------------------------------------------------- 12. Praat TextGrid
def num(x):
    s = ("%.6f" % x).rstrip("0").rstrip(".")
    return s or "0"


def praat(show):
    name = "praat_two-speakers.TextGrid"
    P = {"FH": ("Haddad", "Farida Haddad"), "OL": ("Lindgren", "Oskar Lindgren")}
    data = [
        ("FH", "Did you get the list of speakers for Thursday?"),
        ("OL", "I did. We have five confirmed and one maybe."),
        ("FH", "Who's the maybe?"),
        ("OL", "Professor Mbeki. She said she'd \"try her best\", which usually means no."),
        ("FH", "‹(laughs)› Okay. Then let's plan for five."),
        ("OL", "Five speakers at twenty minutes each is a hundred minutes, plus questions."),
        ("FH", "That's too long for one session. Can we split it?"),
        ("OL", "We could move two of them to Friday morning."),
        ("OL", "Friday morning is still empty, actually."),
        ("FH", "Perfect. Can you email them today?"),
        ("OL", "I'll do it after lunch."),
        ("FH", "And the room? Last year the projector kept failing."),
        ("OL", "It's a different room this year. Room 4.12, the one with the new screen."),
        ("FH", "Good. Thanks, Oskar."),
    ]
    tl = timeline(len(data), 1212, start=0.52, rate=0.35, texts=[t for _, t in data])
    xmax = round(tl[-1][1] + 0.87, 3)
    events = [(round((tl[4][0] + tl[4][1]) / 2, 3), "door"), (round(tl[10][1] + 0.05, 3), "phone rings")]
    def tier_intervals(key):
        iv, t = [], 0.0
        for (k, text), (s, e) in zip(data, tl):
            if k != key:
                continue
            if s > t:
                iv.append((t, s, ""))
            iv.append((s, e, raw(text)))
            t = e
        if t < xmax:
            iv.append((t, xmax, ""))
        return iv
    L = ['File type = "ooTextFile"', 'Object class = "TextGrid"', "", "xmin = 0 ", f"xmax = {num(xmax)} ",
         "tiers? <exists> ", "size = 3 ", "item []: "]
    for i, key in enumerate(("FH", "OL"), 1):
        iv = tier_intervals(key)
        L += [f"    item [{i}]:", '        class = "IntervalTier" ', f'        name = "{P[key][1]}" ', "        xmin = 0 ",
              f"        xmax = {num(xmax)} ", f"        intervals: size = {len(iv)} "]
        for j, (a, b, t) in enumerate(iv, 1):
            L += [f"        intervals [{j}]:", f"            xmin = {num(a)} ", f"            xmax = {num(b)} ",
                  '            text = "' + t.replace('"', '""') + '" ']
    L += ["    item [3]:", '        class = "TextTier" ', '        name = "events" ', "        xmin = 0 ",
          f"        xmax = {num(xmax)} ", f"        points: size = {len(events)} "]
    for j, (t, m) in enumerate(events, 1):
        L += [f"        points [{j}]:", f"            number = {num(t)} ", f'            mark = "{m}" ']
    with open(out_path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    write_truth(name, [(P[k][0], t) for k, t in data], [
        "Layout: Praat TextGrid, long text format (ooTextFile), UTF-8: two IntervalTiers named by speaker, each covering",
        "the whole file with empty intervals (text = \"\") where the speaker is silent, and a TextTier 'events' with two",
        "points ('door', 'phone rings'). A quote inside a text is doubled (\"\"try her best\"\"), as Praat writes it.",
        "Turns follow time order across the two tiers.",
        "Speakers: tier names 'Farida Haddad' -> Haddad, 'Oskar Lindgren' -> Lindgren.",
        "Not speech: empty intervals, xmin/xmax, the point tier, the header, '(laughs)' at the start of one interval.",
        "Doubtful: Lindgren's two intervals 8 and 9 are separated only by an empty interval: one turn (turn 8).",
        "'Room 4.12' counts 4.12 as one word.",
    ], show)


# ---------------------------------------------------------------- 13. Transcriber
def transcriber(show):
    name = "transcriber_overlap.trs"
    SPK = {"spk1": ("Dubois", "Hélène Dubois", "female"), "spk2": ("Diallo", "Amara Diallo", "female"),
           "spk3": ("Kjær", "Søren Kjær", "male")}
    # sections: (type, [turns]); turn: (speaker attr or None, mode, items)
    # items: text strings (speech of the turn's speaker or of the current Who), ("sync",), ("ev", desc, type),
    #        ("who", nb), ("com", desc)
    sections = [
        ("report", [
            (None, None, [("sync",), ("ev", "music", "noise")]),
            ("spk1", "planned", [("sync",), "Good evening and welcome to Sound Local. Tonight we're at the rehearsal of the Eastside Community Orchestra, which has just turned ten.",
                                 ("sync",), "With me are its conductor, Amara Diallo, and one of its founding members, the cellist Søren Kjær."]),
            ("spk2", "spontaneous", [("sync",), "Thank you, Hélène. Ten years, I can hardly believe it."]),
            ("spk1", "spontaneous", [("sync",), "How did it start?"]),
            ("spk2", "spontaneous", [("sync",), "With an advert in the library. We wanted twelve players and forty people turned up,",
                                     ("sync",), "with instruments they hadn't touched since school."]),
            ("spk3", "spontaneous", [("sync",), "I was one of them. My cello had been in the attic for twenty years.",
                                     ("ev", "laughter", "noise"), "The strings were older than my daughter."]),
            ("spk1", "spontaneous", [("sync",), "And you've been there ever since?"]),
            ("spk3", "spontaneous", [("sync",), "Every Tuesday, except the year of the flood, when we rehearsed in a car park."]),
            ("spk2", "spontaneous", [("sync",), "That was a very cold spring."]),
            ("spk2", "spontaneous", [("sync",), ("ev", "traffic", "noise"), "But it kept us together, I think. People came even when the rehearsal room was gone."]),
            ("spk1 spk2", "spontaneous", [("sync",), ("who", 1), "And now there's a tour, I hear?", ("who", 2), "Yes, to Dakar, in May."]),
            ("spk3", "spontaneous", [("sync",), "Twenty-six of us are going. We've been raising money since January."]),
            ("spk1", "spontaneous", [("sync",), "What will you play?"]),
            ("spk2", "spontaneous", [("sync",), "A piece written for us by a Senegalese composer, Mariama Ndour, for kora and orchestra.",
                                     ("com", "composer's name: spelling to check")]),
        ]),
        ("nontrans", [
            (None, None, [("sync",)]),
        ]),
        ("report", [
            ("spk1", "planned", [("sync",), "You're listening to Sound Local. Before the break, Amara was telling us about the tour."]),
            ("spk3", "spontaneous", [("sync",), "Can I add something?"]),
            ("spk1", "spontaneous", [("sync",), "Of course."]),
            ("spk3", "spontaneous", [("sync",), "We still need a second bassoon. If anyone listening plays, please come on Tuesday."]),
            ("spk1", "planned", [("sync",), "You heard it here. Amara Diallo, Søren Kjær, thank you both."]),
            ("spk2", "spontaneous", [("sync",), "Thank you."]),
            ("spk3", "spontaneous", [("sync",), "Thanks, Hélène.", ("ev", "music", "noise")]),
        ]),
    ]
    rng = random.Random(1313)
    t = 0.0
    segs = []
    body = []
    for stype, turns in sections:
        sec_start = t
        sec_lines = []
        for spkattr, mode, items in turns:
            tstart = t
            lines = []
            cur = spkattr.split()[0] if spkattr else None
            for it in items:
                if isinstance(it, str):
                    lines.append(esc(it))
                    segs.append((SPK[cur][0] if cur else None, it))
                    t += len(it.split()) * 0.34 * rng.uniform(0.9, 1.15)
                elif it[0] == "sync":
                    lines.append(f'<Sync time="{num(round(t, 3))}"/>')
                    if spkattr is None:
                        t += rng.uniform(2.0, 9.0) if stype == "report" else 64.2
                elif it[0] == "ev":
                    lines.append(f'<Event desc="{it[1]}" type="{it[2]}" extent="instantaneous"/>')
                    t += 0.8
                elif it[0] == "who":
                    lines.append(f'<Who nb="{it[1]}"/>')
                    cur = spkattr.split()[it[1] - 1]
                elif it[0] == "com":
                    lines.append(f'<Comment desc="{attr(it[1])}"/>')
            t += rng.uniform(0.1, 0.6)
            a = f' speaker="{spkattr}"' if spkattr else ""
            m = f' mode="{mode}" fidelity="high" channel="studio"' if mode else ""
            sec_lines.append(f'<Turn{a}{m} startTime="{num(round(tstart, 3))}" endTime="{num(round(t, 3))}">')
            sec_lines += lines
            sec_lines.append("</Turn>")
        body.append(f'<Section type="{stype}"' + (' topic="to1"' if stype == 'report' else '') + f' startTime="{num(round(sec_start, 3))}" endTime="{num(round(t, 3))}">')
        body += sec_lines
        body.append("</Section>")
    L = ['<?xml version="1.0" encoding="ISO-8859-1"?>', '<!DOCTYPE Trans SYSTEM "trans-14.dtd">',
         f'<Trans scribe="mbaptiste" audio_filename="soundlocal_2024-05-02" version="7" version_date="240506" xml:lang="en">',
         "<Speakers>"]
    for k, (_, nm, ty) in SPK.items():
        L.append(f'<Speaker id="{k}" name="{attr(nm)}" check="no" type="{ty}" dialect="native" accent="" scope="local"/>')
    L += ["</Speakers>", '<Topics>', '<Topic id="to1" desc="community orchestra"/>', "</Topics>",
          f'<Episode program="Sound Local" air_date="2024-05-02">'] + body + ["</Episode>", "</Trans>"]
    with open(out_path(name), "w", encoding="iso-8859-1", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    write_truth(name, segs, [
        "Layout: Transcriber .trs (XML, ISO-8859-1, DOCTYPE trans-14.dtd): <Speakers> list, <Episode> with three",
        "<Section>s (report, nontrans ad break, report), <Turn speaker=... startTime endTime mode fidelity channel>, text",
        "lines after <Sync time=.../>, <Event desc=\"laughter\"/\"music\"/\"traffic\"/>, a <Comment desc=.../>, turns",
        "without a speaker attribute (music jingle, the nontrans section), and one overlapped turn",
        "speaker=\"spk1 spk2\" split by <Who nb=\"1\"/> / <Who nb=\"2\"/>.",
        "Speakers: Speaker ids resolve through <Speakers>: spk1 'Hélène Dubois' -> Dubois, spk2 'Amara Diallo' -> Diallo,",
        "spk3 'Søren Kjær' -> Kjær.",
        "Not speech: Sync/Event/Comment elements, attributes, the speakerless turns, section boundaries.",
        "Overlap: the Who nb=\"1\" text is Dubois's, the Who nb=\"2\" text is Diallo's; taken in document order as two turns",
        "(turns 9 and 10).",
        "Doubtful: two consecutive <Turn speaker=\"spk2\"> elements (split at a new Sync) are one turn (turn 8). The ad-break",
        "section lies between Diallo and Dubois and changes nothing. A reader that gives the overlapped turn to one",
        "speaker (or to 'spk1 spk2') will differ at turns 9-10.",
    ], show)


# ---------------------------------------------------------------- 14. Australian Hansard XML
def hansard_au(show):
    name = "hansard-au_interjections.xml"
    M = {
        "spk": ("Buonaccorsi", "SPEAKER, The", "The SPEAKER", "10000", "N/A", "N/A", "N/A"),
        "nai": ("Naidoo", "Naidoo, Kavitha MP", "Ms NAIDOO", "K7Q", "ALP", "Moreton", "Minister for Housing"),
        "oco": ("O'Connell", "O'Connell, Declan MP", "Mr O'CONNELL", "M3D", "LP", "Flinders", ""),
        "qur": ("Qureshi", "Qureshi, Mehreen MP", "Dr QURESHI", "Q2F", "IND", "Wentworth", ""),
        "lin": ("Lindqvist", "Lindqvist, Erik MP", "Mr LINDQVIST", "L9V", "LP", "Casey", ""),
    }
    segs = []
    clock = [9 * 3600 + 31 * 60]

    def talker(k):
        _, meta, disp, nid, party, elec, role = M[k]
        clock[0] += 97
        ts = f"{clock[0] // 3600:02d}:{clock[0] % 3600 // 60:02d}:{clock[0] % 60:02d}"
        ingov = "1" if party == "ALP" else ("N/A" if k == "spk" else "0")
        return ("<talker>"
                f"<page.no>{4 + clock[0] % 3}</page.no><time.stamp>{ts}</time.stamp>"
                f"<name role=\"metadata\">{esc(meta)}</name><name.id>{nid}</name.id>"
                f"<electorate>{esc(elec)}</electorate><party>{party}</party>"
                + (f"<role>{esc(role)}</role>" if role else "")
                + f"<in.gov>{ingov}</in.gov><first.speech>{'N/A' if k == 'spk' else '0'}</first.speech>"
                f"<name role=\"display\">{esc(disp)}</name></talker>")

    def talk(k, paras, tail=()):
        """talk.start with the first para(s) spoken by k, then following paras (speech unless tuple ('ital', t))."""
        out = [f"<talk.start>{talker(k)}"]
        for p in paras:
            out.append(f"<para>{esc(p)}</para>")
            segs.append((M[k][0], p))
        out.append("</talk.start>")
        for p in tail:
            if isinstance(p, tuple):
                out.append(f'<para><inline font-style="italic">{esc(p[1])}</inline></para>')
                segs.append((None, p[1]))
            else:
                out.append(f"<para>{esc(p)}</para>")
                segs.append((M[k][0], p))
        return "\n".join(out)

    X = []
    X.append('<?xml version="1.0" encoding="UTF-8"?>')
    X.append('<hansard xsi:noNamespaceSchemaLocation="../../hansard.xsd" version="2.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">')
    X.append("<session.header><date>2024-08-15</date><parliament.no>47</parliament.no><session.no>1</session.no>"
             "<period.no>9</period.no><chamber>House of Reps</chamber><page.no>1</page.no><proof>1</proof></session.header>")
    X.append("<chamber.xscript>")
    X.append("<business.start><day.start>2024-08-15</day.start><para>The SPEAKER (Hon. Teresa Buonaccorsi) took the chair at 09:30, "
             "made an acknowledgement of country and read prayers.</para></business.start>")
    segs.append((None, "business.start"))
    # debate 1: bill second reading
    X.append("<debate><debateinfo><title>BILLS</title><page.no>1</page.no><type>BILLS</type></debateinfo>")
    X.append("<subdebate.1><subdebateinfo><title>Coastal Communities Resilience Bill 2024</title><page.no>1</page.no>"
             "<type>Second Reading</type></subdebateinfo>")
    X.append("<speech>")
    X.append(talk("nai", ["—I move:"], [
        "That this bill be now read a second time.",
        "This bill establishes a $450 million fund to help coastal communities protect homes, roads and water supplies from erosion and storm surge. Over the next decade, the fund will co-invest with councils in seawalls, dune restoration and, where there is no other choice, planned retreat."]))
    X.append("<interjection>" + talk("oco", ["Where's the money coming from?"]) + "</interjection>")
    X.append("<continue>" + talk("nai", ["—The member for Flinders asks where the money is coming from. It is coming from the budget that his party voted for in May."],
                                 [("ital", "Opposition members interjecting—")]) + "</continue>")
    X.append("<interjection>" + talk("spk", ["Order! The member for Flinders will have his turn. He will cease interjecting."]) + "</interjection>")
    X.append("<continue>" + talk("nai", ["—Thank you, Mr Speaker. Councils have told us that they cannot do this alone. The Shire of Exmouth Gulf spends a third of its roads budget on repairing storm damage."],
                                 ["This bill gives them a partner, and I commend it to the House."]) + "</continue>")
    X.append("</speech>")
    X.append("<speech>")
    X.append(talk("oco", ["—The coalition will not oppose this bill. Coastal erosion is real, and my electorate of Flinders has lost more beach in the last five years than in the previous fifty."],
                  ["But a fund is not a plan. The bill does not say how projects will be chosen, and it gives the minister the final word on every grant."]))
    X.append("<interjection>" + talk("qur", ["That's the same as your scheme in 2019!"]) + "</interjection>")
    X.append("<continue>" + talk("oco", ["—The member for Wentworth is right that we had a similar scheme, and we learned from it. That is why we will move amendments in the consideration in detail stage to require an independent panel."]) + "</continue>")
    X.append("<interjection>" + talk("nai", ["We'll look at them."]) + "</interjection>")
    X.append("<continue>" + talk("oco", ["—I thank the minister. I look forward to it."]) + "</continue>")
    X.append("</speech>")
    X.append("<para>Debate adjourned.</para>")
    segs.append((None, "Debate adjourned."))
    X.append("</subdebate.1></debate>")
    # debate 2: question time
    X.append("<debate><debateinfo><title>QUESTIONS WITHOUT NOTICE</title><page.no>5</page.no><type>Questions without Notice</type></debateinfo>")
    X.append("<subdebate.1><subdebateinfo><title>Regional Housing</title><page.no>5</page.no></subdebateinfo>")
    X.append("<question>" + talk("lin", ["—My question is to the Minister for Housing. How many of the 1,200 homes promised for regional Victoria have actually been built?"]) + "</question>")
    X.append("<answer>")
    X.append(talk("nai", ["—I thank the member for Casey for his question. As of last month, 312 homes are complete and another 640 are under construction."]))
    X.append("<interjection>" + talk("lin", ["Out of 1,200!"]) + "</interjection>")
    X.append("<continue>" + talk("nai", ["—Out of 1,200, yes, in a program that is eighteen months old and running ahead of schedule."]) + "</continue>")
    X.append("<interjection>" + talk("spk", ["The member for Casey has asked his question."]) + "</interjection>")
    X.append("<continue>" + talk("nai", ["—I am happy to provide a full list of projects to the member."]) + "</continue>")
    X.append("</answer>")
    X.append("</subdebate.1></debate>")
    X.append("</chamber.xscript>")
    X.append("</hansard>")
    with open(out_path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(X) + "\n")
    write_truth(name, segs, [
        "Layout: Australian House of Representatives Hansard XML (hansard.xsd 2.2 style): <session.header> (date, parliament,",
        "chamber ...), <chamber.xscript> with <business.start>, two <debate>s (<debateinfo><title>) each with <subdebate.1>.",
        "<speech>/<question>/<answer> hold <talk.start><talker>...</talker><para>...</para></talk.start> plus <para>s;",
        "<interjection> and <continue> hold their own <talk.start>. First paras begin with an em dash as in real files.",
        "Speakers: talker name role=\"metadata\" 'Surname, First MP' / display 'Ms NAIDOO' -> Naidoo, O'Connell, Qureshi,",
        "Lindqvist. The presiding officer ('SPEAKER, The' / 'The SPEAKER', name.id 10000) is named in business.start",
        "('The SPEAKER (Hon. Teresa Buonaccorsi) took the chair ...') -> Buonaccorsi.",
        "Speech: the paras of each talk.start and the following paras of the speech/continue (including the moved motion).",
        "Not speech: talker metadata, titles, page numbers, times, business.start, 'Opposition members interjecting—'",
        "(italic para), 'Debate adjourned.'.",
        "Interjections are turns of their own; each <continue> starts a new turn of the interrupted member.",
        "Doubtful: 'The SPEAKER' resolved to Buonaccorsi via the business.start narrative; a reader keeping the office gets",
        "'The SPEAKER' (2 turns). The italic 'Opposition members interjecting—' lies inside Naidoo's continue and before the",
        "Speaker's interjection, so it ends nothing.",
    ], show)


# ---------------------------------------------------------------- 15. Akoma Ntoso
def akoma_ntoso(show):
    name = "akoma-ntoso_debate.xml"
    PEOPLE = {"nibhriain": ("Ní Bhriain", "Hon. Siobhán Ní Bhriain"), "fifita": ("Fifita", "Hon. Tevita Fifita"),
              "herrera": ("Herrera", "Hon. Ana Lucía Herrera"), "parata": ("Parata", "Hon. Rangi Parata")}
    segs = []
    body = []
    n = [0]

    def block(tag, by, frm, paras, extra=""):
        n[0] += 1
        eid = f"{tag}_{n[0]}"
        out = [f'        <{tag} eId="{eid}" by="#{by}"{extra}>', f"          <from>{esc(frm)}</from>"]
        for p in paras:
            out.append(f"          <p>{esc(p)}</p>")
            segs.append((PEOPLE[by][0], p))
        out.append(f"        </{tag}>")
        body.extend(out)

    def narrative(t, tag="narrative"):
        n[0] += 1
        body.append(f'        <{tag} eId="{tag}_{n[0]}"><p>{esc(t)}</p></{tag}>')
        segs.append((None, t))

    def section(eid, nm, heading):
        body.append(f'      <debateSection eId="{eid}" name="{nm}">')
        body.append(f"        <heading>{esc(heading)}</heading>")

    section("dbsect_1", "prayers", "Prayers")
    narrative("The Speaker (Hon. Siobhán Ní Bhriain) took the Chair at 2.00 pm and read Prayers.")
    body.append("      </debateSection>")
    section("dbsect_2", "oralQuestions", "Oral Questions — Inter-island Ferry Service")
    block("question", "herrera", "Hon. Ana Lucía Herrera",
          ["Can the Minister confirm that the ferry service to the outer islands will be cut from four sailings a week to two from November?"], ' to="#fifita"')
    block("answer", "fifita", "Hon. Tevita Fifita (Minister of Transport)",
          ["I can confirm that the timetable is under review. No decision has been made, and I would ask the member not to alarm island communities."], ' to="#herrera"')
    block("question", "herrera", "Hon. Ana Lucía Herrera",
          ["Supplementary. If no decision has been made, why has the operator already stopped taking bookings for the Thursday sailing?"], ' to="#fifita"')
    block("answer", "fifita", "Hon. Tevita Fifita",
          ["That is news to me, and I will look into it today."], ' to="#herrera"')
    narrative("Interruption.", tag="scene")
    block("speech", "nibhriain", "The Speaker", ["Order. Members will hear the Minister's answer in silence."], ' as="#speaker"')
    block("answer", "fifita", "Hon. Tevita Fifita",
          ["As I said, I will look into it, and I will report back to the House tomorrow."], ' to="#herrera"')
    block("question", "parata", "Hon. Rangi Parata",
          ["Will the Minister also meet the Outer Islands Council, which has asked for a meeting three times since June?"], ' to="#fifita"')
    block("answer", "fifita", "Hon. Tevita Fifita", ["Yes. I'm happy to meet the council next week."], ' to="#parata"')
    body.append("      </debateSection>")
    section("dbsect_3", "adjournment", "Adjournment Debate — Coastal Erosion at Vaitele")
    block("speech", "parata", "Hon. Rangi Parata", [
        "Madam Speaker, the sea wall at Vaitele was built in 1978, and it was built to last twenty years. It has now lasted forty-six, and it is failing.",
        "Last month the king tide reached the church hall for the first time in living memory. The families on the seaward road cannot wait for another study."])
    block("speech", "nibhriain", "The Speaker", ["Order. The member's time has expired."], ' as="#speaker"')
    block("speech", "herrera", "Hon. Ana Lucía Herrera", [
        "Madam Speaker, I join the member in asking the Government for a date. The study was promised in 2021."])
    block("speech", "fifita", "Hon. Tevita Fifita", [
        "I thank both members. The engineering assessment will be tabled before Christmas, and the funding decision will follow in the budget."])
    narrative("The House adjourned at 6.02 pm.")
    body.append("      </debateSection>")

    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">',
         '  <debate name="hansard">',
         "    <meta>",
         '      <identification source="#hansard-office">',
         '        <FRBRWork>',
         '          <FRBRthis value="/akn/xx/debaterecord/legislative-assembly/2024-09-18/main"/>',
         '          <FRBRuri value="/akn/xx/debaterecord/legislative-assembly/2024-09-18"/>',
         '          <FRBRdate date="2024-09-18" name="sitting"/>',
         '          <FRBRauthor href="#legislative-assembly"/>',
         '          <FRBRcountry value="xx"/>',
         '        </FRBRWork>',
         '        <FRBRExpression>',
         '          <FRBRthis value="/akn/xx/debaterecord/legislative-assembly/2024-09-18/eng@/main"/>',
         '          <FRBRuri value="/akn/xx/debaterecord/legislative-assembly/2024-09-18/eng@"/>',
         '          <FRBRdate date="2024-09-19" name="publication"/>',
         '          <FRBRauthor href="#hansard-office"/>',
         '          <FRBRlanguage language="eng"/>',
         '        </FRBRExpression>',
         '        <FRBRManifestation>',
         '          <FRBRthis value="/akn/xx/debaterecord/legislative-assembly/2024-09-18/eng@/main.xml"/>',
         '          <FRBRuri value="/akn/xx/debaterecord/legislative-assembly/2024-09-18/eng@.akn"/>',
         '          <FRBRdate date="2024-09-19" name="generation"/>',
         '          <FRBRauthor href="#hansard-office"/>',
         '        </FRBRManifestation>',
         '      </identification>',
         '      <references source="#hansard-office">',
         '        <TLCOrganization eId="hansard-office" href="/ontology/organization/hansard-office" showAs="Office of the Hansard Editor"/>',
         '        <TLCOrganization eId="legislative-assembly" href="/ontology/organization/legislative-assembly" showAs="Legislative Assembly"/>']
    for eid, (_, show_as) in PEOPLE.items():
        X.append(f'        <TLCPerson eId="{eid}" href="/ontology/person/{eid}" showAs="{attr(show_as)}"/>')
    X += ['        <TLCRole eId="speaker" href="/ontology/role/speaker" showAs="Speaker"/>',
          '        <TLCRole eId="minister-transport" href="/ontology/role/minister-transport" showAs="Minister of Transport"/>',
          "      </references>",
          "    </meta>",
          "    <preface>",
          '      <p class="title"><docTitle>Legislative Assembly — Official Report (Hansard)</docTitle></p>',
          '      <p class="date"><docDate date="2024-09-18">Wednesday, 18 September 2024</docDate></p>',
          "    </preface>",
          "    <debateBody>"] + body + ["    </debateBody>", "  </debate>", "</akomaNtoso>"]
    with open(out_path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(X) + "\n")
    write_truth(name, segs, [
        "Layout: Akoma Ntoso 3.0 debate record (default namespace http://docs.oasis-open.org/legaldocml/ns/akn/3.0):",
        "<meta> (FRBR identification, <references> with TLCPerson/TLCRole/TLCOrganization), <preface> (docTitle, docDate),",
        "<debateBody> with three <debateSection>s, each with a <heading>; <speech>, <question> and <answer> elements with",
        "by=\"#id\" (and to=, as=), a <from> line and <p>s; <narrative> and <scene> blocks.",
        "Speakers: by=\"#id\" resolves through TLCPerson showAs -> surname: 'Hon. Tevita Fifita' -> Fifita, 'Hon. Ana Lucía",
        "Herrera' -> Herrera, 'Hon. Rangi Parata' -> Parata, 'Hon. Siobhán Ní Bhriain' -> Ní Bhriain (Irish surname with",
        "particle). Her two speeches have <from>The Speaker</from> and as=\"#speaker\"; the by attribute names her.",
        "Speech: the <p>s of speech/question/answer. Not speech: <from>, <heading>, <narrative>, <scene>Interruption.</scene>,",
        "meta, preface.",
        "Doubtful: 'Supplementary.' opening Herrera's second question is said in the House and counted as speech.",
    ], show)


def run(show):
    elan(show)
    praat(show)
    transcriber(show)
    hansard_au(show)
    akoma_ntoso(show)
