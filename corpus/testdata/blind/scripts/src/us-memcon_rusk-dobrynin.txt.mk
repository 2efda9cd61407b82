%% Layout: US memorandum of conversation: classification, 'MEMORANDUM OF CONVERSATION', DATE/SUBJECT lines,
%% a PARTICIPANTS block (with 'The Secretary' spelled out), COPIES TO list; narrated paragraphs holding
%% several speakers ('The Secretary said that ... Ambassador Dobrynin replied that ...'), 'He said'
%% continuations, an inner frame (', the Ambassador said,'), a group-agreement sentence and a
%% drafting line at the end.
%% Speakers: the Secretary = Secretary Rusk (PARTICIPANTS) -> Rusk; Ambassador Dobrynin / the Ambassador ->
%% Dobrynin; Mr. Kohler -> Kohler.
%% Frames removed: designation + saying verb (+ 'then', 'again', addressee) + 'that'/','/':'. 'asked whether'
%% keeps 'whether'; 'referred to' keeps its object.
%% Not speech: header, PARTICIPANTS and COPIES TO blocks, 'The Secretary and the Ambassador agreed that ...'
%% (group agreement, narration), 'Drafted by' line, the page number.
%% Doubtful: 'The Ambassador nodded.' is narration (no speech); Dobrynin's turn around it continues.
%% 'The Secretary said, with a smile, that' is all frame (manner phrase inside the frame).
SECRET

DEPARTMENT OF STATE
Memorandum of Conversation

DATE: March 12, 1963
      4:00 p.m.

SUBJECT: Soviet Embassy Property; Travel Restrictions

PARTICIPANTS: The Secretary
              Ambassador Anatoliy F. Dobrynin, USSR
              Mr. Foy D. Kohler, Ambassador-designate
              Mr. Alexander Akalovsky, Interpreter

COPIES TO: S/S, EUR, SOV, Amembassy Moscow

⟨Dobrynin⟩‹Ambassador Dobrynin opened the conversation by saying that ›he had been instructed to raise the question
of the Embassy's summer house at Glen Cove. ‹He said that ›the local authorities had again refused the
Embassy a permit to repair the roof, and the Soviet Government could only regard this as a deliberate
act. ⟨Rusk⟩‹The Secretary asked ›whether the Ambassador was certain that the refusal came from the local
authorities and not from some misunderstanding about the zoning rules. ⟨Dobrynin⟩‹The Ambassador replied that ›he
was quite certain; the Embassy had been told so in writing.

⟨Rusk⟩‹The Secretary said that ›he would look into the matter personally. The Federal Government did not
control local zoning, but he would see whether something could be done informally. ‹He added that ›the
Department had itself had some difficulty with Nassau County in the past, and he hoped the Ambassador would
not see in this any political intention. ⟨Dobrynin⟩‹The Ambassador said that ›he appreciated this, but he hoped
the Secretary understood that Moscow would ask him every week what progress had been made.

⟨⟩The Ambassador nodded.

⟨Dobrynin⟩‹He then referred to ›the new travel restrictions on Soviet diplomats announced in January. These, ‹the
Ambassador said, ›closed almost a third of the country to his staff, including cities that had been open
for ten years. ⟨Kohler⟩‹Mr. Kohler pointed out that ›the restrictions were a response to the closing of large
areas of the Soviet Union to American diplomats in the autumn. ⟨Dobrynin⟩‹Dobrynin replied that ›the Soviet
measures had been necessary for security reasons. ⟨Rusk⟩‹The Secretary said, with a smile, that ›the United
States also had security reasons, and that the simplest thing would be for both sides to open their
closed areas at the same time.

⟨Dobrynin⟩‹Ambassador Dobrynin said that ›he would report this suggestion to his Government. ‹He asked ›whether the
Secretary had in mind a formal agreement or an exchange of notes. ⟨Rusk⟩‹The Secretary replied that ›an exchange of
notes would be quite sufficient. ‹He said that ›he was not looking for a quarrel on this subject; he would
much rather spend his time with the Ambassador on more important matters.

⟨⟩The Secretary and the Ambassador agreed that the two Embassies would continue the discussion at the working
level.

⟨Kohler⟩‹Mr. Kohler said that ›he would be leaving for Moscow in about two weeks and hoped to see the Ambassador
before then. ⟨Dobrynin⟩‹The Ambassador said ›he would be glad to give a lunch for him.

⟨⟩Drafted by: EUR:SOV:AAkalovsky:ml

                                  - 2 -
