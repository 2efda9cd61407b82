%% Layout: timestamped chat/meeting log '[hh:mm:ss] Name: text', system lines ('*** Ann joined', '-- topic --')
%% that are not speech, a /me action line, consecutive lines by one speaker (one turn).
%% Speakers: first names / handles as written in the log are the only identification: Ann, Rahul, Zoë.
%% (Handles of anonymous participants; kept as written.)
%% Not speech: the log header, '[..] *** X has joined/left' lines, '[..] -- topic: ... --' line, the
%% '* Rahul waves' action line (an IRC /me action, narration not speech), timestamps.
%% Doubtful: the '* Rahul waves' /me line is treated as narration (no turn); it sits between Ann's and Rahul's
%% lines, so it changes no boundary. Ann's two first lines (10:02:11, 10:02:15) are one turn.
Log of #release-planning, 2023-10-04 (UTC)
⟨⟩[10:01:55] *** Ann has joined #release-planning
⟨Ann⟩‹[10:02:11] Ann: ›morning all
⟨Ann⟩‹[10:02:15] Ann: ›shall we start? agenda is in the doc
⟨⟩[10:02:30] *** Rahul has joined #release-planning
⟨⟩[10:02:41] * Rahul waves
⟨Rahul⟩‹[10:02:44] Rahul: ›morning! sorry, train wifi
⟨Ann⟩‹[10:02:58] Ann: ›no worries. first item: the 4.2 freeze. are we still on for friday?
⟨Rahul⟩‹[10:03:20] Rahul: ›i think so. two PRs left, both in review
⟨⟩[10:03:31] *** Zoë has joined #release-planning
⟨Zoë⟩‹[10:03:35] Zoë: ›hi, what did i miss
⟨Ann⟩‹[10:03:40] Ann: ›freeze is friday, two PRs left
⟨Zoë⟩‹[10:03:52] Zoë: ›the i18n one is mine, i'll get it merged today
⟨Zoë⟩‹[10:04:05] Zoë: ›the other one is the db migration, which I think is blocked on Rahul
⟨Rahul⟩‹[10:04:17] Rahul: ›yep, i need a second reviewer for that
⟨Rahul⟩‹[10:04:20] Rahul: ›Ann could you?
⟨Ann⟩‹[10:04:33] Ann: ›sure, after lunch
⟨⟩[10:04:40] -- topic: 4.2 freeze fri 6 Oct | next: changelog --
⟨Ann⟩‹[10:04:52] Ann: ›ok next: changelog. Zoë you volunteered?
⟨Zoë⟩‹[10:05:10] Zoë: ›i did, draft is up. please check the wording on the API change, it's breaking for some users
⟨Rahul⟩‹[10:05:31] Rahul: ›will do
⟨Ann⟩‹[10:05:45] Ann: ›great, that's it for today. thanks both
⟨⟩[10:05:49] *** Ann has left #release-planning
