%%! dep Verbatim Court Reporting, LLC   (555) 010-2400
%% Layout: deposition transcript with margin line numbers 1-25 on every page, a page number at the top of each
%% page and the reporting firm's footer at the bottom; caption and appearances on page 1; 'EXAMINATION' and
%% 'BY MR. SMITH:' lines; 'Q.'/'A.' turns; colloquy 'MR. JONES: Objection. Form.'; 'THE WITNESS:' in
%% colloquy; a parenthetical exhibit marking; a later 'BY MR. JONES:' (Q changes attorney).
%% Speakers: Q = the examining attorney per the last BY line: Smith (Daniel Smith, for plaintiff), then Jones
%% (Robert Jones, for defendant); A and THE WITNESS = the witness Katarzyna Wójcik -> Wójcik; MR. SMITH /
%% MR. JONES in colloquy -> Smith / Jones.
%% Not speech: margin line numbers, page numbers, footer, caption, appearances, 'EXAMINATION', 'BY ...:' lines,
%% 'Q.'/'A.' labels, '(Exhibit 4 marked for identification.)', '(Discussion off the record.)', the witness
%% oath narration line.
%% Doubtful: THE WITNESS's colloquy remark directly after her A. answer is the same speaker -> one turn (20).
%% 'MR. SMITH: I'll rephrase.' and the next Q (after 'BY MR. SMITH:') are one Smith turn (11). The
%% spelled name 'W-O-J-C-I-K' counts 6 words by the rule. Numbered blank margin lines carry no text.
      UNITED STATES DISTRICT COURT
      NORTHERN DISTRICT OF ILLINOIS
 
      HARBOR FREIGHT LINES, INC.,  )
                 Plaintiff,        )
           v.                      )   No. 1:22-cv-04417
      LAKESHORE COLD STORAGE CO.,  )
                 Defendant.        )
 
            DEPOSITION OF KATARZYNA WÓJCIK
            Taken on March 8, 2023, at 9:32 a.m.
 
      APPEARANCES:
      For the Plaintiff:  Daniel Smith, Esq.
      For the Defendant:  Robert Jones, Esq.
 
                    KATARZYNA WÓJCIK,
      having been first duly sworn, was examined and
      testified as follows:
                      EXAMINATION
      BY MR. SMITH:
⟨Smith⟩‹           Q.   ›Good morning, Ms. Wójcik. Could you state your
      full name for the record?
⟨Wójcik⟩‹           A.   ›Katarzyna Wójcik. W-O-J-C-I-K.
⟨Smith⟩‹           Q.   ›And where are you employed?
⟨Wójcik⟩‹           A.   ›At Lakeshore Cold Storage, in the dispatch
      office. I've been there about eleven years.
⟨Smith⟩‹           Q.   ›What was your position in January of 2022?
⟨Wójcik⟩‹           A.   ›Night dispatch supervisor.
⟨Smith⟩‹           Q.   ›Were you on duty on the night of January 14th?
⟨Wójcik⟩‹           A.   ›Yes.
⟨Smith⟩‹           Q.   ›Tell me what happened when the Harbor truck
      arrived.
⟨Jones⟩‹           MR. JONES:  ›Objection. Form. Vague as to time.
⟨Smith⟩‹           MR. SMITH:  ›I'll rephrase.
      ‹BY MR. SMITH:›
‹           Q.   ›At about 11:40 p.m., did a Harbor Freight truck
      arrive at your dock?
⟨Wójcik⟩‹           A.   ›It did. It was late. It was supposed to be
      there at ten.
⟨Smith⟩‹           Q.   ›What did you do?
⟨Wójcik⟩‹           A.   ›I told the driver the doors were full and he'd
      have to wait. He wasn't happy about it.
⟨Smith⟩‹           Q.   ›How long did he wait?
⟨Wójcik⟩‹           A.   ›Maybe two hours. I'm not sure exactly.
⟨⟩      (Exhibit 4 marked for identification.)
      ‹BY MR. SMITH:›
⟨Smith⟩‹           Q.   ›I'm handing you what's been marked as Exhibit
      4. Do you recognize it?
⟨Wójcik⟩‹           A.   ›It's our gate log.
⟨Smith⟩‹           Q.   ›What time does it show the truck was unloaded?
⟨Wójcik⟩‹           A.   ›It says 3:15.
⟨Wójcik⟩‹           THE WITNESS:  ›Can I add something? The log is
      filled in by the gate guard, not by me. So I
      can't say if that's right.
⟨Smith⟩‹           MR. SMITH:  ›Thank you. I'll pass the witness.
⟨⟩      (Discussion off the record.)
                      EXAMINATION
      BY MR. JONES:
⟨Jones⟩‹           Q.   ›Ms. Wójcik, just a couple of questions. Did the
      driver ever tell you the load was temperature
      sensitive?
⟨Wójcik⟩‹           A.   ›No. Nobody said anything about that.
⟨Jones⟩‹           Q.   ›Did anyone from Harbor call the dispatch office
      that night?
⟨Wójcik⟩‹           A.   ›Not that I know of.
⟨Jones⟩‹           MR. JONES:  ›Nothing further.
⟨Smith⟩‹           MR. SMITH:  ›Nothing further from me.
⟨⟩      (Deposition concluded at 10:47 a.m.)
