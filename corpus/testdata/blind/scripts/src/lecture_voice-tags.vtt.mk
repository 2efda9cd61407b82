%% Layout: WebVTT with '<v Name>' voice tags: header with metadata, a STYLE block, NOTE comments, cue
%% identifiers, cue settings ('align:start line:85%'), '</v>' closing tags, a '<v.question Name>' tag with a
%% class, '<i>' and '<b>' markup, a cue with two voices (two speakers in one cue), consecutive cues of one
%% voice (one turn), a '[APPLAUSE]' caption cue with no voice.
%% Speakers: voice names -> surnames: Prof. Ngozi Eze -> Eze; Dr. Tanvir Hossain -> Hossain; Ji-woo Park (audience
%% member) -> Park.
%% Not speech: header/metadata, STYLE and NOTE blocks, cue ids and timing lines, tags, '[APPLAUSE]', '(laughter)'.
%% Doubtful: the '[APPLAUSE]' cue between two Eze cues does not break her turn.
WEBVTT
Kind: captions
Language: en

STYLE
::cue(v[voice="Prof. Ngozi Eze"]) { color: yellow; }

NOTE
Public lecture, Department of Earth Sciences, 12 October 2023.
Captions corrected by hand.

intro-1
00:00:01.000 --> 00:00:04.500 align:start line:85%
⟨Hossain⟩‹<v Dr. Tanvir Hossain>›Good evening, everyone, and welcome.‹</v>›
⟨⟩
intro-2
00:00:04.500 --> 00:00:09.200
⟨Hossain⟩‹<v Dr. Tanvir Hossain>›It's my pleasure to introduce Professor Ngozi Eze, who studies glaciers
in places most of us will never visit.‹</v>›
⟨⟩
3
00:00:09.200 --> 00:00:11.000
[APPLAUSE]

4
00:00:11.000 --> 00:00:15.800
⟨Eze⟩‹<v Prof. Ngozi Eze>›Thank you, Tanvir. And thank you all for coming out on a Thursday night.‹</v>›
⟨⟩
5
00:00:15.800 --> 00:00:21.300
⟨Eze⟩‹<v Prof. Ngozi Eze>›I want to start with a picture. This is the Rhône Glacier, in Switzerland, in 1900.‹</v>›
⟨⟩
6
00:00:21.300 --> 00:00:23.000
[APPLAUSE]

7
00:00:23.000 --> 00:00:28.400
⟨Eze⟩‹<v Prof. Ngozi Eze>›And this is the same place last summer. ‹<i>›That‹</i>› is what a hundred years looks like.
⟨⟩
8
00:00:28.400 --> 00:00:34.900
⟨Eze⟩‹<v Prof. Ngozi Eze>›The ice has retreated more than a kilometre. They now cover parts of it with white blankets
to slow the melting.
⟨⟩
NOTE the speaker pauses here for the slide change

9
00:00:34.900 --> 00:00:40.000
⟨Eze⟩‹<v Prof. Ngozi Eze>›So tonight I'll talk about three things: how we measure ice, why it matters, and
‹<b>›what we can still do‹</b>›.
⟨⟩
10
00:41:02.000 --> 00:41:06.500
⟨Hossain⟩‹<v Dr. Tanvir Hossain>›We have time for a few questions. Yes, at the front.
⟨⟩
11
00:41:06.500 --> 00:41:12.000
⟨Park⟩‹<v.question Ji-woo Park>›Hi, thank you. Do the white blankets actually work, or is it more symbolic?
⟨⟩
12
00:41:12.000 --> 00:41:17.300
⟨Eze⟩‹<v Prof. Ngozi Eze>›They work, locally. They can cut melting by half under the blanket.
⟨Park⟩‹<v.question Ji-woo Park>›Only under it?
⟨⟩
13
00:41:17.300 --> 00:41:22.800
⟨Eze⟩‹<v Prof. Ngozi Eze>›Only under it. So it's a way to save a tourist site, not a glacier. ‹(laughter)›
⟨⟩
14
00:41:22.800 --> 00:41:26.000
⟨Hossain⟩‹<v Dr. Tanvir Hossain>›Thank you, Ngozi. Please join me in thanking our speaker.
