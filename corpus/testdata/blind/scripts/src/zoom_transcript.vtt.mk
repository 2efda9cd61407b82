%% Layout: Zoom cloud-recording transcript (WebVTT): numbered cues, timing lines, 'Display Name: text' inside each
%% cue (no <v> tags), consecutive cues of one speaker each labelled (one turn), speech that itself begins with a
%% word and colon ('Note: the registration deadline...', 'Question: are we...') after the speaker label.
%% Speakers: display names -> surnames: Wanjiku Kamau -> Kamau; Diego Hernández -> Hernández; Li Wei -> Li
%% (Chinese order, surname first).
%% Not speech: WEBVTT header, cue numbers, timings, the display-name labels.
%% Doubtful: 'Note:' and 'Question:' inside a labelled cue are speech (the first 'Name:' on the line is the label).
WEBVTT

1
00:00:01.200 --> 00:00:04.467
⟨Kamau⟩‹Wanjiku Kamau: ›Okay, can everyone hear me? Great.
⟨⟩
2
00:00:04.867 --> 00:00:10.133
⟨Kamau⟩‹Wanjiku Kamau: ›So this is the last planning call before the workshop in Kisumu.
⟨⟩
3
00:00:10.533 --> 00:00:12.867
⟨Hernández⟩‹Diego Hernández: ›Yes, loud and clear.
⟨⟩
4
00:00:13.267 --> 00:00:19.533
⟨Kamau⟩‹Wanjiku Kamau: ›Note: the registration deadline has moved to Friday, so please tell your teams.
⟨⟩
5
00:00:19.933 --> 00:00:22.933
⟨Li⟩‹Li Wei: ›Friday this week or next week?
⟨⟩
6
00:00:23.333 --> 00:00:26.800
⟨Kamau⟩‹Wanjiku Kamau: ›This week. Sorry, I should have said.
⟨⟩
7
00:00:27.200 --> 00:00:32.800
⟨Hernández⟩‹Diego Hernández: ›That's tight for our people. Half of them are still waiting on visas.
⟨⟩
8
00:00:33.200 --> 00:00:38.267
⟨Kamau⟩‹Wanjiku Kamau: ›Send me the names and I'll ask the organisers to hold places.
⟨⟩
9
00:00:38.667 --> 00:00:40.200
⟨Hernández⟩‹Diego Hernández: ›Will do.
⟨⟩
10
00:00:40.600 --> 00:00:45.333
⟨Li⟩‹Li Wei: ›Question: are we still doing the field visit on day two?
⟨⟩
11
00:00:45.733 --> 00:00:49.333
⟨Kamau⟩‹Wanjiku Kamau: ›Yes, the boats are booked. Bring a hat.
⟨⟩
12
00:00:49.733 --> 00:00:52.333
⟨Li⟩‹Li Wei: ›And sunscreen, I assume.
⟨⟩
13
00:00:52.733 --> 00:00:56.933
⟨Hernández⟩‹Diego Hernández: ›And seasickness tablets, if it's like last year.
⟨⟩
14
00:00:57.333 --> 00:00:59.600
⟨Kamau⟩‹Wanjiku Kamau: ›Last year was fine!
⟨⟩
15
00:01:00.000 --> 00:01:02.000
⟨Hernández⟩‹Diego Hernández: ›For you, maybe.
⟨⟩
16
00:01:02.400 --> 00:01:07.267
⟨Kamau⟩‹Wanjiku Kamau: ›Okay, okay. Anything else? No? Then see you all in Kisumu.
⟨⟩
