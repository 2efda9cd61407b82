%% Layout: broadcast-style WebVTT captions of a city council meeting: all capitals, no names in labels; '>>' at
%% the start of a cue marks a change of speaker; cues without '>>' continue the previous speaker; '[ APPLAUSE ]'
%% and '[ LAUGHTER ]' captions; captions break mid-sentence across cues.
%% Speakers: identified by reading (as for the Oakland captions in ../truth): the mayor introduces herself (Annika
%% Lindgren -> Lindgren); the clerk calls the roll (unnamed -> Clerk); Abdi and Torres-López answer the roll call;
%% the public commenter gives his name (Rafael Castillo -> Castillo).
%% Not speech: WEBVTT header, cue timings, '>>' markers, bracketed captions.
%% Doubtful: the speaker names come from reading only; the turn boundaries do not depend on them: each of the
%% 15 '>>' cues starts a new turn (15 turns), and every cue without '>>' continues the current turn.
WEBVTT

00:00:02.000 --> 00:00:08.350
⟨Lindgren⟩‹>> ›GOOD EVENING. I'M MAYOR ANNIKA LINDGREN, AND I CALL THIS MEETING OF THE CITY COUNCIL TO ORDER.
⟨⟩
00:00:08.350 --> 00:00:11.550
⟨Lindgren⟩MADAM CLERK, PLEASE CALL THE ROLL.
⟨⟩
00:00:11.550 --> 00:00:14.150
⟨Clerk⟩‹>> ›COUNCILMEMBER ABDI.
⟨⟩
00:00:14.150 --> 00:00:16.050
⟨Abdi⟩‹>> ›HERE.
⟨⟩
00:00:16.050 --> 00:00:19.050
⟨Clerk⟩‹>> ›COUNCILMEMBER TORRES-LÓPEZ.
⟨⟩
00:00:19.050 --> 00:00:21.100
⟨Torres-López⟩‹>> ›PRESENT.
⟨⟩
00:00:21.100 --> 00:00:23.500
⟨Clerk⟩‹>> ›MAYOR LINDGREN.
⟨⟩
00:00:23.500 --> 00:00:28.500
⟨Lindgren⟩‹>> ›HERE. THANK YOU. WE'LL BEGIN WITH PUBLIC COMMENT. OUR FIRST SPEAKER
⟨⟩
00:00:28.500 --> 00:00:31.900
⟨Lindgren⟩IS MR. CASTILLO. YOU HAVE TWO MINUTES.
⟨⟩
00:00:31.900 --> 00:00:36.900
⟨Castillo⟩‹>> ›THANK YOU, MAYOR. MY NAME IS RAFAEL CASTILLO, I LIVE ON ELM STREET,
⟨⟩
00:00:36.900 --> 00:00:41.850
⟨Castillo⟩AND I'M HERE ABOUT THE STREETLIGHTS. HALF OF THEM HAVE BEEN OUT SINCE
⟨⟩
00:00:41.850 --> 00:00:46.150
⟨Castillo⟩SEPTEMBER. I'VE CALLED THE CITY FOUR TIMES. ‹[ APPLAUSE ]›
⟨⟩
00:00:46.150 --> 00:00:48.550
⟨Castillo⟩NOBODY CALLS BACK.
⟨⟩
00:00:48.550 --> 00:00:53.900
⟨Lindgren⟩‹>> ›THANK YOU, MR. CASTILLO. COUNCILMEMBER ABDI, I THINK THAT'S YOUR DISTRICT.
⟨⟩
00:00:53.900 --> 00:00:59.250
⟨Abdi⟩‹>> ›IT IS. MR. CASTILLO, I'M SORRY. I'LL GET PUBLIC WORKS OUT THERE THIS WEEK,
⟨⟩
00:00:59.250 --> 00:01:02.500
⟨Abdi⟩AND I'LL CALL YOU MYSELF ON FRIDAY.
⟨⟩
00:01:02.500 --> 00:01:05.250
⟨Castillo⟩‹>> ›I'LL HOLD YOU TO THAT.
⟨⟩
00:01:05.250 --> 00:01:07.400
⟨Abdi⟩‹>> ›PLEASE DO.
⟨⟩
00:01:07.400 --> 00:01:11.550
⟨Lindgren⟩‹>> ›‹[ LAUGHTER ]› THANK YOU BOTH. NEXT SPEAKER, PLEASE.
⟨⟩
00:01:11.550 --> 00:01:15.350
⟨Clerk⟩‹>> ›THERE ARE NO FURTHER SPEAKERS, MADAM MAYOR.
⟨⟩
00:01:15.350 --> 00:01:20.250
⟨Lindgren⟩‹>> ›THEN WE'LL CLOSE PUBLIC COMMENT AND MOVE TO THE CONSENT CALENDAR.
⟨⟩
