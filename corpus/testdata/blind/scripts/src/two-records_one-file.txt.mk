%% Layout: two memoranda of conversation printed one after the other in one file (a documentary-edition
%% extract), each with its own document number, heading, source note, PARTICIPANTS block and narrated
%% paragraphs. 'The Secretary' means a different person in each record (the participant list decides).
%% Turns are numbered continuously across the file: record 1 (document 12) = turns 1-9, record 2 (document 13) = turns
%% 10-19. The turn after the second heading is a new turn whoever speaks (here a different speaker anyway).
%% Speakers: record 1: Under Secretary Pierce -> Pierce; Ambassador Ruiz-Toledo (compound surname) ->
%% Ruiz-Toledo. Record 2: the Secretary = Secretary of the Treasury Hale -> Hale; Minister al-Sadr -> al-Sadr;
%% Mr. Quigley -> Quigley.
%% Not speech: document headings, 'Source:' notes, PARTICIPANTS blocks, footnote marker '1' and its note,
%% the editorial '[Here follows ...]' line, drafting lines.
%% Doubtful: record 2's 'The Secretary and the Minister then discussed the schedule' is narration.
12. Memorandum of Conversation

Washington, May 4, 1962, 11 a.m.

SUBJECT
Copper Prices

PARTICIPANTS
Under Secretary Harlan Pierce
Ambassador Miguel Ángel Ruiz-Toledo, Embassy of Chile
Mr. Edwin Marsh, ARA

Source: Department of State, Central Files, 825.2544/5-462. Confidential. Drafted by Marsh.

⟨Ruiz-Toledo⟩‹The Ambassador said that ›he had come at the instruction of his Government to express concern about
the proposed release of copper from the United States stockpile. ‹He said that ›even a rumour of such a release
had already lowered the price in London by two cents, and every cent meant several million dollars to Chile.
⟨Pierce⟩‹The Under Secretary replied that ›no decision had been taken. ‹He said that ›the stockpile was reviewed every
year and that the Department would certainly take Chile's interests into account.

⟨Ruiz-Toledo⟩‹Ambassador Ruiz-Toledo asked ›whether Chile could be consulted before any announcement. ⟨Pierce⟩‹Mr. Pierce
said that ›he saw no objection to that, provided the consultation was confidential. ⟨Ruiz-Toledo⟩‹The Ambassador said ›his
Government would of course respect that.

⟨Pierce⟩‹The Under Secretary added that ›he hoped the Ambassador would also convey to Santiago the importance the
Administration attached to the new mining investment law. ⟨Ruiz-Toledo⟩‹The Ambassador said that ›the law was before
Congress and he was hopeful it would pass this session.

⟨Pierce⟩‹Mr. Pierce thanked ›the Ambassador for his frankness. ⟨Ruiz-Toledo⟩‹The Ambassador said that ›he, too, was grateful.

⟨⟩

13. Memorandum for the Record

Washington, May 9, 1962.

SUBJECT
Meeting with the Iraqi Minister of Finance

PARTICIPANTS
The Secretary of the Treasury, Douglas Hale
Mr. Thomas Quigley, Treasury
Minister of Finance Hassan al-Sadr
Dr. Kamal Haddad, Iraqi Embassy

Source: Treasury Department, Office of the Secretary, Memoranda 1962. Confidential.1

⟨al-Sadr⟩‹Minister al-Sadr opened by saying that ›Iraq was seeking a loan of forty million dollars for the
irrigation works on the lower Euphrates. ⟨Hale⟩‹The Secretary said that ›the Treasury was not itself a lending
agency, but he would be glad to put the Minister in touch with the Export-Import Bank. ⟨al-Sadr⟩‹The Minister
replied that ›he had already been to the Bank, and had been told to come to the Treasury.

⟨Hale⟩‹The Secretary laughed and said that ›this was a familiar story. ⟨Quigley⟩‹Mr. Quigley said that ›the Bank usually
wanted to see a feasibility study before considering any loan of that size. ⟨al-Sadr⟩‹The Minister said ›the study had
been completed by a Dutch firm and could be sent within a week.

⟨⟩[Here follows a discussion of the exchange rate of the Iraqi dinar.]

⟨Hale⟩‹The Secretary asked ›whether the Minister would be in Washington for the Bank meetings in September.
⟨al-Sadr⟩‹Minister al-Sadr said that ›he would. ⟨⟩The Secretary and the Minister then discussed the schedule for
the autumn. ⟨Hale⟩‹The Secretary said that ›he would ask Mr. Quigley to follow up with the Embassy. ⟨Quigley⟩‹Mr. Quigley
said that ›he would call Dr. Haddad the next day.

⟨⟩T.Q.

__________
1 The memorandum was prepared by Quigley on May 10.
