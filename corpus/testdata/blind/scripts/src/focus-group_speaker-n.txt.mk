%% Layout: focus-group transcript with 'Speaker 1:' ... 'Speaker 4:' labels and a 'Moderator:' label, text on the
%% same line, wrapped continuation lines, '[crosstalk]', '[laughter]', 'Speaker 3:' interjection in the middle
%% of Speaker 2's point (Speaker 2's continuation is a new turn).
%% Speakers: anonymous labels as written: Moderator, Speaker 1, Speaker 2, Speaker 3, Speaker 4.
%% Not speech: the header lines, '[crosstalk]', '[laughter]', '[long pause]', the 'Session ends' line.
%% Doubtful: 'Speaker 4: [laughter]' has no speech and gives no turn; the Moderator's text either side of it is
%% one turn.
Focus Group 3 - Library Opening Hours
Location: Eastside Community Centre
Participants: 4 (identified by number only)

⟨Moderator⟩‹Moderator: ›Thanks everyone for coming. There are no right or wrong answers, we just want to hear what you
think. Who wants to start? How often do you use the library?
⟨Speaker 1⟩‹Speaker 1: ›Every week. I take my grandson on Saturdays for the story time.
⟨Speaker 2⟩‹Speaker 2: ›Not as much as I'd like. I work until six and by the time I get there it's closing.
⟨Moderator⟩‹Moderator: ›What time would work for you?
⟨Speaker 2⟩‹Speaker 2: ›Honestly, eight o'clock would change everything. Even one late night a week.
⟨Speaker 3⟩‹Speaker 3: ›Same. Thursday evening would be perfect.
⟨Speaker 2⟩‹Speaker 2: ›But the thing is, if it's only one night, then everyone goes that night, and
⟨Speaker 3⟩‹Speaker 3: ›‹[crosstalk]› and there's nowhere to sit.
⟨Speaker 2⟩‹Speaker 2: ›Exactly, there's nowhere to sit.
⟨Speaker 4⟩‹Speaker 4: ›Can I say something about Sundays?
⟨Moderator⟩‹Moderator: ›Please.
⟨Speaker 4⟩‹Speaker 4: ›My family goes to church in the morning, and after that there's nothing to do in this
neighbourhood. Nothing. If the library opened on Sunday afternoons the kids would be there, I promise you.
⟨Speaker 1⟩‹Speaker 1: ›Would they, though? ‹[laughter]›
⟨Speaker 4⟩‹Speaker 4: ›Mine would. They'd go for the computers.
⟨Moderator⟩‹Moderator: ›That's a fair point about the computers. Let me
⟨Speaker 4⟩‹Speaker 4: ›‹[laughter]›
⟨Moderator⟩‹Moderator: ›let me ask about the computers, actually. Does everyone use them?
⟨Speaker 1⟩‹Speaker 1: ›I don't. I'm hopeless with them.
⟨Speaker 3⟩‹Speaker 3: ›I do, for job applications. The wifi at home is terrible.
⟨Speaker 2⟩‹Speaker 2: ›‹[long pause]› I use my phone, mostly.
⟨Moderator⟩‹Moderator: ›Okay. Last question. If you could change one thing, just one, what would it be?
⟨Speaker 1⟩‹Speaker 1: ›Keep the story time.
⟨Speaker 2⟩‹Speaker 2: ›Late opening.
⟨Speaker 3⟩‹Speaker 3: ›Late opening.
⟨Speaker 4⟩‹Speaker 4: ›Sundays.
⟨Moderator⟩‹Moderator: ›Thank you all so much.

⟨⟩Session ends 7:42 pm.
