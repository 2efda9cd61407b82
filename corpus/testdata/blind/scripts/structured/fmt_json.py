"""JSON and JSON Lines transcripts: plain array, WhisperX, Oyez-like, Rev.ai, AssemblyAI, JSONL."""
import json, random, re
from common import *


# ---------------------------------------------------------------- 1. plain array
def stt_plain_array(show):
    name = "stt_plain-array.json"
    SP = {"H": ("Okafor", "Hannah Okafor"), "M": ("Ferreira", "Mateus Ferreira"), "Y": ("Tanaka", "Yuki Tanaka")}
    data = [
        ("H", "Welcome back to Hive Minds. I'm Hannah Okafor, and today I'm joined by two beekeepers who keep hives on rooftops in the middle of the city."),
        ("H", "Mateus, you're in Lisbon, and Yuki, you're in Osaka. Let's start with the obvious question: why a roof?"),
        ("M", "Honestly, because it was the only space I had. My building has a flat roof, and the landlord said yes before he really understood what I was asking."),
        ("Y", "Same for me, more or less. In Osaka the ground-level gardens are tiny, so the roof was the natural place."),
        ("H", "And the bees don't mind the height?"),
        ("M", "Not at all. They forage up to three kilometres anyway, so a few floors make no difference to them."),
        ("M", "The wind is the real problem. On a windy day they just stay home."),
        ("Y", "Wind, yes, and heat. In August the roof reaches forty-five degrees, so we shade the hives with bamboo screens."),
        ("H", "Forty-five degrees? That sounds brutal ‹[laughs]› for the bees and for you."),
        ("Y", "It's brutal for me. The bees are fine if they have water close by."),
        ("H", "Let's talk about honey. What does city honey actually taste like?"),
        ("M", "Mine changes every month. In spring it's mostly citrus, because of the orange trees in the courtyards, and in summer it gets darker, almost like caramel."),
        ("Y", "Ours has a lot of linden in it. People are surprised, they expect it to taste of traffic."),
        ("H", "‹[laughs]› Of traffic. Has anyone tested it?"),
        ("Y", "We did, in 2022. The lab found no heavy metals above the limits, which is what most studies find."),
        ("M", "Same result in Lisbon. The bees filter more than people think."),
        ("H", "‹[music]›"),
        ("H", "Last question, then: what would you tell someone who wants to start?"),
        ("M", "Find a mentor first, and don't buy bees in the first month. Read, visit other hives, get stung once or twice."),
        ("Y", "And talk to your neighbours before the bees arrive, not after."),
        ("H", "That's great advice. Mateus Ferreira, Yuki Tanaka, thank you both for joining Hive Minds."),
        ("M", "Thank you, Hannah."),
        ("Y", "Thanks for having us."),
    ]
    tl = timeline(len(data), 101, texts=[t for _, t in data])
    arr = [{"speaker": SP[k][1], "text": raw(t), "start": s, "end": e} for (k, t), (s, e) in zip(data, tl)]
    with open(out_path(name), "w", encoding="utf-8") as f:
        json.dump(arr, f, ensure_ascii=False, indent=2)
        f.write("\n")
    segs = [(SP[k][0], t) for k, t in data]
    write_truth(name, segs, [
        "Layout: a plain JSON array of {\"speaker\", \"text\", \"start\", \"end\"} objects (seconds as floats), one object",
        "per sentence group, as editing/STT tools export it; consecutive objects of one speaker are one turn.",
        "Speakers: full names as written (\"Hannah Okafor\", \"Mateus Ferreira\", \"Yuki Tanaka\") -> surnames Okafor, Ferreira, Tanaka.",
        "Not speech: start/end, the keys, '[laughs]' inside two texts, and the object whose whole text is '[music]'",
        "(attributed to Hannah Okafor, between two of her own objects: no turn of its own, her turn continues).",
        "Doubtful: the '[music]' object carries a speaker name; it is editorial, so it gives no turn and her objects",
        "either side are one turn (turn 15).",
    ], show)


