%% Layout: TV news transcript with '>>' speaker-change markers and upper-case labels: first mention
%% '>> FULL NAME, ROLE (voice-over):' later '>> SURNAME:'; '(BEGIN VIDEO CLIP)' / '(END VIDEO CLIP)' and
%% '(COMMERCIAL BREAK)' lines; a network header and a copyright footer; an 'UNIDENTIFIED MALE' label.
%% Speakers: LUCÍA FERNÁNDEZ -> Fernández; OLUWASEUN ADEYEMI -> Adeyemi; MAYOR PATRICK O'BRIEN -> O'Brien;
%% UNIDENTIFIED MALE kept as written (anonymous label).
%% Not speech: header (show, date, 'Aired ...', 'THIS IS A RUSH TRANSCRIPT...'), '>>' markers, labels incl.
%% '(voice-over)', '(BEGIN VIDEO CLIP)', '(END VIDEO CLIP)', '(COMMERCIAL BREAK)', footer.
%% Doubtful: Adeyemi's voice-over before and after the O'Brien clip are separate turns (O'Brien speaks between);
%% the second voice-over and the next '>> ADEYEMI:' block are one turn. Fernández's 'Stay safe...' and 'Welcome
%% back...' (after the commercial break, no other speaker between) are one turn by the guidelines.
CHANNEL 7 EVENING NEWS
Flooding in the Eastern Districts; Council Vote Delayed
Aired March 3, 2025 - 18:00 ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

⟨Fernández⟩‹>> LUCÍA FERNÁNDEZ, CHANNEL 7 ANCHOR: ›Good evening. Our top story tonight: the river has burst its banks in
three places east of the city, and hundreds of families have spent the day moving to higher ground. Our
Oluwaseun Adeyemi is in Millbrook with the latest. Seun?

⟨Adeyemi⟩‹>> OLUWASEUN ADEYEMI, CHANNEL 7 CORRESPONDENT: ›Lucía, the water here on Station Road is about knee-deep
right now, and the fire service tells me it's still rising. Behind me you can see volunteers filling
sandbags outside the church hall. They've been doing this since six this morning.

⟨UNIDENTIFIED MALE⟩‹>> UNIDENTIFIED MALE: ›We just keep going. What else can you do? It's everyone's street.

⟨Adeyemi⟩‹>> ADEYEMI (voice-over): ›The mayor visited the area this afternoon.

⟨⟩(BEGIN VIDEO CLIP)

⟨O'Brien⟩‹>> MAYOR PATRICK O'BRIEN: ›Our priority is people first, property second. Anyone who has been told to leave
should leave now. The buses are running to the leisure centre and there are beds there tonight.

⟨⟩(END VIDEO CLIP)

⟨Adeyemi⟩‹>> ADEYEMI (voice-over): ›But residents say the warnings came too late.

⟨Adeyemi⟩‹>> ADEYEMI: ›Lucía, the council was due to vote on the new flood wall tonight. That vote has now been put
off until next month.

⟨Fernández⟩‹>> FERNÁNDEZ: ›Seun, is there any sense of why it was delayed?

⟨Adeyemi⟩‹>> ADEYEMI: ›Officially, because councillors are needed in their wards tonight. Unofficially, the money is
still not agreed.

⟨Fernández⟩‹>> FERNÁNDEZ: ›Stay safe out there. Thank you.

⟨⟩(COMMERCIAL BREAK)

⟨Fernández⟩‹>> FERNÁNDEZ: ›Welcome back. If you've just joined us, ...

⟨⟩Copyright 2025 Channel 7 News. All rights reserved.
