%% Layout: OCR text of a printed memorandum of conversation with page furniture: 'SECRET' markings at top and bottom
%% of the pages, a running head with page number ('218    Foreign Relations, 1961-1963, Volume XVI'), centred '- 2 -' page
%% numbers, footnote markers '[1]', '[2]' in speech and the footnote bodies printed at the foot of the page,
%% so that a footnote body and the next page's furniture fall in the middle of Petrović's turn.
%% Speakers: Ambassador Walter Ridgely -> Ridgely; Foreign Minister Dragoslav Petrović -> Petrović;
%% Mr. Mišković (Yugoslav MFA) -> Mišković.
%% Not speech: header, PARTICIPANTS, SECRET markings, running heads, page numbers, footnote markers and
%% bodies, the 'Distribution' line.
%% Doubtful: the hyphenated word split across the page break ('con-' / 'sultations') is counted as written:
%% 'con' + 'sultations' = 2 words (the hyphen splits words by the rule; the page furniture is removed).
                                    SECRET

MEMORANDUM OF CONVERSATION

Belgrade, October 3, 1962

PARTICIPANTS:  Foreign Minister Dragoslav Petrović
               Mr. Zoran Mišković, Chief, American Section, MFA
               Ambassador Walter Ridgely
               Mr. Frank Doyle, Counselor of Embassy

⟨Ridgely⟩‹The Ambassador said that ›he had asked for the meeting in order to clarify the status of the wheat
agreement,‹[1]› which the Congress had questioned in the course of the summer. He wished to assure the
Minister that the Administration stood by the agreement. ⟨Petrović⟩‹Mr. Petrović said that ›he was glad to hear
this. The Yugoslav Government had been disturbed by certain statements in the Senate,‹[2]› and the press in
Belgrade had made much of them. ‹He said that ›it was difficult for the Government to explain to the public
why a country which called itself a friend should attach political conditions to the sale of wheat. In
his view the Yugoslav position on the non-aligned conference had been misunderstood in Washington, and he
would welcome an opportunity for further con-
‹›
‹____________›
‹[1] The agreement was signed in Belgrade on January 17, 1962; see Document 201.›
‹[2] Reference is to the debate on the foreign aid bill; see Congressional Record, vol. 108, pp. 11204-11217.›
‹›
‹                                    SECRET›
‹›
‹                                    - 2 -›
‹›
‹218                 Foreign Relations, 1961-1963, Volume XVI›
‹›
sultations on the subject.

⟨Ridgely⟩‹The Ambassador replied that ›he would be glad to arrange this. ‹He said that ›the Department understood
the Minister's difficulty, but the Minister should also understand that statements in the Senate did not
represent the policy of the Administration. ⟨Mišković⟩‹Mr. Mišković asked ›whether the Ambassador could say so
publicly. ⟨Ridgely⟩‹The Ambassador said that ›he would consider a statement after consulting Washington.

⟨Petrović⟩‹Mr. Petrović said that ›this would be very helpful. ‹He added that ›President Tito would be in New York
for the General Assembly and hoped to see the President, if only briefly.

⟨Ridgely⟩‹The Ambassador said that ›he would pass this on at once.

⟨⟩Distribution: S/S, EUR/EE, INR, Amembassy Moscow

                                    SECRET
