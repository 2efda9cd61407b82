%% Layout: Fountain screenplay: title page (Title/Credit/Author/Draft date/Contact), '=' synopsis and '#'
%% section lines, sluglines (INT./EXT., a forced '.FLASHBACK' heading), action paragraphs, character cues with
%% extensions '(V.O.)', '(O.S.)', '(CONT'D)', parentheticals, a forced '@' cue for a mixed-case name, dual
%% dialogue '^', '[[notes]]', a '/* boneyard */' block, transitions 'CUT TO:' and '> FADE OUT.', '_' and '*'
%% emphasis markup, a '~' lyric line.
%% Speakers: cues as written without extensions: NGOZI, MR. DE LA CRUZ (forced '@Mr. de la Cruz', normalised
%% to the upper-case cue he gets elsewhere), TICKET AGENT, RADIO, YUSUF.
%% Not speech: title page, synopsis/section lines, sluglines, action, parentheticals, transitions, notes,
%% boneyard (commented-out dialogue), emphasis markers.
%% Doubtful: dual dialogue (NGOZI / YUSUF speaking at once) is taken in document order: NGOZI then YUSUF.
%% NGOZI's block, an action line and her '(CONT'D)' block are one turn. The '~' lyric sung by RADIO is speech.
%% The boneyard holds a cue and dialogue that are commented out: not speech.
Title: The Last Ferry
Credit: Written by
Author: Chiamaka Obi
Draft date: 2 May 2024
Contact:
    c.obi@example.com

# ACT ONE

= Ngozi misses the last ferry and meets an old man who has been waiting all his life.

INT. FERRY TERMINAL - NIGHT

Rain lashes the big windows. The departures board flickers: CANCELLED, CANCELLED, CANCELLED.

NGOZI (40s, soaked, a suitcase with one broken wheel) hurries to the counter.

⟨NGOZI⟩‹NGOZI›
‹(breathless)›
Is the eleven o'clock still going?

⟨TICKET AGENT⟩‹TICKET AGENT›
Left ten minutes ago, love.

⟨NGOZI⟩‹NGOZI›
It can't have. The board said delayed.

⟨TICKET AGENT⟩‹TICKET AGENT›
The board says a lot of things.

⟨⟩She turns away. Sits heavily on a bench. Beside her, MR. DE LA CRUZ (80s, immaculate suit, a paper bag of oranges) peels one with great care.

⟨MR. DE LA CRUZ⟩‹@Mr. de la Cruz›
You'll want one of these. It's a long night.

⟨NGOZI⟩‹NGOZI›
I'm fine, thank you.

⟨⟩He holds one out anyway. She takes it.

⟨NGOZI⟩‹NGOZI (CONT'D)›
‹(softening)›
Are you waiting for the morning boat too?

⟨MR. DE LA CRUZ⟩‹MR. DE LA CRUZ›
In a manner of speaking. I've been waiting for it since 1962.

⟨⟩[[Keep this line. Don't explain it yet.]]

⟨⟩.FLASHBACK - THE SAME TERMINAL - 1962

Sunlight. A YOUNG MAN in the same suit watches a ferry pull away. A transistor radio on the counter plays.

⟨RADIO⟩‹RADIO (V.O.)›
‹~›Come back to me, come back across the water...

⟨⟩CUT TO:

INT. FERRY TERMINAL - NIGHT

⟨MR. DE LA CRUZ⟩‹MR. DE LA CRUZ›
She said she'd be on the next one. I believed her.

⟨NGOZI⟩‹NGOZI›
And she never came?

⟨MR. DE LA CRUZ⟩‹MR. DE LA CRUZ›
Oh, she came. Forty years later. We had a very *good* forty years after that, as it happens.
‹(beat)›
I just like to come and watch the boats.

⟨⟩A door bangs. YUSUF (20s, hi-vis jacket) sticks his head in.

⟨NGOZI⟩‹NGOZI›
Excuse me, is there any other way across?

⟨YUSUF⟩‹YUSUF ^›
Cargo boat's going at midnight. If you don't mind the fish.

⟨⟩/*
NGOZI
I don't mind anything anymore.
*/

⟨MR. DE LA CRUZ⟩‹MR. DE LA CRUZ (O.S.)›
‹_›Take it.‹_› Don't wait forty years.

⟨⟩Ngozi looks at him, then grabs her suitcase.

> FADE OUT.
