%% Layout: White House-style press briefing transcript: header block (office, date, time, place), labels in
%% capitals with title ('MS. O'MALLEY:', 'SECRETARY AL-RASHID:'), reporters' questions as 'Q' at the start of
%% a paragraph (no colon), several different reporters all labelled 'Q', consecutive Q paragraphs (one turn),
%% '(Laughter.)', '(Cross-talk.)', and an 'END' line with the time.
%% Speakers: MS. O'MALLEY (press secretary Siobhán O'Malley) -> O'Malley; SECRETARY AL-RASHID (Secretary of
%% Transportation Yusuf al-Rashid) -> al-Rashid; Q (reporters, unnamed) kept as written: Q.
%% Not speech: header, labels, 'Q' labels, '(Laughter.)', '(Cross-talk.)', the 'END' line.
%% Doubtful: two consecutive Q paragraphs from different reporters cannot be told apart: both are 'Q', so
%% they form one Q turn ('Q Follow-up on that...' after another Q). Group: reporters are one label 'Q'.
THE WHITE HOUSE
Office of the Press Secretary

PRESS BRIEFING BY PRESS SECRETARY SIOBHÁN O'MALLEY AND SECRETARY OF TRANSPORTATION YUSUF AL-RASHID

James S. Brady Press Briefing Room

1:14 P.M. EDT

⟨O'Malley⟩‹MS. O'MALLEY: ›Good afternoon, everybody. Happy Tuesday. I have one thing at the top, and then I'll hand
it over to the Secretary, who's going to talk about the rail safety announcement.

As you know, the President signed the executive order this morning. Secretary, the floor is yours.

⟨al-Rashid⟩‹SECRETARY AL-RASHID: ›Thanks, Siobhán. Good afternoon. Today we're announcing new inspection rules for
freight trains carrying hazardous materials. Every car will be inspected by a qualified inspector, not
just by a camera, before it leaves the yard.

⟨O'Malley⟩‹MS. O'MALLEY: ›Okay, the Secretary has a few minutes for questions. Go ahead.

⟨Q⟩‹Q ›Thank you. Mr. Secretary, the rail companies say this will slow down shipping. What do you say to
that?

⟨al-Rashid⟩‹SECRETARY AL-RASHID: ›I say a derailment slows down shipping a lot more. ‹(Laughter.)› Look, we've talked
to the railroads. This is about ten minutes per car.

⟨Q⟩‹Q ›Follow-up on that?

⟨Q⟩‹Q ›Mr. Secretary, how many new inspectors will you need?

⟨al-Rashid⟩‹SECRETARY AL-RASHID: ›About twelve hundred, over three years.

⟨Q⟩‹Q ›And who pays for them?

⟨al-Rashid⟩‹SECRETARY AL-RASHID: ›The railroads. ‹(Cross-talk.)› One at a time, please.

⟨Q⟩‹Q ›Is that in the order, or does Congress need to act?

⟨al-Rashid⟩‹SECRETARY AL-RASHID: ›It's in the order. We have the authority.

⟨O'Malley⟩‹MS. O'MALLEY: ›Thank you, Mr. Secretary.

⟨al-Rashid⟩‹SECRETARY AL-RASHID: ›Thanks, everybody.

⟨O'Malley⟩‹MS. O'MALLEY: ›Okay. Zeke, go ahead.

⟨Q⟩‹Q ›Thanks, Siobhán. On the budget talks, has the President spoken to the Speaker today?

⟨O'Malley⟩‹MS. O'MALLEY: ›He has not, but staff have been in touch all morning.

⟨⟩END                1:41 P.M. EDT
