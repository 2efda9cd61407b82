%% Layout: Soviet-style record of conversation in reported speech (translation): header (archive reference,
%% 'SECRET', 'Copy No.'), title, date/place, 'Present:' line; paragraphs opening 'A.A. Gromyko said that',
%% 'Comrade Zhou Enlai notes that', 'Zhou Enlai asks whether', continuations 'He added that', an inner
%% frame ', he said,'; a narration sentence (tea served); closing 'Recorded by' and distribution lines.
%% Speakers: Gromyko (A.A. Gromyko / Comrade Gromyko), Zhou (Zhou Enlai / Comrade Zhou Enlai; Chinese order,
%% surname Zhou), Wang (interpreter-adviser Wang Bingnan, speaks once).
%% Frames removed: speaker designation + saying verb + 'that'/':'/','; 'asks whether'/'asks how' keep the
%% question word. Cognition ('Comrade Zhou Enlai believes that') inside a turn is kept as speech.
%% Not speech: header, 'Present:' roster, narration 'Tea was served.' / 'The conversation lasted ...',
%% 'Recorded by', distribution list.
%% Doubtful: 'Gromyko agreed with this and said that' is treated as frame (agreement + saying verb);
%% 'Comrade Zhou Enlai thanked A.A. Gromyko for the reception' keeps 'A.A. Gromyko for the reception' etc.
%% as speech (object of a no-'that' verb), per the 1947 precedent ('thanks' removed only).
AVP RF, f. 06, op. 13a, p. 25, d. 8, ll. 41-44
SECRET
Copy No. 2

FROM THE DIARY OF A.A. GROMYKO

RECORD OF CONVERSATION WITH THE PREMIER OF THE STATE ADMINISTRATIVE COUNCIL
AND MINISTER OF FOREIGN AFFAIRS OF THE PRC, ZHOU ENLAI

Geneva, 28 April 1954, 20:00

Present: Comrades V.M. Zakharov, O.A. Troyanovsky (interpreter); from the Chinese side Wang Bingnan,
Pu Shouchang (interpreter).

⟨Zhou⟩‹Comrade Zhou Enlai greeted A.A. Gromyko and said that ›the Chinese delegation was pleased to have arrived in
good time and that the accommodation provided by the Swiss side was satisfactory. ‹He noted that ›the delegation
numbered more than two hundred persons, and that this had caused some surprise among the journalists.

⟨Gromyko⟩‹A.A. Gromyko said that ›the Soviet delegation was glad to see the Chinese comrades in Geneva. The question of
procedure would be discussed at tomorrow's meeting of the heads of delegations. ‹He added that ›the Western
powers would probably propose that the chairmanship rotate among the five inviting powers, and that in
his opinion this proposal could be accepted.

⟨Zhou⟩‹Comrade Zhou Enlai asks ›whether the chairmanship would rotate daily or by session.

⟨Gromyko⟩‹A.A. Gromyko replied that ›this had not yet been settled. The British, it seemed, preferred rotation by
session, while the Americans had not expressed a view.

⟨Zhou⟩‹Zhou Enlai notes that ›the Chinese side had no objection to either variant. What was important, ‹he said, ›was
that the PRC take part in the conference on an equal footing with the other powers and that this be seen
by everyone. Comrade Zhou Enlai believes that the Americans will try to avoid any meeting with the
Chinese delegation outside the conference hall.

⟨⟩Tea was served.

⟨Gromyko⟩‹A.A. Gromyko said that ›this was quite likely. Dulles would leave Geneva after the first week, and after
that the American delegation would be led by Bedell Smith, who was a more practical man.

⟨Wang⟩‹Wang Bingnan remarked that ›Bedell Smith had already asked, through the Swiss, about the hotel where the
Chinese delegation was staying.

⟨Gromyko⟩‹A.A. Gromyko laughed and said: ›"So the practical man is already at work."

⟨Zhou⟩‹Comrade Zhou Enlai asks ›how the Soviet delegation intends to act on the Korean question if the conference
reaches no agreement in the first days.

⟨Gromyko⟩‹A.A. Gromyko answered that ›the Soviet delegation would not hurry. It was necessary first to hear the
proposals of the South Korean side and of the Americans. After that the Soviet, Chinese and Korean
delegations should meet and agree on a common line.

⟨Zhou⟩‹Comrade Zhou Enlai agreed with this and said that ›he would instruct his delegation accordingly. ‹Comrade Zhou
Enlai thanked ›A.A. Gromyko for the reception and for the frank exchange of views.

⟨⟩The conversation lasted one hour and ten minutes.

Recorded by O. Troyanovsky

Sent to: Comrades Malenkov, Molotov, Khrushchev, Bulganin, Kaganovich, Mikoyan.
