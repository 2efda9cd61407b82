%% Layout: film subtitles (SRT) with dialogue dashes: two speakers in one cue as '- NAME: text' lines, single-
%% speaker cues 'NAME: text', a sentence carried into the next cue without a label (continues the speaker),
%% '<i>' tags, an '(off-screen)' note, a '♪ ... ♪' music cue, '[sighs]'.
%% Speakers: the character names as labelled: ANNA, TOMÁS, GRANDMOTHER.
%% Not speech: cue numbers, timings, '- ' dashes, labels, '<i>'/'</i>' tags, '(off-screen)', '♪ radio music ♪',
%% '[sighs]'.
%% Doubtful: the unlabelled cue 'that's a riddle.' continues ANNA (lower-case continuation of her sentence).
%% TOMÁS 'Okay.' (end of a two-speaker cue) and his next cue 'Okay. I'm sorry.' are one turn.
12
00:01:02,000 --> 00:01:04,200
⟨ANNA⟩‹- ANNA: ›Where were you? It's nearly two.
⟨TOMÁS⟩‹- TOMÁS: ›Out.
⟨⟩
13
00:01:04,400 --> 00:01:06,600
⟨ANNA⟩‹ANNA: ›Out where?
⟨⟩
14
00:01:06,800 --> 00:01:09,000
⟨TOMÁS⟩‹TOMÁS: ›Walking. I couldn't sleep.
⟨⟩
15
00:01:09,200 --> 00:01:11,400
⟨⟩♪ radio music ♪
⟨⟩
16
00:01:11,600 --> 00:01:13,800
⟨ANNA⟩‹- ANNA: ›You could have left a note.
⟨TOMÁS⟩‹- TOMÁS: ›I did. It's on the fridge.
⟨⟩
17
00:01:14,000 --> 00:01:16,200
⟨ANNA⟩‹ANNA: ›‹<i>›"Gone walking."‹</i>› That's not a note, Tomás,
⟨⟩
18
00:01:16,400 --> 00:01:18,600
⟨ANNA⟩that's a riddle.
⟨⟩
19
00:01:18,800 --> 00:01:21,000
⟨TOMÁS⟩‹TOMÁS: ›‹[sighs] ›What do you want me to say?
⟨⟩
20
00:01:21,200 --> 00:01:23,400
⟨GRANDMOTHER⟩‹GRANDMOTHER: ›‹<i>›‹(off-screen) ›Who's shouting down there?‹</i>›
⟨⟩
21
00:01:23,600 --> 00:01:25,800
⟨ANNA⟩‹- ANNA: ›Nobody, Babcia. Go back to sleep.
⟨TOMÁS⟩‹- TOMÁS: ›Sorry, Babcia.
⟨⟩
22
00:01:26,000 --> 00:01:28,200
⟨GRANDMOTHER⟩‹GRANDMOTHER: ›‹<i>›Kids.‹</i>›
⟨⟩
23
00:01:28,400 --> 00:01:30,600
⟨ANNA⟩‹ANNA: ›She's going to tell Mum.
⟨⟩
24
00:01:30,800 --> 00:01:33,000
⟨TOMÁS⟩‹TOMÁS: ›She tells Mum everything. It doesn't matter.
⟨⟩
25
00:01:33,200 --> 00:01:35,400
⟨ANNA⟩‹- ANNA: ›It matters to me.
⟨TOMÁS⟩‹- TOMÁS: ›Okay.
⟨⟩
26
00:01:35,600 --> 00:01:37,800
⟨TOMÁS⟩‹TOMÁS: ›Okay. I'm sorry.
⟨⟩
