%% Layout: archival record of conversation in translation with DIRECT speech labels (digital-archive style):
%% a document header with archive citation, 'Summary' paragraph by the editors, title, date/place,
%% participants line, then 'Zhou Enlai:' / 'Premier Zhou:' / 'Jayawardena:' / 'Ambassador Jayawardena:'
%% labelled paragraphs; '[Translator's note: ...]', '[...]' omission marks, '(Laughter)', '[sic]'; the
%% 'Citation' and 'Original language' footer.
%% Speakers: 'Zhou Enlai' and 'Premier Zhou' -> Zhou (Chinese order, surname first); 'Jayawardena' and
%% 'Ambassador Jayawardena' (Ambassador Anula Jayawardena of Ceylon) -> Jayawardena; 'Ji Pengfei' (Vice Minister)
%% -> Ji.
%% Not speech: header, summary, title, participants line, bracketed editorial notes, '[...]', '(Laughter)',
%% '[sic]', footer.
%% Doubtful: '[sic]' is removed (editorial). The omission '[...]' inside Zhou's turn does not end it.
Digital Archive - International History Declassified

Record of Conversation between Premier Zhou Enlai and the Ceylonese Ambassador

Date: 9 June 1962
Source: PRC FMA 105-01123-04, 12-17. Translated by the Archive staff.

Summary: Zhou Enlai and Ambassador Jayawardena discuss rice-rubber trade, the border talks with India and a
proposed visit by the Ceylonese Prime Minister.

Time: 9 June 1962, 4:00-5:10 p.m.
Location: Xihua Hall, Zhongnanhai
Chinese participants: Vice Minister of Foreign Affairs Ji Pengfei; interpreter Tang Wensheng
Ceylonese participants: Ambassador Anula Jayawardena; First Secretary R. Perera

⟨Zhou⟩‹Zhou Enlai: ›Welcome, Ambassador. You have been in Beijing three months now. Are you used to the
weather?

⟨Jayawardena⟩‹Jayawardena: ›Almost, Premier. The winter was very hard for someone from Colombo. ‹(Laughter)›

⟨Zhou⟩‹Zhou Enlai: ›Spring in Beijing is short, and then it is hot again. You will feel at home in July.

Let us talk about the rice and rubber agreement. ‹[...]› We know that the price of rubber has fallen, and
that this is difficult for Ceylon. China is prepared to keep buying at the agreed price for one more year.
‹[Translator's note: the agreement of 1952 fixed prices above the world market.]›

⟨Jayawardena⟩‹Ambassador Jayawardena: ›My Government will be very grateful. I was asked by the Prime Minister to say
that Ceylon has not forgotten that China helped us when nobody else would.

⟨Zhou⟩‹Premier Zhou: ›We do not do it for gratitude. We do it because it is good for both sides.

⟨Ji⟩‹Ji Pengfei: ›The trade delegation can come in August to discuss the details.

⟨Jayawardena⟩‹Jayawardena: ›August would be convenient. May I also ask about the border question? My Prime
Minister is very concerned that the situation between China and India not become worse.

⟨Zhou⟩‹Premier Zhou: ›We are also concerned. We have proposed negotiations many times. ‹[sic]› The Indian side
has not agreed. If the Prime Minister of Ceylon can help to bring the two sides together, we would welcome it.

⟨Jayawardena⟩‹Jayawardena: ›I will report this to Colombo tonight.

⟨Zhou⟩‹Zhou Enlai: ›Please also tell her that she is welcome to visit China at any time. ‹(Laughter)› Not in
winter, perhaps.

⟨⟩Citation: "Record of Conversation between Premier Zhou Enlai and the Ceylonese Ambassador," 9 June 1962,
Digital Archive. Original language: Chinese.
