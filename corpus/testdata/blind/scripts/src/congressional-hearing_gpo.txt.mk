%% Layout: US Senate committee hearing in GPO plain-text style: cover lines, '[H.A.S.C. No.]'-style
%% identifiers, indented paragraphs opening 'The CHAIRMAN.', 'Senator JONES.', 'Mr. SMITH.', 'Ms. TORRES.';
%% centred 'STATEMENT OF ...' headings, '[Laughter.]', '[No response.]', a '[The prepared statement of
%% Ms. Torres follows:]' insertion and the inserted statement, the adjournment line.
%% Speakers: The CHAIRMAN = Senator King (the 'Present' line says King presiding) -> King; Senator JONES ->
%% Jones; Senator ISHIKAWA -> Ishikawa; Ms. TORRES = María Elena Torres (witness) -> Torres; Mr. SMITH =
%% Alan Smith (witness) -> Smith.
%% Not speech: cover/title lines, the 'Present' line, 'STATEMENT OF ...' headings, bracketed insertions, the
%% inserted prepared statement (written, not spoken; placed in the record), '[Whereupon, ...]' line.
%% Doubtful: the prepared statement is excluded; if counted it would attach to Torres. Torres's spoken
%% statement before and after the insertion is one turn (no other speaker between).
                 RURAL BROADBAND: CLOSING THE LAST-MILE GAP

=======================================================================

                                HEARING

                               BEFORE THE

             COMMITTEE ON COMMERCE, SCIENCE, AND TRANSPORTATION
                          UNITED STATES SENATE

                    ONE HUNDRED EIGHTEENTH CONGRESS

                             FIRST SESSION

                               __________

                             APRIL 19, 2023

                               __________

                      U.S. Senate,
                      Committee on Commerce, Science, and Transportation,
                                                    Washington, DC.
    The Committee met, pursuant to notice, at 10:02 a.m., in room SR-253,
Russell Senate Office Building, Hon. Robert King, presiding.
    Present: Senators King [presiding], Jones, and Ishikawa.

             OPENING STATEMENT OF HON. ROBERT KING, U.S. SENATOR FROM OHIO

⟨King⟩‹    The CHAIRMAN. ›Good morning. The Committee will come to order. Today we
examine why, after more than forty billion dollars in federal spending, one in
five rural households still cannot buy a broadband connection at any price.
    We have two witnesses. I will introduce them in a moment, but first I
recognize the Ranking Member, Senator Jones.
⟨Jones⟩‹    Senator JONES. ›Thank you, Mr. Chairman. I want to thank both of our
witnesses for traveling here, especially Ms. Torres, who I understand drove
six hours to catch her flight. ‹[Laughter.]›
⟨Torres⟩‹    Ms. TORRES. ›Seven, Senator.
⟨Jones⟩‹    Senator JONES. ›Seven. I stand corrected. That is exactly the problem
we are here to talk about.
⟨King⟩‹    The CHAIRMAN. ›Thank you. Ms. Torres, please proceed.

⟨⟩      STATEMENT OF MARÍA ELENA TORRES, GENERAL MANAGER, HIGH PLAINS ELECTRIC
                        COOPERATIVE, CLAYTON, NEW MEXICO

⟨Torres⟩‹    Ms. TORRES. ›Chairman King, Ranking Member Jones, thank you for having
me. Our cooperative serves about eleven thousand members spread over four
counties. That is fewer than two members per mile of line. No private
company is going to build fiber to them without help, and most of the help
so far has gone to places with more people.
⟨⟩    ‹[The prepared statement of Ms. Torres follows:]›

              PREPARED STATEMENT OF MARÍA ELENA TORRES

    High Plains Electric Cooperative was founded in 1947 to bring power to
farms the investor-owned utilities would not serve. We see broadband the
same way.

⟨Torres⟩‹    Ms. TORRES. ›I will close by saying that we can do this. We did it with
electricity. We just need the maps to be right.
⟨King⟩‹    The CHAIRMAN. ›Thank you. Mr. Smith.

⟨⟩        STATEMENT OF ALAN SMITH, SENIOR FELLOW, CENTER FOR NETWORK POLICY

⟨Smith⟩‹    Mr. SMITH. ›Thank you, Mr. Chairman. I want to make one point. The maps
are better than they were, but they still count a census block as served if
one house in it can get service.
⟨King⟩‹    The CHAIRMAN. ›Senator Ishikawa.
⟨Ishikawa⟩‹    Senator ISHIKAWA. ›Thank you. Mr. Smith, how many households does that
leave out, in your estimate?
⟨Smith⟩‹    Mr. SMITH. ›Somewhere between two and three million.
⟨Ishikawa⟩‹    Senator ISHIKAWA. ›And is there any plan at the agency to fix it?
⟨Smith⟩‹    Mr. SMITH. ›There is a challenge process. It works if you have a lawyer.
‹[Laughter.]›
⟨King⟩‹    The CHAIRMAN. ›Does anyone else wish to be recognized? ‹[No response.]›
    The hearing record will remain open for two weeks. We are adjourned.
⟨⟩    [Whereupon, at 11:48 a.m., the hearing was adjourned.]
