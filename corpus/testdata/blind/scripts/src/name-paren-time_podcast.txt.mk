%% Layout: podcast transcript, 'Full Name (mm:ss): text' on one line (Rev 'speaker (time):' export),
%% occasional wrapped continuation lines, [laughs] and [inaudible] insertions, a sponsor note in brackets.
%% Speakers: Priya Raman -> Raman; Μαρία Παπαδοπούλου -> Παπαδοπούλου (host addresses her as Maria).
%% Not speech: title/episode header, '(mm:ss)' times, '[laughs]', '[inaudible 00:03:40]', '[music]',
%% the bracketed '[Sponsor message removed]' line, the 'Transcript by ...' footer.
%% Doubtful: none of note; 'Mm.' is a labelled turn.
THE FIELD NOTES PODCAST
Episode 112: Counting Bees on Crete

⟨Raman⟩‹Priya Raman (00:00): ›‹[music]› Welcome back to Field Notes. I'm Priya Raman, and today I'm talking to
Dr. Μαρία Παπαδοπούλου, who has spent the last six summers counting wild bees in the mountains of Crete.
Maria, welcome.
⟨Παπαδοπούλου⟩‹Μαρία Παπαδοπούλου (00:14): ›Thank you, Priya. It's lovely to be here.
⟨Raman⟩‹Priya Raman (00:17): ›So how do you count a bee?
⟨Παπαδοπούλου⟩‹Μαρία Παπαδοπούλου (00:19): ›‹[laughs]› Very carefully. No, really, there are a few methods. The simplest is you walk
a fixed line, a transect, at a fixed speed, and you write down every bee you see within two metres.
⟨Raman⟩‹Priya Raman (00:33): ›And you can tell them apart while they're flying?
⟨Παπαδοπούλου⟩‹Μαρία Παπαδοπούλου (00:36): ›Some of them. The big carpenter bees, yes. The small ones, no. We catch those with a
net and look at them under a lens, and then we let them go.
⟨Raman⟩‹Priya Raman (00:47): ›How many species are we talking about on Crete?
⟨Παπαδοπούλου⟩‹Μαρία Παπαδοπούλου (00:50): ›More than three hundred, and we still find new records every year. Two summers ago a
student of mine found a species that had not been seen on the island since 1936.
⟨Raman⟩‹Priya Raman (01:02): ›Wow.
⟨Παπαδοπούλου⟩‹Μαρία Παπαδοπούλου (01:03): ›Yes, she was very happy. We all were. We had a small party in the village that night.
⟨Raman⟩‹Priya Raman (01:09): ›‹[Sponsor message removed]›
⟨Raman⟩‹Priya Raman (01:10): ›So what's happening to the bees? Is it the same story we hear everywhere else?
⟨Παπαδοπούλου⟩‹Μαρία Παπαδοπούλου (01:15): ›Partly. The thyme honey industry brings a lot of honeybee hives up the mountains in
summer, thousands of them, and they compete with the wild bees for the same flowers. ‹[inaudible 00:01:26]›
and then there is grazing, and the fires.
⟨Raman⟩‹Priya Raman (01:31): ›Is there anything listeners can do?
⟨Παπαδοπούλου⟩‹Μαρία Παπαδοπούλου (01:33): ›Plant things that flower at different times. Leave a corner of the garden a little wild.
And if you go hiking, look down sometimes, not only at the view.
⟨Raman⟩‹Priya Raman (01:42): ›Mm.
⟨Παπαδοπούλου⟩‹Μαρία Παπαδοπούλου (01:43): ›The bees are at your feet.
⟨Raman⟩‹Priya Raman (01:45): ›That's a lovely place to end. Maria, thank you so much.
⟨Παπαδοπούλου⟩‹Μαρία Παπαδοπούλου (01:48): ›Thank you.

⟨⟩Transcript by Field Notes volunteers. Errors are ours.
