%% Layout: diplomatic telegram in first person: routing header (FM/TO/INFO), classification, SUBJECT,
%% numbered paragraphs, a SUMMARY and a COMMENT paragraph by the sender, conversation reported as 'I told
%% him that ...' / 'He replied that ...' / 'Stavrou said ...', signature line at the end.
%% Speakers: 'I' = the sending ambassador, identified by the signature KEELER -> Keeler; 'he' / the Foreign
%% Minister = Nikos Stavrou (named in para 2) -> Stavrou; Mr. Lambrou (his chef de cabinet) -> Lambrou.
%% Frames removed: 'I told him that', 'I said that', 'I asked', 'He replied that', 'He said that', 'Stavrou
%% added that', ', he said,'; 'I asked whether' keeps 'whether'.
%% Not speech: header, SUBJECT, REF, para numbers, the SUMMARY paragraph (sender's narration), the narration
%% 'I called on ...' sentence, the COMMENT paragraph (sender's analysis to Washington, not said to Stavrou),
%% the signature.
%% Doubtful: the COMMENT is the sender's own text, but addressed to the Department, not part of the
%% conversation; excluded. 'Stavrou laughed.' is narration.
CONFIDENTIAL

FM AMEMBASSY ATHENS
TO SECSTATE WASHDC PRIORITY 4471
INFO AMEMBASSY ANKARA
     AMEMBASSY NICOSIA

E.O. 11652: GDS
TAGS: PFOR, GR, TU, CY
SUBJECT: CONVERSATION WITH FOREIGN MINISTER ON AEGEAN TALKS

REF: STATE 118204

1. SUMMARY: Foreign Minister told me Greek side is ready to resume expert-level talks on the continental
shelf but wants an agreed agenda first. He was relaxed and did not raise the arms question. END SUMMARY.

2. I called on Foreign Minister Nikos Stavrou this morning at his request. His chef de cabinet, Lambrou,
was present. ⟨Stavrou⟩‹Stavrou began by saying that ›he had read with interest the Secretary's remarks in Brussels
and wished to respond informally before the Greek position was put in writing.

‹3. ›⟨Keeler⟩‹I told him that ›Washington would welcome any step that got the two sides talking again, and that we
were not trying to dictate the form. ⟨Stavrou⟩‹He replied that ›Greece was ready to send experts to a meeting in
a third country, perhaps Bern, within six weeks. The difficulty, ‹he said, ›was the agenda. The Turkish side
wished to discuss "all questions," while Greece could discuss only the delimitation of the shelf.

‹4. ›⟨Keeler⟩‹I asked ›whether there was any formula that might bridge the gap. ⟨Stavrou⟩‹Stavrou said ›he had one in mind
but would not put it to me today. ⟨⟩Stavrou laughed. ⟨Stavrou⟩‹He added that ›if Washington wished to be helpful,
it might let Ankara know that Greece was serious. ⟨Keeler⟩‹I said that ›I would report this faithfully.

‹5. ›⟨Lambrou⟩‹Lambrou then noted that ›the Greek press would be told only that the Ambassador had paid a courtesy
call. ⟨Keeler⟩‹I said ›that suited us.

⟨⟩6. COMMENT: This is the most forthcoming Stavrou has been since the spring. I believe he is under
pressure from the Prime Minister to show movement before the party congress. END COMMENT.

KEELER
