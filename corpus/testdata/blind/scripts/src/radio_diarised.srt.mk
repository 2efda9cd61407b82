%% Layout: SRT file from a diarisation tool: cue number, 'hh:mm:ss,mmm --> hh:mm:ss,mmm' timing line, text
%% '[SPEAKER_00]: text'; consecutive cues of one speaker (one turn), a phone caller as SPEAKER_03, '[laughs]'
%% inside text, a final blank line; no names.
%% Speakers: labels as written (anonymous diarisation labels): SPEAKER_00, SPEAKER_01, SPEAKER_02, SPEAKER_03.
%% Not speech: cue numbers, timing lines, the '[SPEAKER_NN]:' labels, '[laughs]'.
%% Doubtful: '[laughs]' at the start of a cue text is an editorial insertion, not a label (no colon).
1
00:00:03,137 --> 00:00:11,251
⟨SPEAKER_00⟩‹[SPEAKER_00]: ›Welcome back to the Harbour Stories podcast. I'm here with a woman who ran the fish market for thirty years.
⟨⟩
2
00:00:11,274 --> 00:00:14,502
⟨SPEAKER_00⟩‹[SPEAKER_00]: ›Thanks for coming in.
⟨⟩
3
00:00:14,411 --> 00:00:20,753
⟨SPEAKER_01⟩‹[SPEAKER_01]: ›Thank you for having me. It's strange to be on this side of the microphone.
⟨⟩
4
00:00:20,548 --> 00:00:24,004
⟨SPEAKER_00⟩‹[SPEAKER_00]: ›So how did you end up running the market?
⟨⟩
5
00:00:24,685 --> 00:00:32,255
⟨SPEAKER_01⟩‹[SPEAKER_01]: ›My father had the stall before me. When he got sick, somebody had to open up at four in the morning,
⟨⟩
6
00:00:32,822 --> 00:00:37,506
⟨SPEAKER_01⟩‹[SPEAKER_01]: ›and my brothers were not morning people. ‹[laughs]›
⟨⟩
7
00:00:37,959 --> 00:00:39,757
⟨SPEAKER_00⟩‹[SPEAKER_00]: ›And you were?
⟨⟩
8
00:00:39,096 --> 00:00:44,008
⟨SPEAKER_01⟩‹[SPEAKER_01]: ›I had no choice. After a while you get used to it.
⟨⟩
9
00:00:44,233 --> 00:00:51,259
⟨SPEAKER_01⟩‹[SPEAKER_01]: ›You get to see the boats come in while the town is still asleep. There's nothing like it.
⟨⟩
10
00:00:51,370 --> 00:00:55,510
⟨SPEAKER_00⟩‹[SPEAKER_00]: ›What's changed the most since then?
⟨⟩
11
00:00:55,507 --> 00:01:00,761
⟨SPEAKER_01⟩‹[SPEAKER_01]: ›The fish. We used to have cod every day. Now it's a treat.
⟨⟩
12
00:01:00,644 --> 00:01:07,012
⟨SPEAKER_02⟩‹[SPEAKER_02]: ›Sorry to interrupt, we've got a caller on line two who used to buy from your stall.
⟨⟩
13
00:01:07,781 --> 00:01:10,263
⟨SPEAKER_00⟩‹[SPEAKER_00]: ›Oh, lovely. Go ahead, caller.
⟨⟩
14
00:01:10,918 --> 00:01:17,514
⟨SPEAKER_03⟩‹[SPEAKER_03]: ›Hello? Yes, I just wanted to say, you always saved me the best mackerel. Every Friday.
⟨⟩
15
00:01:17,055 --> 00:01:22,765
⟨SPEAKER_01⟩‹[SPEAKER_01]: ›‹[laughs]› I remember you! The lady with the blue bicycle.
⟨⟩
16
00:01:22,192 --> 00:01:24,016
⟨SPEAKER_03⟩‹[SPEAKER_03]: ›That's me.
⟨⟩
17
00:01:24,329 --> 00:01:29,267
⟨SPEAKER_00⟩‹[SPEAKER_00]: ›Well, that's what radio is for. Thank you, caller.
⟨⟩
18
00:01:29,466 --> 00:01:33,518
⟨SPEAKER_00⟩‹[SPEAKER_00]: ›We'll take a short break and be right back.
⟨⟩
