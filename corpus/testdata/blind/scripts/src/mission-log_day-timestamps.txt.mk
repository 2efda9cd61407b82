%% Layout: spaceflight air-to-ground log in the NASA transcript style: 'DD HH MM SS ROLE  text' rendered
%% here as '[DD HH:MM:SS] ROLE: text' (day, hour, minute, second), role call-signs CDR, CMP, LMP, CC
%% (capcom), a tape/page header, 'END OF TAPE' marker, garbled passages marked '(garble)', and a
%% 'LOS' (loss of signal) line that is not a speaker.
%% Speakers: role labels kept as written: CC, CDR, CMP, LMP.
%% Not speech: header lines, the '[DD HH:MM:SS]' stamps, '(garble)', '(Tape 44/2)', 'LOS' / 'AOS' lines,
%% the 'END OF TAPE' line.
%% Doubtful: 'Roger.' one-word turns are kept; CDR's two consecutive entries at 04:07:30 and 04:07:41 are one
%% turn. CC's 04:07:49 line and the 04:52:13 line after LOS/AOS are one CC turn (only non-speech between).
APOLLO-STYLE SIMULATION "HERON 4" - AIR-TO-GROUND VOICE TRANSCRIPTION
‹(GOSS NET 1)›                                                 Tape 44/1
                                                             Page 312

⟨CC⟩‹[03 04:05:06] CC: ›Heron, Houston. We'd like you to go to POO and ACCEPT, and we'll send you a state vector.
⟨CDR⟩‹[03 04:05:14] CDR: ›Roger, Houston. POO and ACCEPT coming up.
⟨CDR⟩‹[03 04:05:40] CDR: ›You have it.
⟨CC⟩‹[03 04:05:44] CC: ›Thank you, Heron.
⟨CMP⟩‹[03 04:06:02] CMP: ›Houston, Heron. We're seeing a master alarm, program alarm 1202. Say again, 1202.
⟨CC⟩‹[03 04:06:09] CC: ›Roger. Stand by.
⟨CC⟩‹[03 04:06:21] CC: ›Heron, Houston. We're go on that alarm. Go on that alarm.
⟨CMP⟩‹[03 04:06:25] CMP: ›Roger. Go on the alarm.
⟨LMP⟩‹[03 04:06:48] LMP: ›Houston, the ‹(garble)› pressure is reading five point eight, five point eight.
⟨CC⟩‹[03 04:06:55] CC: ›Copy five point eight. That's what we expect, Heron.
⟨LMP⟩‹[03 04:07:10] LMP: ›Okay. Good.
⟨CDR⟩‹[03 04:07:30] CDR: ›Houston, I've got the Earth in the window. It's about the size of my thumbnail now.
⟨CDR⟩‹[03 04:07:41] CDR: ›We'll get you some pictures on the next pass.
⟨CC⟩‹[03 04:07:49] CC: ›We'd like that, Heron. The whole room is listening.
⟨⟩LOS
‹(Tape 44/2)›
AOS
⟨CC⟩‹[03 04:52:13] CC: ›Heron, Houston. Radio check.
⟨CDR⟩‹[03 04:52:18] CDR: ›Loud and clear, Houston.
⟨CC⟩‹[03 04:52:22] CC: ›Roger, you're loud and clear also. Ready with the P37 pad when you are.
⟨CMP⟩‹[03 04:52:31] CMP: ›Go ahead.
⟨CC⟩‹[03 04:52:33] CC: ›Roger. P37 for TEI 30: 088 30, minus 3204, 180:09. Over.
⟨CMP⟩‹[03 04:52:58] CMP: ›Readback: 088 30, minus 3204, 180:09.
⟨CC⟩‹[03 04:53:05] CC: ›Good readback.
⟨⟩END OF TAPE
