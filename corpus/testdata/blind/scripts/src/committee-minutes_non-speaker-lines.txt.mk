%% Layout: verbatim committee minutes with 'Name:' labels (titles: 'Cllr', 'Chair', 'Ms', 'Dr') mixed with
%% non-speaker lines that look like labels: 'Note:', 'Source:', 'Present:', 'Apologies:', 'Action:',
%% 'Item 4:', and bare times '10:30 The meeting resumed.'; one speaker's remarks continue after a
%% 'Note:' line (same turn).
%% Speakers: 'Chair' (Cllr Helen Abebe, named in the Present list as chair) -> Abebe; 'Cllr Singh' -> Singh;
%% 'Ms Dubois' -> Dubois; 'Dr Kowalczyk' -> Kowalczyk; 'Cllr Abebe' (once, same person) -> Abebe.
%% Not speech: the title, Source/Present/Apologies lines, 'Item N:' headings, 'Note:' and 'Action:' lines,
%% '10:30 The meeting adjourned/resumed' lines, the 'Minutes approved' footer.
%% Doubtful: 'Chair' resolved to Abebe because the Present list says 'Cllr Helen Abebe (Chair)'.
PARKS AND OPEN SPACES COMMITTEE - VERBATIM NOTE
Tuesday 9 July 2024, Committee Room 2
Source: audio recording held by Democratic Services (file PK-2024-07-09.wav)
Present: Cllr Helen Abebe (Chair), Cllr Arjun Singh, Cllr M. Reyes
In attendance: Ms Claire Dubois (Head of Parks), Dr Piotr Kowalczyk (ecologist)
Apologies: Cllr T. Wright

Item 4: Meadow planting at Hollins Field

⟨Abebe⟩‹Chair: ›Thank you. We move to item four, the meadow planting. Ms Dubois, would you introduce the report?
⟨Dubois⟩‹Ms Dubois: ›Thank you, Chair. Members will recall that last year we stopped mowing about a third of
Hollins Field as a trial. The report sets out what happened. In short, the number of flowering species
roughly doubled, and we had fewer complaints than we expected.
⟨⟩Note: the officer displayed a map of the trial area.
⟨Dubois⟩‹Ms Dubois: ›As you can see on the map, the trial area is the strip along the brook. We propose to extend
it to the northern slope this autumn.
⟨Singh⟩‹Cllr Singh: ›Fewer complaints than expected, how many was that?
⟨Dubois⟩‹Ms Dubois: ›Fourteen.
⟨Singh⟩‹Cllr Singh: ›Fourteen is not nothing. Most of them were about dog walkers and ticks, if I remember the
emails.
⟨Abebe⟩‹Chair: ›Dr Kowalczyk, can you speak to the ticks?
⟨Kowalczyk⟩‹Dr Kowalczyk: ›Yes. Long grass does hold more ticks, that's true. But the risk here is low and it's easily
managed with a mown path through the middle. We recommend a path two metres wide.
⟨Singh⟩‹Cllr Singh: ›I'd be happier with that.
⟨⟩Action: Parks to include a mown path in the extended plan.
⟨Abebe⟩‹Chair: ›Good. I'm going to adjourn for ten minutes for the fire alarm test.
⟨⟩10:20 The meeting adjourned.
⟨⟩10:30 The meeting resumed.
⟨Abebe⟩‹Cllr Abebe: ›Thank you for your patience. Are there any further questions on item four?
⟨Singh⟩‹Cllr Singh: ›Just one. What does this cost?
⟨Dubois⟩‹Ms Dubois: ›Less than mowing. About four thousand pounds a year less, once the seed is in.
⟨Abebe⟩‹Chair: ›Then I think we can agree the recommendation. All in favour? That's carried.
⟨⟩Note: the recommendation was agreed unanimously.
⟨⟩
Minutes approved: 10 September 2024
