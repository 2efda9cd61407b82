%% Layout: diarisation-tool text output (WhisperX/pyannote style): 'SPEAKER_00: text' one line per segment,
%% many consecutive segments of the same speaker (one turn), a 'SPEAKER_02' who speaks once, and a
%% header comment line.
%% Speakers: labels as written: SPEAKER_00, SPEAKER_01, SPEAKER_02.
%% Not speech: the '# ...' header lines at the top (tool output comments).
# whisperx 3.1.1 --diarize --min_speakers 2 --max_speakers 3
# source: lab_meeting_2024-05-17.m4a
⟨SPEAKER_00⟩‹SPEAKER_00: ›Okay, let's get started. So this week we got the new batch of samples back from the sequencing core.
⟨SPEAKER_00⟩‹SPEAKER_00: ›And the good news is the library prep worked this time.
⟨SPEAKER_00⟩‹SPEAKER_00: ›The bad news is about a third of the reads are adapter dimers.
⟨SPEAKER_01⟩‹SPEAKER_01: ›A third?
⟨SPEAKER_00⟩‹SPEAKER_00: ›Roughly. Thirty-two percent.
⟨SPEAKER_01⟩‹SPEAKER_01: ›That's a lot. Was it the bead cleanup?
⟨SPEAKER_00⟩‹SPEAKER_00: ›That's my guess. We used the old ratio, point eight, and I think for these fragment sizes we need to go higher.
⟨SPEAKER_01⟩‹SPEAKER_01: ›We can just trim them computationally, though, right?
⟨SPEAKER_00⟩‹SPEAKER_00: ›We can, and I did, but we lose depth. Some of the samples are down to two million reads after trimming.
⟨SPEAKER_01⟩‹SPEAKER_01: ›Hmm.
⟨SPEAKER_01⟩‹SPEAKER_01: ›Okay, so what's the plan, redo the prep for those?
⟨SPEAKER_00⟩‹SPEAKER_00: ›For the worst eight, yes. The rest are fine.
⟨SPEAKER_02⟩‹SPEAKER_02: ›Sorry, can I jump in? Which samples are the worst eight?
⟨SPEAKER_00⟩‹SPEAKER_00: ›The ones from the March field trip. The ones that sat in the freezer the longest.
⟨SPEAKER_02⟩‹SPEAKER_02: ›That makes sense. The RNA from those was already pretty degraded when I extracted it.
⟨SPEAKER_01⟩‹SPEAKER_01: ›So maybe it's not the cleanup at all.
⟨SPEAKER_00⟩‹SPEAKER_00: ›Maybe not. Could be both.
⟨SPEAKER_00⟩‹SPEAKER_00: ›I'll run the Bioanalyzer on the leftovers tomorrow and we'll know.
⟨SPEAKER_01⟩‹SPEAKER_01: ›Sounds good. Next item.
