%% Layout: research interview, one-line 'Interviewer:' / 'Respondent:' labels with the text on the same
%% line; case variants of one label ('INTERVIEWER:', 'Interviewer:', 'interviewer:'; 'RESPONDENT:',
%% 'Respondent:'); a repeated label for the same speaker after a blank line (same turn); a header and an
%% end-of-transcript line.
%% Speakers: anonymous role labels kept as written, normalised to one form: Interviewer, Respondent.
%% Not speech: header lines (Study/Participant ID/Date/Transcriber), '[crosstalk]', '[laughs]',
%% '[inaudible 00:14:22]', '[END OF TRANSCRIPT]'.
%% Doubtful: 'Respondent: Mm-hm.' is a backchannel but labelled, so it is a turn.
Study: Household Energy Use, Wave 2
Participant ID: R-017
Date of interview: 2022-06-08
Transcriber: J.P.

⟨Interviewer⟩‹INTERVIEWER: ›Okay, we're recording now. Can you hear me all right?
⟨Respondent⟩‹RESPONDENT: ›Yes, fine.
⟨Interviewer⟩‹Interviewer: ›Great. So first, could you tell me a bit about your home, how many people live there?
⟨Respondent⟩‹Respondent: ›It's me, my husband and our two girls. And my mother-in-law stays with us in the winter.
⟨Interviewer⟩‹Interviewer: ›And how do you heat the house?
⟨Respondent⟩‹Respondent: ›Gas boiler, mostly. We've got a wood stove in the front room but we only light it at Christmas, really, or if there's a power cut.

⟨Respondent⟩‹Respondent: ›Actually, that's not quite true. Last winter we used it a lot more because of the prices.
⟨Interviewer⟩‹Interviewer: ›Right. Could you say more about that?
⟨Respondent⟩‹Respondent: ›Well, the bill went from about ninety pounds a month to, I think, two hundred and ten at one point. So we just, we turned the boiler down and sat in the front room with the stove going. ‹[laughs]› Like the old days, my husband said.
⟨Interviewer⟩‹INTERVIEWER: ›Did that change how the family used the house?
⟨Respondent⟩‹RESPONDENT: ›Oh, completely. The girls did their homework in there, we ate in there. Nobody went upstairs until bedtime.
⟨Interviewer⟩‹Interviewer: ›Mm-hm.
⟨Respondent⟩‹Respondent: ›And the bedrooms were freezing, honestly. We bought those electric blankets ‹[crosstalk]›
⟨Interviewer⟩‹Interviewer: ›Sorry, go on.
⟨Respondent⟩‹Respondent: ›No, just the electric blankets. They're cheap to run, apparently.
⟨Interviewer⟩‹interviewer: ›Did anyone advise you on that, or did you work it out yourselves?
⟨Respondent⟩‹Respondent: ›My sister-in-law. She reads all the money-saving websites. ‹[inaudible 00:14:22]› she sent us a link.
⟨Interviewer⟩‹Interviewer: ›And looking ahead to this winter, what are you planning?
⟨Respondent⟩‹Respondent: ›We've had the loft insulated, finally. The council had a scheme. So hopefully it'll be better.
⟨Interviewer⟩‹Interviewer: ›Okay. That's really helpful. I think that's everything I wanted to ask.
⟨Respondent⟩‹Respondent: ›Mm-hm.
⟨Interviewer⟩‹INTERVIEWER: ›Thank you so much for your time.
⟨⟩
[END OF TRANSCRIPT]