# ---------------------------------------------------------------- 2. WhisperX
def whisperx_segments(show):
    name = "whisperx_segments.json"
    data = [
        ("SPEAKER_00", "Okay, so let's start with the sensor data from the north plot."),
        ("SPEAKER_00", "We had twelve sensors out there from March to June."),
        ("SPEAKER_00", "Two of them failed in the first week, so we have ten full series."),
        ("SPEAKER_01", "Do we know why they failed?"),
        ("SPEAKER_00", "Water got into the housing. The seals were the cheap ones."),
        ("SPEAKER_01", "Right. We ordered the better seals in 2023, didn't we?"),
        ("SPEAKER_02", "We did, but they went to the south plot."),
        ("SPEAKER_00", "Yeah, that's the thing. So the north plot got the old stock."),
        ("SPEAKER_01", "Okay. And the ten that worked, do they agree with the manual samples?"),
        ("SPEAKER_00", "Mostly. The correlation is about 0.87 overall."),
        ("SPEAKER_00", "It drops after heavy rain, which makes sense, because the manual samples are taken a day later."),
        ("SPEAKER_02", "Can we shift the comparison by a day, then?"),
        ("SPEAKER_00", "We can try. I'll rerun it with a twenty-four hour offset."),
        ("SPEAKER_01", "Good. What about the temperature probes?"),
        ("SPEAKER_02", "They're fine. I checked all of them last Friday."),
        ("SPEAKER_02", "One reads half a degree high, but it's consistent, so we can correct it."),
        ("SPEAKER_01", "Perfect. Let's write that up for the methods section, and the 3 failed units go in the appendix."),
        ("SPEAKER_00", "I'll draft it tonight and share it tomorrow morning."),
        ("SPEAKER_01", "Great, thanks everyone."),
    ]
    tl = timeline(len(data), 202, start=0.031, texts=[t for _, t in data])
    segments, allwords = [], []
    for i, ((spk, t), (s, e)) in enumerate(zip(data, tl)):
        ws = []
        for w, a, b, sc in word_times(t, s, e, 2000 + i):
            if re.search(r"\d", w):
                ws.append({"word": w})            # WhisperX leaves numerals unaligned
            else:
                ws.append({"word": w, "start": a, "end": b, "score": sc, "speaker": spk})
        segments.append({"start": s, "end": e, "text": " " + raw(t), "words": ws, "speaker": spk})
        allwords.extend(ws)
    doc = {"segments": segments, "word_segments": allwords, "language": "en"}
    with open(out_path(name), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    write_truth(name, [(s, t) for s, t in data], [
        "Layout: WhisperX JSON: {\"segments\": [{start, end, text, words: [{word, start, end, score, speaker}], speaker}],",
        "\"word_segments\": [...all words again...], \"language\": \"en\"}. Segment text starts with a space (Whisper style).",
        "Numerals ('2023,', '0.87', '3') are unaligned word objects with only \"word\" (as WhisperX leaves them).",
        "Speech is the segment text; 'words' and 'word_segments' repeat it and must not be counted twice.",
        "Speakers: diarisation labels as written: SPEAKER_00, SPEAKER_01, SPEAKER_02. Consecutive segments of one label",
        "are one turn (turn 1 = three segments).",
        "Not speech: times, scores, keys, the word lists (duplicates of the text).",
        "Doubtful: none.",
    ], show)


# ---------------------------------------------------------------- 3. Oyez-like oral argument
def oral_argument(show):
    name = "oral-argument_sections.json"
    P = {
        "roberts": ("Roberts", {"ID": 15060, "name": "John G. Roberts, Jr.", "last_name": "Roberts", "identifier": "john_g_roberts_jr",
                                "roles": [{"type": "scotus_justice", "role_title": "Chief Justice of the United States"}]}),
        "sotomayor": ("Sotomayor", {"ID": 15071, "name": "Sonia Sotomayor", "last_name": "Sotomayor", "identifier": "sonia_sotomayor",
                                    "roles": [{"type": "scotus_justice", "role_title": "Associate Justice of the Supreme Court of the United States"}]}),
        "kagan": ("Kagan", {"ID": 15072, "name": "Elena Kagan", "last_name": "Kagan", "identifier": "elena_kagan",
                            "roles": [{"type": "scotus_justice", "role_title": "Associate Justice of the Supreme Court of the United States"}]}),
        "gorsuch": ("Gorsuch", {"ID": 15074, "name": "Neil Gorsuch", "last_name": "Gorsuch", "identifier": "neil_gorsuch",
                                "roles": [{"type": "scotus_justice", "role_title": "Associate Justice of the Supreme Court of the United States"}]}),
        "jackson": ("Jackson", {"ID": 15077, "name": "Ketanji Brown Jackson", "last_name": "Jackson", "identifier": "ketanji_brown_jackson",
                                "roles": [{"type": "scotus_justice", "role_title": "Associate Justice of the Supreme Court of the United States"}]}),
        "okonkwo": ("Okonkwo", {"ID": 88412, "name": "Adaeze N. Okonkwo", "last_name": "Okonkwo", "identifier": "adaeze_n_okonkwo", "roles": None}),
        "ortiz": ("Ortiz-Mena", {"ID": 88413, "name": "Rafael Ortiz-Mena", "last_name": "Ortiz-Mena", "identifier": "rafael_ortiz_mena", "roles": None}),
    }
    sections = [
        [
            ("roberts", ["We'll hear argument first this morning in Case 24-318, Halvorsen versus Tidewater Freight Lines.", "Ms. Okonkwo."]),
            ("okonkwo", ["Mr. Chief Justice, and may it please the Court: The Limitation Act lets a shipowner cap its liability at the value of the vessel, but only for losses that occur without its privity or knowledge.",
                         "The court of appeals read that exception out of the statute. It held that a company's knowledge counts only if a corporate officer personally knew of the defect. That is not what the text says, and it is not how this Court has ever read it."]),
            ("sotomayor", ["Counsel, let me stop you there. Who, on your view, has to know? The captain? The port engineer?"]),
            ("okonkwo", ["Anyone with authority over the condition that caused the loss, Justice Sotomayor. Here that was the fleet maintenance manager, who had the inspection report on his desk for three weeks."]),
            ("gorsuch", ["That seems like a very broad rule. Every deckhand has authority over something."]),
            ("okonkwo", ["Not every deckhand, Justice Gorsuch. The manager set the maintenance schedule for all nine vessels. That is managerial authority by any measure."]),
            ("kagan", ["Suppose the report had gone to a clerk who never passed it on. Does the company know then?"]),
            ("okonkwo", ["No, Justice Kagan. Knowledge has to reach someone who can act on it. That is the line the older cases draw."]),
            ("kagan", ["And the manager here could act on it?"]),
            ("okonkwo", ["He could have pulled the vessel from service that afternoon. He chose not to."]),
            ("roberts", ["Thank you, counsel."]),
        ],
        [
            ("roberts", ["Mr. Ortiz-Mena."]),
            ("ortiz", ["Mr. Chief Justice, and may it please the Court: For a hundred and seventy years, shipowners have relied on a simple rule.",
                       "Limitation is lost when the owner itself is at fault, and a corporation is at fault through its managing officers."]),
            ("jackson", ["But where does the phrase managing officers appear in the statute?"]),
            ("ortiz", ["It doesn't appear in the text, Justice Jackson. It comes from the cases interpreting privity."]),
            ("jackson", ["So you're asking us to adopt a gloss rather than the words Congress wrote."]),
            ("ortiz", ["I'm asking the Court to keep a gloss it has applied since 1911, on which the whole industry has organised its insurance. ‹[Laughter]› I realise that is not the most exciting argument."]),
            ("sotomayor", ["Exciting or not, reliance matters. How many cases would come out differently under petitioner's rule?"]),
            ("ortiz", ["Most of the reported cases of the last forty years, Justice Sotomayor, by our count."]),
            ("gorsuch", ["Is that count in the briefs?"]),
            ("ortiz", ["It's in the appendix to our brief, at 41a."]),
            ("roberts", ["Thank you, counsel."]),
        ],
        [
            ("roberts", ["Rebuttal, Ms. Okonkwo?"]),
            ("okonkwo", ["Thank you, Mr. Chief Justice. Three quick points.",
                         "First, the insurance market priced this risk long before the decision below. Second, my friend's count includes cases where the officers knew everything. Third, nothing in the text mentions officers at all. We ask the Court to reverse."]),
            ("roberts", ["Thank you, counsel. The case is submitted."]),
        ],
    ]
    rng = random.Random(303)
    t = 0.0
    jsec, segs = [], []
    for sec in sections:
        jturns = []
        for key, blocks in sec:
            tb = []
            ts = t
            for b in blocks:
                s = t
                t += len(b.split()) * 0.33 * rng.uniform(0.9, 1.2)
                tb.append({"text": raw(b), "start": round(s, 3), "stop": round(t, 3)})
                t += rng.uniform(0.05, 0.4)
            spk = dict(P[key][1])
            spk["href"] = "https://api.oyez.org/people/" + spk["identifier"]
            jturns.append({"start": round(ts, 3), "stop": round(t, 3), "byline": "", "speaker": spk, "text_blocks": tb})
            segs.append((P[key][0], " ".join(blocks)))
            t += rng.uniform(0.2, 1.0)
        jsec.append({"turns": jturns})
    doc = {
        "id": 61482,
        "title": "Oral Argument - February 26, 2025",
        "href": "https://api.oyez.org/case_media/oral_argument_audio/61482",
        "media_file": [{"href": "https://s3.amazonaws.com/oyez.case-media.mp3/case_data/2024/24-318/24-318_20250226-argument.delivery.mp3",
                        "mime": "audio/mpeg", "size": 38211456}],
        "transcript": {"title": "Halvorsen v. Tidewater Freight Lines", "duration": round(t, 3), "sections": jsec},
        "case": [{"id": 64210, "name": "Halvorsen v. Tidewater Freight Lines", "docket_number": "24-318"}],
        "unavailable": False,
    }
    with open(out_path(name), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_truth(name, segs, [
        "Layout: oral-argument archive JSON (Oyez-like): {\"title\", \"media_file\", \"transcript\": {\"title\", \"duration\",",
        "\"sections\": [{\"turns\": [{\"start\", \"stop\", \"byline\", \"speaker\": {ID, name, last_name, identifier, roles, href},",
        "\"text_blocks\": [{text, start, stop}]}]}]}, \"case\": [...]}. Three sections: petitioner, respondent, rebuttal.",
        "An invented case (Halvorsen v. Tidewater Freight Lines, No. 24-318); the advocates are invented.",
        "Speakers: speaker.name -> surname: 'John G. Roberts, Jr.' -> Roberts (the suffix is not the surname), Sotomayor, Kagan,",
        "Gorsuch, 'Ketanji Brown Jackson' -> Jackson, 'Adaeze N. Okonkwo' -> Okonkwo, 'Rafael Ortiz-Mena' -> Ortiz-Mena.",
        "Speech: the text_blocks of each turn, joined. Not speech: ids, times, titles, case data, '[Laughter]'.",
        "Doubtful: Roberts closes section 1 ('Thank you, counsel.') and opens section 2 ('Mr. Ortiz-Mena.'), and likewise",
        "sections 2/3; a section boundary is not speech and these are parts of one argument, so each pair is ONE turn",
        "(turns 11 and 21). A reader that starts a new turn at each section gets 25 turns instead of 23.",
    ], show)


# ---------------------------------------------------------------- 4. Rev.ai
REV_TOK = re.compile(r"‹([^›]*)›|(\w[\w'’\-]*(?:[.,]\d\w*)*)|(\s)|([^\w\s])")


def rev_elements(text, s, e, rng):
    toks = [m for m in REV_TOK.finditer(text)]
    nw = sum(1 for m in toks if m.group(2) or m.group(1)) or 1
    span = (e - s) / nw
    t = s
    els = []
    for m in toks:
        if m.group(1) is not None:
            els.append({"type": "unknown", "value": m.group(1), "ts": round(t, 2), "end_ts": round(t + span * 0.9, 2)})
            t += span
        elif m.group(2):
            els.append({"type": "text", "value": m.group(2), "ts": round(t, 2), "end_ts": round(t + span * 0.85, 2),
                        "confidence": round(rng.choice([1.0, 1.0, 0.99, 0.97, 0.93, 0.88, 0.71]), 2)})
            t += span
        else:
            els.append({"type": "punct", "value": m.group(3) or m.group(4)})
    return els


def revai(show):
    name = "revai_monologues.json"
    data = [
        (0, "Thanks for letting us visit the studio. How long have you been working here?"),
        (1, "Almost twenty years now. I bought the building in 2005, when it was still a bicycle repair shop."),
        (0, "And the kiln came later?"),
        (1, "The kiln came first, actually. I built it in the back yard before I had a roof on the workshop. My neighbours thought I was crazy."),
        (0, "Is it a wood-fired kiln?"),
        (1, "Yes, an anagama. We fire it twice a year, for four days each time, and someone has to feed it every few minutes."),
        (0, "Who does the night shift?"),
        (1, "Usually Daniela. She's been my apprentice for three years."),
        (2, "I like the night shift. It's quiet, and you can hear the pots ticking as the temperature changes."),
        (0, "Ticking?"),
        (2, "Like a clock, ‹<inaudible>› sort of. Kenji says it's the glaze settling."),
        (1, "It is the glaze settling. ‹<laugh>› She still doesn't believe me."),
        (0, "What happens to the pieces after a firing?"),
        (1, "About a third go to the shop, a third to a gallery in Kyoto, and the rest we break."),
        (0, "You break them?"),
        (1, "If they're not good enough, yes. It's painful, but it keeps the standard honest."),
        (2, "He breaks fewer than he used to."),
        (0, "Last question. What are you working on now?"),
        (1, "A set of tea bowls for a wedding in October. Daniela is making the lids."),
    ]
    names = {0: "Interviewer", 1: "Kenji Watanabe"}
    canon = {0: "Interviewer", 1: "Watanabe", 2: "Speaker 2"}
    tl = timeline(len(data), 404, start=0.5, texts=[t for _, t in data])
    rng = random.Random(4040)
    mons = []
    for (spk, t), (s, e) in zip(data, tl):
        m = {"speaker": spk}
        if spk in names:
            m["speaker_name"] = names[spk]
        m["elements"] = rev_elements(t, s, e, rng)
        mons.append(m)
    with open(out_path(name), "w", encoding="utf-8") as f:
        json.dump({"monologues": mons}, f, ensure_ascii=False)
    write_truth(name, [(canon[k], t) for k, t in data], [
        "Layout: Rev.ai transcript JSON: {\"monologues\": [{\"speaker\": 0, \"speaker_name\": \"Interviewer\", \"elements\": [",
        "{\"type\": \"text\", \"value\", \"ts\", \"end_ts\", \"confidence\"}, {\"type\": \"punct\", \"value\": \" \"}, ...]}]}.",
        "The speech of a monologue is the concatenation of its text and punct element values.",
        "Speakers: speaker 0 has speaker_name 'Interviewer' (role label, kept); speaker 1 has speaker_name 'Kenji Watanabe'",
        "-> Watanabe; speaker 2 has NO speaker_name, so only the number is given -> 'Speaker 2'.",
        "Not speech: ts/end_ts/confidence, the two {\"type\": \"unknown\"} elements '<inaudible>' and '<laugh>'.",
        "Doubtful: speaker 2 is called 'Daniela' in the talk, but the file never names the label, so it stays 'Speaker 2'.",
    ], show)


# ---------------------------------------------------------------- 5. AssemblyAI
def assemblyai(show):
    name = "assemblyai_ms.json"
    data = [
        ("A", "Thank you for calling Northwind Broadband, my name is Priyanka. How can I help you today?"),
        ("B", "Hi, yes. My internet has been dropping every evening for about a week now, usually around eight o'clock."),
        ("A", "I'm sorry to hear that. Can I have the account number or the postcode, please?"),
        ("B", "The postcode is EH6 4QU, and the account's under Olumide Bankole."),
        ("A", "Thank you, Mr. Bankole. I can see the account. Are you on the fibre package with the white router?"),
        ("B", "That's right, the white one."),
        ("A", "Okay. I'm running a line test now. It'll take about a minute."),
        ("B", "No problem."),
        ("A", "So the test shows a lot of errors on the line between six and ten in the evening. That usually points to a fault in the street cabinet rather than your router."),
        ("B", "So it's not something I can fix myself?"),
        ("A", "Not this one, no. I'd like to bring in my supervisor, because a cabinet fault needs an engineer visit. One moment."),
        ("C", "Hello, Mr. Bankole, this is Tomás from the network team. I've looked at the test, and we've got two other customers on the same cabinet reporting the same thing."),
        ("B", "Oh, so it's the whole street."),
        ("C", "It looks like it. I've booked an engineer for Thursday morning. You won't need to be home, because the work is at the cabinet."),
        ("B", "Brilliant. And will I get anything back for the week it's been down?"),
        ("C", "Yes, we'll credit seven days to your next bill. Priyanka will send you a confirmation by text."),
        ("A", "I've sent that now, Mr. Bankole. Is there anything else I can help with?"),
        ("B", "No, that's everything. Thanks, both of you."),
        ("A", "You're welcome. Have a good evening."),
    ]
    tl = timeline(len(data), 505, start=0.24, texts=[t for _, t in data])
    rng = random.Random(5050)
    utts, allw = [], []
    for i, ((spk, t), (s, e)) in enumerate(zip(data, tl)):
        ws = []
        for w, a, b, sc in word_times(t, s, e, 5000 + i):
            ws.append({"text": w, "start": int(a * 1000), "end": int(b * 1000),
                       "confidence": round(rng.uniform(0.71, 0.9999), 5), "speaker": spk, "channel": None})
        conf = round(sum(x["confidence"] for x in ws) / len(ws), 5)
        utts.append({"confidence": conf, "end": ws[-1]["end"], "speaker": spk, "start": ws[0]["start"], "text": raw(t),
                     "words": ws, "channel": None})
        allw.extend(ws)
    doc = {
        "id": "6b1f3e2a-94c7-4d8e-b0a5-2f7d9c1e8a43",
        "language_model": "assemblyai_default",
        "acoustic_model": "assemblyai_default",
        "language_code": "en_uk",
        "status": "completed",
        "audio_url": "https://cdn.assemblyai.com/upload/3f0c2b9e-7a41-4d55-9e0b-call-0412.mp3",
        "text": " ".join(raw(t) for _, t in data),
        "words": allw,
        "utterances": utts,
        "confidence": round(sum(u["confidence"] for u in utts) / len(utts), 5),
        "audio_duration": int(tl[-1][1]) + 1,
        "punctuate": True,
        "format_text": True,
        "dual_channel": None,
        "webhook_url": None,
        "speed_boost": False,
        "auto_highlights": False,
        "audio_start_from": None,
        "audio_end_at": None,
        "word_boost": [],
        "filter_profanity": False,
        "redact_pii": False,
        "speaker_labels": True,
        "speakers_expected": None,
        "content_safety": False,
        "iab_categories": False,
        "auto_chapters": False,
        "summarization": False,
        "summary": None,
        "chapters": None,
        "sentiment_analysis_results": None,
        "entities": None,
        "throttled": None,
    }
    with open(out_path(name), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    write_truth(name, [("Speaker " + s, t) for s, t in data], [
        "Layout: AssemblyAI transcript JSON: top-level id/status/config keys, a top-level \"text\" (ALL speech as one string)",
        "and \"words\" (all words), and \"utterances\": [{speaker: \"A\", start, end (integer MILLISECONDS), text, confidence,",
        "words: [{text, start, end, confidence, speaker, channel}]}]. The truth is read from utterances; the top-level",
        "text and words repeat the same speech and must not be counted again.",
        "Speakers: letters A, B, C, written as 'Speaker A', 'Speaker B', 'Speaker C' (anonymous labels). A is the agent",
        "(Priyanka), B the customer (Mr. Bankole), C the supervisor (Tomás); the file never attaches names to the letters.",
        "Not speech: ids, times, confidences, config keys, the duplicate top-level text/words.",
        "Doubtful: none ('EH6 4QU' counts as two words).",
    ], show)


# ---------------------------------------------------------------- 6. JSON Lines
def jsonl(show):
    name = "participant-utterance.jsonl"
    C = {"Facilitator": "Facilitator", "Catalina Ruiz": "Ruiz", "Bilal Chaudhry": "Chaudhry", None: None}
    data = [
        ("Facilitator", "Thanks for joining, Catalina. Today we're looking at the new booking screen. There are no right or wrong answers."),
        ("Catalina Ruiz", "Okay. Should I just start clicking?"),
        ("Facilitator", "Please do, and try to think out loud as you go."),
        ("Catalina Ruiz", "So I want to book the climbing wall for Saturday. I'd look for a calendar... there it is, top right."),
        ("Catalina Ruiz", "Hmm, it's asking me for a membership number first. I don't know mine."),
        ("Facilitator", "What would you do at home?"),
        ("Catalina Ruiz", "Probably give up, honestly, or call them."),
        (None, "‹[recording paused – participant fetching her membership card]›"),
        ("Catalina Ruiz", "Okay, found it. It's on the back of the card. Typing it in now."),
        ("Bilal Chaudhry", "Sorry, can I ask something? Did you notice the \"Continue as guest\" link?"),
        ("Catalina Ruiz", "No. Where is it?"),
        ("Bilal Chaudhry", "Just under the grey button."),
        ("Catalina Ruiz", "Oh. That's very small. I would never have seen that."),
        ("Facilitator", "That's really useful. Let's keep going. Can you pick a time slot?"),
        ("Catalina Ruiz", "Ten o'clock. It says \"two places left\", which makes me want to hurry."),
        ("Facilitator", "Is that a good or a bad feeling?"),
        ("Catalina Ruiz", "Bad, I think. It feels like a trick."),
        ("Bilal Chaudhry", "That's fair. We added it last sprint."),
        ("Facilitator", "Okay, one more task and then we're done."),
    ]
    tl = timeline(len(data), 606, start=4, rate=0.4, texts=[t for _, t in data])
    with open(out_path(name), "w", encoding="utf-8") as f:
        for (p, t), (s, e) in zip(data, tl):
            f.write(json.dumps({"participant": p, "utterance": raw(t), "ts": hms(s)}, ensure_ascii=False) + "\n")
    write_truth(name, [(C[p], t) for p, t in data], [
        "Layout: JSON Lines, one object per line: {\"participant\": \"...\", \"utterance\": \"...\", \"ts\": \"00:01:02\"}",
        "(usability-test session export). Consecutive lines of one participant are one turn.",
        "Speakers: 'Facilitator' (role label, kept); 'Catalina Ruiz' -> Ruiz; 'Bilal Chaudhry' -> Chaudhry.",
        "Not speech: ts, keys, and the line with \"participant\": null whose utterance is '[recording paused – ...]'.",
        "Doubtful: the null-participant line lies between two of Ruiz's lines; it is editorial, so it gives no turn",
        "and does not end her turn (turn 6 = the lines either side of it). The quoted UI strings inside utterances are speech.",
    ], show)


def run(show):
    stt_plain_array(show)
    whisperx_segments(show)
    oral_argument(show)
    revai(show)
    assemblyai(show)
    jsonl(show)
