%% Layout: Otter.ai plain-text export: 'Speaker N  m:ss' (two spaces) or 'Name  m:ss' on its own line, text below,
%% blank line between blocks; one named speaker (Otter speaker renamed by the user) among unnamed ones; a
%% consecutive pair of blocks by the same speaker (one turn); the Otter footer.
%% Speakers: 'Speaker 1', 'Speaker 2' kept as written; 'Hùng Nguyễn' -> Nguyễn.
%% Not speech: the title line, label lines with their times, the 'Transcribed by https://otter.ai' footer.
Team sync - 2024-02-12

⟨Speaker 1⟩‹Speaker 1  0:03›
Okay, I think everyone's here. Hùng, are you on?

⟨Nguyễn⟩‹Hùng Nguyễn  0:07›
Yep, I'm here. Sorry, my camera's not working today.

⟨Speaker 1⟩‹Speaker 1  0:11›
No worries. So, um, quick agenda. The release, the on-call rota, and then anything else.

⟨Speaker 2⟩‹Speaker 2  0:19›
Can we do the rota first? I have to drop at half past.

⟨Speaker 1⟩‹Speaker 1  0:23›
Sure. Go ahead.

⟨Speaker 2⟩‹Speaker 2  0:25›
So basically I swapped with Dev for next week, because of the conference, and I just want to make sure
that's in the calendar, because last time it wasn't and I got paged at three in the morning.

⟨Speaker 2⟩‹Speaker 2  0:38›
Which was fun.

⟨Nguyễn⟩‹Hùng Nguyễn  0:40›
I'll fix the calendar after this call.

⟨Speaker 2⟩‹Speaker 2  0:43›
Thank you.

⟨Speaker 1⟩‹Speaker 1  0:45›
Okay, release. Hùng, where are we?

⟨Nguyễn⟩‹Hùng Nguyễn  0:48›
We're close. The migration ran fine on staging. There's one flaky test in the payments module that I
want to look at before we ship. I don't think it's a real bug, I think it's a timing thing, but I'd rather
know.

⟨Speaker 1⟩‹Speaker 1  1:04›
How long do you need?

⟨Nguyễn⟩‹Hùng Nguyễn  1:06›
A day. Maybe less.

⟨Speaker 1⟩‹Speaker 1  1:09›
So Thursday release?

⟨Nguyễn⟩‹Hùng Nguyễn  1:11›
Thursday's fine.

⟨Speaker 2⟩‹Speaker 2  1:13›
Works for me.

⟨Speaker 1⟩‹Speaker 1  1:15›
Great. Anything else? No? Okay, thanks everyone.

⟨⟩Transcribed by https://otter.ai
