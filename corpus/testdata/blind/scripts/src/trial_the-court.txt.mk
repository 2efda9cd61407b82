%% Layout: state criminal trial transcript excerpt: caption, 'BEFORE THE HONORABLE ...', running header with
%% page numbers ('Vol. 3 - Page 412'), upper-case colloquy labels 'THE COURT:', 'MS. NAKAMURA:',
%% 'MR. OKONJO-IWEALA:', 'THE CLERK:', 'THE WITNESS:'; '(Jury present.)' parentheticals; a direct
%% examination with 'Q'/'A' (no periods), started by 'DIRECT EXAMINATION' / 'BY MS. NAKAMURA:'; an objection
%% and ruling in the middle of the examination; a sidebar note.
%% Speakers: THE COURT = the judge named in the caption, Elena Vásquez -> Vásquez; MS. NAKAMURA -> Nakamura
%% (prosecutor); MR. OKONJO-IWEALA -> Okonjo-Iweala (defence; hyphenated surname); THE CLERK kept as written
%% (unnamed); Q -> Nakamura; A and THE WITNESS -> the witness Dmitri Sokolov -> Sokolov.
%% Not speech: caption, page headers, 'DIRECT EXAMINATION', 'BY ...:' lines, labels, all '(...)' lines
%% ('(Jury present.)', '(Sidebar conference held off the record.)').
%% Doubtful: THE CLERK's oath and THE WITNESS 'I do.' are turns. THE COURT before and after the sidebar are
%% one turn (only the non-speech sidebar line between).
                     SUPERIOR COURT OF THE STATE OF CALIFORNIA
                            COUNTY OF ALAMEDA

      THE PEOPLE OF THE STATE OF CALIFORNIA,
                     Plaintiff,
           vs.                                      Case No. 21-CR-08815
      MARCUS FELL,
                     Defendant.

      BEFORE THE HONORABLE ELENA VÁSQUEZ, JUDGE
      REPORTER'S TRANSCRIPT OF PROCEEDINGS - JURY TRIAL, DAY 3

                                                        Vol. 3 - Page 412

      (Jury present.)

⟨Vásquez⟩‹      THE COURT: ›Good morning, ladies and gentlemen. Thank you for being
      on time. Ms. Nakamura, your next witness?
⟨Nakamura⟩‹      MS. NAKAMURA: ›The People call Dmitri Sokolov.
⟨Vásquez⟩‹      THE COURT: ›Mr. Sokolov, please come forward and remain standing
      to be sworn.
⟨THE CLERK⟩‹      THE CLERK: ›Please raise your right hand. Do you solemnly swear
      that the testimony you are about to give in this matter will be
      the truth, the whole truth, and nothing but the truth?
⟨Sokolov⟩‹      THE WITNESS: ›I do.
⟨THE CLERK⟩‹      THE CLERK: ›Please be seated. State and spell your name.
⟨Sokolov⟩‹      THE WITNESS: ›Dmitri Sokolov. D-M-I-T-R-I, S-O-K-O-L-O-V.
⟨⟩
                            DIRECT EXAMINATION
      BY MS. NAKAMURA:
⟨Nakamura⟩‹      Q ›Good morning, Mr. Sokolov. Where do you work?
⟨Sokolov⟩‹      A ›I manage the hardware store on Telegraph Avenue.
⟨Nakamura⟩‹      Q ›Were you working on the evening of June 2nd, 2021?
⟨Sokolov⟩‹      A ›Yes. I closed the store that night.
⟨Nakamura⟩‹      Q ›What time did you close?
⟨Sokolov⟩‹      A ›Nine o'clock. Maybe five after.
⟨Nakamura⟩‹      Q ›And after you locked up, what did you see?
⟨Sokolov⟩‹      A ›I saw a man by the side door, by the dumpsters. He had a bag.
⟨Nakamura⟩‹      Q ›Is that man in the courtroom today?
⟨Okonjo-Iweala⟩‹      MR. OKONJO-IWEALA: ›Objection, Your Honor. Foundation. The witness
      hasn't said he could see the man's face.
⟨Vásquez⟩‹      THE COURT: ›Sustained. Lay a foundation, counsel.
⟨⟩
                                                        Vol. 3 - Page 413

      ‹BY MS. NAKAMURA:›
⟨Nakamura⟩‹      Q ›How far away from the man were you?
⟨Sokolov⟩‹      A ›Maybe twenty feet. Less.
⟨Nakamura⟩‹      Q ›Was there any light?
⟨Sokolov⟩‹      A ›There's a floodlight over the side door. It's very bright.
      I put it in myself.
⟨Nakamura⟩‹      Q ›Could you see his face?
⟨Sokolov⟩‹      A ›Yes. He looked right at me.
⟨Nakamura⟩‹      Q ›Is that man in the courtroom today?
⟨Okonjo-Iweala⟩‹      MR. OKONJO-IWEALA: ›Same objection.
⟨Vásquez⟩‹      THE COURT: ›Overruled. You may answer.
⟨Sokolov⟩‹      THE WITNESS: ›Yes. He's sitting at the table, in the gray jacket.
⟨Nakamura⟩‹      MS. NAKAMURA: ›Let the record reflect the witness has identified
      the defendant.
⟨Vásquez⟩‹      THE COURT: ›The record will so reflect.
⟨Okonjo-Iweala⟩‹      MR. OKONJO-IWEALA: ›Your Honor, may we approach?
⟨Vásquez⟩‹      THE COURT: ›Briefly.
⟨⟩
      (Sidebar conference held off the record.)

⟨Vásquez⟩‹      THE COURT: ›All right. Ms. Nakamura, you may continue.
⟨Nakamura⟩‹      MS. NAKAMURA: ›Thank you, Your Honor. Nothing further.
