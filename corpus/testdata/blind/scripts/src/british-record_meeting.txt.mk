%% Layout: British 'Record of a Meeting' (Cabinet Office style): 'CONFIDENTIAL', title with place and time,
%% a 'Present:' block in two columns, numbered paragraphs ('2.', '3.') in reported speech ('The Prime
%% Minister said that ...', 'Mr. Mwangi replied that ...'), 'He said' continuations, an 'It was agreed
%% that' conclusion, the secretary's initials and date at the end.
%% Speakers: the Prime Minister = Mr. Harold Wilson (Present block) -> Wilson; the Foreign Secretary = Mr. Michael
%% Stewart -> Stewart; Mr. Kamau Mwangi (Minister of Finance, Kenya) -> Mwangi; Mr. Njoroge -> Njoroge.
%% Frames removed as in the guidelines; paragraph numbers are not speech.
%% Not speech: header, Present block, paragraph numbers, 'The meeting ended at ...', 'It was agreed that ...'
%% (group agreement), initials/date line, the 'CONFIDENTIAL' markings.
%% Doubtful: 'The Prime Minister welcomed Mr. Mwangi and his colleagues.' is a speech act without content ->
%% no turn; the first turn starts at 'He said that'.
CONFIDENTIAL

RECORD OF A MEETING BETWEEN THE PRIME MINISTER AND THE MINISTER OF FINANCE OF KENYA
AT 10 DOWNING STREET AT 11.30 A.M. ON TUESDAY, 14TH JUNE, 1966

Present:

The Prime Minister                          Mr. Kamau Mwangi
  (Mr. Harold Wilson)                         (Minister of Finance)
The Foreign Secretary                       Mr. P. Njoroge
  (Mr. Michael Stewart)                       (Permanent Secretary, Treasury)
Mr. M. Palliser

The Prime Minister welcomed Mr. Mwangi and his colleagues. ⟨Wilson⟩‹He said that ›he had followed with great
interest the progress of the Kenyan development plan and was glad to have this opportunity of discussing
it before Mr. Mwangi's talks at the Treasury.

⟨Mwangi⟩‹2. Mr. Mwangi thanked ›the Prime Minister for receiving him at such short notice. ‹He said that ›the plan
depended to a large extent on the continuation of British assistance at its present level. His Government
understood the difficulties of the British balance of payments, but a reduction of aid in the next two
years would fall most heavily on the land settlement schemes, which were politically the most sensitive.

⟨Wilson⟩‹3. The Prime Minister said that ›he fully understood this. There was no question of any sudden reduction.
But the British Government were reviewing all overseas expenditure, and he could not give any undertaking
about the years after 1968. ⟨Mwangi⟩‹Mr. Mwangi asked ›whether it would be possible at least to have an indication
before the end of the year. ⟨Wilson⟩‹The Prime Minister replied that ›he thought this should be possible.

⟨Stewart⟩‹4. The Foreign Secretary said that ›there was one further point. The Kenyan Government had asked for help
with the training of police officers, and the Home Office were ready to take twenty officers a year at the
staff college. ⟨Njoroge⟩‹Mr. Njoroge said ›his Government would welcome this, but would prefer thirty. ⟨Stewart⟩‹The
Foreign Secretary said that ›he would see what could be done.

⟨Wilson⟩‹5. The Prime Minister, summing up, said that ›he hoped Mr. Mwangi's visit would be a success. ‹He asked ›Mr.
Mwangi to convey his warm regards to President Kenyatta.

⟨⟩6. It was agreed that officials should prepare a note on the aid figures for the Commonwealth Prime
Ministers' meeting in September.

The meeting ended at 12.15 p.m.

M.P.
14th June, 1966

CONFIDENTIAL
