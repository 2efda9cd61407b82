%% Layout: Australian-style Hansard proof: page header 'CHAMBER' / 'PROOF', debate title in capitals, labels
%% 'Ms KOVAČ (Fenner—Minister for Housing) (14:05):', 'Mr HAYWARD (Bradfield) (14:09):', 'The SPEAKER:',
%% short labels 'Ms KOVAČ:' after the first full one, 'Government members interjecting—', a 'Question
%% agreed to.' result line, a division-style 'Debate adjourned' line, running page number '12'.
%% Speakers: surnames from the capitalised labels: Kovač, Hayward, O'Sullivan; The SPEAKER = the Hon. Milton
%% Daraja (named in the 'The SPEAKER (Hon. Milton Daraja)' line) -> Daraja.
%% Not speech: header/footer furniture, debate titles, '(electorate—portfolio) (hh:mm):' parts of labels,
%% 'interjecting—' lines, result lines, the page number.
%% Doubtful: Kovač's speech is split by the page number '12' and a repeated 'CHAMBER' running head: one turn.
CHAMBER
PROOF
Thursday, 15 February 2024                 HOUSE OF REPRESENTATIVES

The SPEAKER (Hon. Milton Daraja) took the chair at 09:30, made an acknowledgement of country and read prayers.

BILLS
Affordable Homes (Build to Rent) Bill 2024
Second Reading

⟨Kovač⟩‹Ms KOVAČ (Fenner—Minister for Housing) (14:05): ›I move:

That this bill be now read a second time.

This bill delivers on our promise to build more homes, and to build them faster. It will allow
community housing providers to borrow at the government's rate of interest, and it will require
every large development to include at least ten per cent affordable rental housing.

⟨⟩Government members interjecting—

⟨Kovač⟩‹Ms KOVAČ: ›I'm glad members on this side are enthusiastic. Members opposite should be too, because
the homes will be built in their electorates as much as ours. In Bradfield alone, four hundred new
homes will be eligible under the scheme, and
‹12›
‹CHAMBER›
the member for Bradfield knows it.

⟨Hayward⟩‹Mr HAYWARD (Bradfield) (14:09): ›Will the minister take a question?

⟨Daraja⟩‹The SPEAKER: ›Will the minister accept an intervention?

⟨Kovač⟩‹Ms KOVAČ: ›No. The member will have his turn.

⟨Hayward⟩‹Mr HAYWARD: ›She's afraid of the answer.

⟨Daraja⟩‹The SPEAKER: ›The member for Bradfield will resume his seat. The minister has the call.

⟨Kovač⟩‹Ms KOVAČ: ›I commend the bill to the House.

⟨O'Sullivan⟩‹Mr O'SULLIVAN (Cowper) (14:12): ›The opposition will not oppose this bill. But let me be clear: a ten per
cent target is not a plan, it's a press release. We will be moving amendments in the consideration in
detail stage.

⟨Daraja⟩‹The SPEAKER: ›The question is that the bill be now read a second time.

⟨⟩Question agreed to.

Debate adjourned.
