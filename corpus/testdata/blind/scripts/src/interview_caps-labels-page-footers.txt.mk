%% Layout: word-processor transcript exported to text: upper-case labels 'INTERVIEWER:' and 'ACHTERBERG:' (a
%% surname label), label on the first paragraph only, following paragraphs of the same answer unlabelled and
%% separated by blank lines; a repeating page footer 'Achterberg interview - page N of 3 - CONFIDENTIAL' and a
%% header line on each page; '[laughs]', '[phone rings]', '[inaudible]', '[?Rotterdam?]' uncertain-word marks;
%% the page-1 footer and page-2 header fall between two paragraphs of one answer (same turn); a brief back-channel 'INTERVIEWER: Mm.' inside a long answer (ends the turn).
%% Speakers: INTERVIEWER is a role label, kept as written in normalised case -> Interviewer (the header names
%% the interviewer, S. Mukherjee, but the label is a role label, per the guidelines); ACHTERBERG (Joost Achterberg, the
%% narrator named in the header) -> Achterberg. One 'Interviewer:' mixed-case label variant.
%% Not speech: header lines, page footers/headers, bracketed insertions.
%% Doubtful: '[?Rotterdam?]' marks an uncertain hearing of a spoken word; the transcriber's brackets are
%% editorial, so the whole group is removed (the word 'Rotterdam' is not counted).
PORT OF AMSTERDAM ORAL HISTORY - DOCKWORKERS SERIES
Narrator: Joost Achterberg        Interviewer: S. Mukherjee        Recorded: 3 May 2018

⟨Interviewer⟩‹INTERVIEWER: ›Let's begin with your first day on the docks. Do you remember it?

⟨Achterberg⟩‹ACHTERBERG: ›Oh, yes. The 4th of January, 1966. It was so cold the ropes were frozen stiff. My father
walked me to the gate and said, keep your mouth shut and your eyes open. That was the whole advice.

⟨Interviewer⟩‹INTERVIEWER: ›And did you?

⟨Achterberg⟩‹ACHTERBERG: ›The eyes, yes. The mouth, not so much. ‹[laughs]›

⟨Interviewer⟩‹INTERVIEWER: ›What was the work like then, before the containers?

⟨Achterberg⟩‹ACHTERBERG: ›Everything by hand. Sacks of coffee, sixty kilos each. Bales of tobacco. Timber from
Finland. You had a hook, like this, and you carried everything on your back or your shoulder.

‹Achterberg interview - page 1 of 3 - CONFIDENTIAL›

‹PORT OF AMSTERDAM ORAL HISTORY - Achterberg, J.›

A ship would take a week to unload, sometimes two. And the gangs, eight or ten men, they were like
family. You knew who was strong, who was lazy, who drank.

⟨Interviewer⟩‹INTERVIEWER: ›Mm.

⟨Achterberg⟩‹ACHTERBERG: ›And who you could trust. That was the most important thing.

⟨Interviewer⟩‹INTERVIEWER: ›Why was trust so important?

⟨Achterberg⟩‹ACHTERBERG: ›Because if a load fell, somebody died. Simple as that. I saw it happen twice. The second
time was a boy from Groningen, nineteen years old. We all went to the funeral.

⟨Interviewer⟩‹INTERVIEWER: ›I'm sorry.

⟨Achterberg⟩‹ACHTERBERG: ›It was a long time ago. But you don't forget.

⟨Interviewer⟩‹INTERVIEWER: ›When did the containers arrive?

⟨Achterberg⟩‹ACHTERBERG: ›The first container ship I worked was in 1969, I think. Maybe 1970. It came from ‹[?Rotterdam?]›
and everybody stood and watched it like it was a spaceship. ‹[laughs]› Nobody knew what to do.

Within ten years, half the men were gone. The work that took a week, now it took a day, with a crane and
four men.

⟨Interviewer⟩‹INTERVIEWER: ›How did people feel about that?

⟨Achterberg⟩‹ACHTERBERG: ›Angry. Frightened. There were strikes. In 1979 we were out for three weeks. ‹[phone rings]›
Sorry, one moment.

⟨Interviewer⟩‹INTERVIEWER: ›Of course.

⟨Achterberg⟩‹ACHTERBERG: ›Sorry. My daughter. Where was I?

⟨Interviewer⟩‹INTERVIEWER: ›The strike in 1979.

⟨Achterberg⟩‹ACHTERBERG: ›Yes. We got some things. Early pensions for the older men, retraining for the young ones. But
the old work was finished. Everybody knew it.

‹Achterberg interview - page 2 of 3 - CONFIDENTIAL›

‹PORT OF AMSTERDAM ORAL HISTORY - Achterberg, J.›

⟨Interviewer⟩‹Interviewer: ›Did you retrain?

⟨Achterberg⟩‹ACHTERBERG: ›I became a crane driver. Twenty-six years in the cab. ‹[inaudible]› the best view in Amsterdam,
I used to say.

⟨Interviewer⟩‹INTERVIEWER: ›Do you miss it?

⟨Achterberg⟩‹ACHTERBERG: ›The view, yes. The cold, no. ‹[laughs]›

⟨Interviewer⟩‹INTERVIEWER: ›Is there anything you'd like to add?

⟨Achterberg⟩‹ACHTERBERG: ›Only that people should know that the port was built by men's backs. Not by machines. The
machines came later.

⟨Interviewer⟩‹INTERVIEWER: ›Thank you, Mr. Achterberg.

⟨Achterberg⟩‹ACHTERBERG: ›Thank you.

‹Achterberg interview - page 3 of 3 - CONFIDENTIAL›
