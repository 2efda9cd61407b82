%% Layout: plain-text screenplay (PDF-to-text): page numbers at top right ('23.'), sluglines and action flush
%% left, character cues centred in capitals, parentheticals and dialogue indented, a speech continued across
%% a page break with '(MORE)' and 'ÉLODIE (CONT'D)', a '(V.O.)' cue, 'CUT TO:' right-aligned, an
%% 'INTERCUT' line, and a 'SUPER:' caption.
%% Speakers: cues as written without extensions: ÉLODIE, HASSAN, OFFICER BRENNAN (also cued 'BRENNAN' once
%% - the same character, normalised to OFFICER BRENNAN as first cued), DISPATCH.
%% Not speech: page numbers, sluglines, action, parentheticals, '(MORE)', cue extensions, transitions,
%% 'SUPER:' caption, 'INTERCUT' line.
%% Doubtful: 'BRENNAN' and 'OFFICER BRENNAN' treated as one character (the action line says 'Officer Brennan').
%% ÉLODIE's speech split by the page break is one turn.
                                                                 23.

EXT. CANAL PATH - NIGHT

SUPER: "Lyon, three days later"

Fog on the water. ÉLODIE (30s) walks fast, phone pressed to her ear. HASSAN (30s) jogs to keep up.

⟨ÉLODIE⟩‹                              ÉLODIE›
‹                    (into phone)›
                    No, I said the bridge. The old
                    bridge. Not the new one.

⟨HASSAN⟩‹                              HASSAN›
                    Who are you talking to?

⟨ÉLODIE⟩‹                              ÉLODIE›
‹                    (covering the phone)›
                    My brother.
‹                    (into phone)›
                    Just wait there. Don't move.

⟨⟩She hangs up.

⟨HASSAN⟩‹                              HASSAN›
                    You don't have a brother.

⟨ÉLODIE⟩‹                              ÉLODIE›
                    I have a lot of things you don't
                    know about, Hassan. I have a
                    flat in Marseille. I have a
                    cousin in the police. I have a
‹                              (MORE)›
‹                                                                 24.›
‹                              ÉLODIE (CONT'D)›
                    very bad feeling about tonight.

⟨⟩A torch beam swings across the path. OFFICER BRENNAN (50s, Irish, tired) steps out of the fog.

⟨OFFICER BRENNAN⟩‹                         OFFICER BRENNAN›
                    Evening. Bit late for a stroll.

⟨HASSAN⟩‹                              HASSAN›
                    We're just heading home.

⟨OFFICER BRENNAN⟩‹                             BRENNAN›
‹                    (looking at Élodie)›
                    Both of you?

⟨⟩Her radio crackles.

⟨DISPATCH⟩‹                         DISPATCH (V.O.)›
                    Unit nine, unit nine, we have
                    a report of a car in the water
                    at the old bridge.

⟨⟩INTERCUT - BRENNAN / DISPATCH

⟨OFFICER BRENNAN⟩‹                         OFFICER BRENNAN›
‹                    (into radio)›
                    Nine, copy. On my way.
‹                    (to them)›
                    Go home. Both of you.

⟨⟩Élodie is already running.

                                                        CUT TO:
