%% Layout: printed play (Project Gutenberg style plain text): title, 'CHARACTERS' list, 'ACT I' heading, a
%% scene description, speeches opening 'CHARACTER.' in capitals, bracketed italic stage directions
%% '[_Crossing to the window._]' at the start, middle and end of speeches and on their own lines, a
%% speech wrapped over several lines and one spread over two paragraphs, an 'Exit' direction, a group
%% cue 'BOTH.'.
%% Speakers: cues as written, normalised: MRS. O'DOWD, TOM, KATYA, DR. ADEBAYO, BOTH (group cue labelled
%% as a speaker in the source for Mrs. O'Dowd and Tom together, kept as a pseudo-speaker per the guidelines).
%% Not speech: title lines, CHARACTERS list, act/scene headings, scene description, every '[...]' direction,
%% the '_' italic markers inside directions, 'CURTAIN.' and 'END OF ACT I.'.
%% Doubtful: KATYA's speech before and after the on-its-own-line direction '[_She sits._]' is one turn.
THE WIDOW'S LODGER

A COMEDY IN ONE ACT

CHARACTERS

MRS. O'DOWD, a landlady.
TOM, her son.
KATYA, a lodger.
DR. ADEBAYO, a physician.

ACT I

_The kitchen of a lodging-house in Dublin. Evening. A kettle on the range. MRS. O'DOWD is laying the
table; TOM sits with his boots on the fender._

⟨MRS. O'DOWD⟩‹MRS. O'DOWD.› Take your feet off that fender, Tom, or I'll take them off for you.

⟨TOM⟩‹TOM.› ‹[_Not moving._]› In a minute, mother.

⟨MRS. O'DOWD⟩‹MRS. O'DOWD.› You said that at six o'clock. It's gone seven. And the new lodger coming
down any moment, and what will she think of us?

⟨TOM⟩‹TOM.› She'll think we're a family that sits by the fire. ‹[_He takes his feet down._]› There.
Are you happy now?

⟨MRS. O'DOWD⟩‹MRS. O'DOWD.› I'll be happy when the rent's paid. ‹[_A knock._]› That'll be her. Sit up
straight.

⟨⟩‹[_Enter_ KATYA, _a young woman in a grey coat, carrying a small case._]›

⟨KATYA⟩‹KATYA.› Good evening. I am sorry, the door was open, so I came in. I hope that is not
rude.

⟨MRS. O'DOWD⟩‹MRS. O'DOWD.› Not at all, not at all. Come in to the fire. Tom, take the lady's case.

⟨TOM⟩‹TOM.› ‹[_Rising._]› Give it here, miss.

⟨KATYA⟩‹KATYA.› Thank you. It is not heavy. Everything I own is in it, and still it is not heavy.

‹[_She sits._]›

It was a long journey. From Kraków to Hamburg, and from Hamburg on the boat to Liverpool, and then
another boat. I did not think there could be so much sea in the world.

⟨MRS. O'DOWD⟩‹MRS. O'DOWD.› You'll have a cup of tea.

⟨KATYA⟩‹KATYA.› Please.

⟨TOM⟩‹TOM.› And what brings you to Dublin, if it's not a rude question?

⟨MRS. O'DOWD⟩‹MRS. O'DOWD.› Tom!

⟨KATYA⟩‹KATYA.› It is not rude. I am to work at the hospital. Dr. Adebayo has written to me.

⟨TOM⟩‹TOM.› ‹[_Surprised._]› Dr. Adebayo? He's our doctor. He'll be round tonight for mother's
chest.

⟨MRS. O'DOWD⟩‹MRS. O'DOWD.› There's nothing wrong with my chest.

⟨⟩‹[_A knock. Enter_ DR. ADEBAYO _with his bag._]›

⟨DR. ADEBAYO⟩‹DR. ADEBAYO.› Good evening, Mrs. O'Dowd. And how is the chest? ‹[_Seeing_ KATYA.]› Ah!
Miss Nowak, you have found us. Welcome, welcome.

⟨BOTH⟩‹BOTH.› ‹[_Together._]› You know each other?

⟨DR. ADEBAYO⟩‹DR. ADEBAYO.› We have written many letters. Miss Nowak is a nurse, and a very good one,
I am told.

⟨KATYA⟩‹KATYA.› I hope so.

⟨BOTH⟩‹BOTH.› Well!

⟨MRS. O'DOWD⟩‹MRS. O'DOWD.› Then sit down, the pair of you. The tea's getting cold. ‹[_To_ TOM.]› And you,
feet off that fender.

⟨⟩‹[_Tom puts his feet back on the fender. She hits him with the tea-towel._]›

CURTAIN.

END OF ACT I.
