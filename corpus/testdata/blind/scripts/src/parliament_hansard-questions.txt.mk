%% Layout: Westminster-style Hansard plain text (question time): sitting header, 'The SPEAKER (Hon. Rajiv Menon)
%% took the chair ...' line, 'QUESTIONS WITHOUT NOTICE' and subject headings, labels 'Mr SPEAKER:', 'The Hon.
%% Member for Kingsford (Ms O'Connell):', 'The Minister for Health (Dr Ōtsuka):', short 'Mr Papadopoulos:' labels,
%% 'Honourable members interjecting—' and 'Opposition members interjecting—' lines, a '(Time expired)' marker,
%% the same Minister's answer continued after an interjection line and the Speaker's call to order.
%% Speakers: Mr SPEAKER = Hon. Rajiv Menon (named as taking the chair) -> Menon; Ms O'Connell -> O'Connell;
%% Dr Ōtsuka (Minister for Health) -> Ōtsuka; Mr Papadopoulos (Member for Oakleigh) -> Papadopoulos; Mrs
%% Fitzgerald-Osei (Member for Lowther) -> Fitzgerald-Osei.
%% Not speech: header, chair line, headings, the 'interjecting—' lines (unlabelled group narration, not a
%% speaker), '(Time expired)', 'Question time concluded.' line.
%% Doubtful: the interjection lines name no speaker and carry no words attributed as speech; they do not end
%% the Minister's turn. Menon's 'Order!' between two parts of Ōtsuka's answer does end it.
LEGISLATIVE ASSEMBLY
Wednesday, 14 August 2024

The SPEAKER (Hon. Rajiv Menon) took the chair at 2.00 pm and read prayers.

QUESTIONS WITHOUT NOTICE

Hospital Waiting Lists

⟨O'Connell⟩‹The Hon. Member for Kingsford (Ms O'Connell): ›My question is to the Minister for Health. Will the
Minister confirm that the waiting list for elective surgery at Kingsford Hospital has grown by forty per
cent since the last election?

⟨Ōtsuka⟩‹The Minister for Health (Dr Ōtsuka): ›I thank the honourable member for her question. What I can confirm
is that this Government has opened two new operating theatres at Kingsford, and that more procedures were
performed there last year than in any year in its history.

⟨⟩Opposition members interjecting—

⟨Ōtsuka⟩‹Dr Ōtsuka: ›Members opposite don't like to hear it, but it's true. Demand has grown faster than anyone
predicted, and we are meeting it.

⟨Menon⟩‹Mr SPEAKER: ›Order! The member for Oakleigh will cease interjecting. The Minister has the call.

⟨Ōtsuka⟩‹Dr Ōtsuka: ›Thank you, Mr Speaker. As I was saying, we have recruited ninety additional surgical
nurses, and the average wait for category two surgery is now lower than it was in 2019.

‹(Time expired)›

⟨O'Connell⟩‹Ms O'Connell: ›Supplementary question, Mr Speaker.

⟨Menon⟩‹Mr SPEAKER: ›The member for Kingsford.

⟨O'Connell⟩‹Ms O'Connell: ›If things are so much better, why did the hospital cancel sixty-two operations last month?

⟨Ōtsuka⟩‹Dr Ōtsuka: ›Because of the influenza outbreak, which the member knows perfectly well.

⟨Papadopoulos⟩‹Mr Papadopoulos: ›Rubbish!

⟨Menon⟩‹Mr SPEAKER: ›The member for Oakleigh is warned.

⟨⟩Honourable members interjecting—

⟨Menon⟩‹Mr SPEAKER: ›Order! The House will come to order.

⟨⟩Regional Roads

⟨Fitzgerald-Osei⟩‹The Hon. Member for Lowther (Mrs Fitzgerald-Osei): ›My question is to the Minister for Health,
representing the Minister for Roads. When will the Lowther bypass be finished?

⟨Ōtsuka⟩‹Dr Ōtsuka: ›I'll take that question on notice and refer it to my colleague.

⟨Menon⟩‹Mr SPEAKER: ›Thank you. That concludes questions without notice.

⟨⟩Question time concluded.
