%% Layout: Rev-style export: a 'Full Name: (mm:ss)' label line alone, then the paragraph on the next line(s);
%% the same speaker's answer split over two consecutive blocks (one turn); [crosstalk], [inaudible 00:04:10].
%% Speakers: full names with titles -> surnames: Dana Whitfield -> Whitfield;
%% Dr. José Martí -> Martí; Zhou Enlai (addressed as Councillor Zhou) -> Zhou
%% (Chinese order, surname first); Siobhán O'Brien -> O'Brien.
%% Not speech: the title lines, label lines with their '(mm:ss)' times, '[crosstalk 00:05:31]',
%% '[inaudible 00:04:10]', '[applause]'.
%% Doubtful: the cut-off 'Sorry, Dana, can I just add one thing-' is its own turn; O'Brien's next block after
%% Whitfield's 'Very briefly.' is a new turn. Martí's two consecutive blocks (00:19, 00:41) are one turn, as are
%% O'Brien's (01:23, 01:39).
Riverside Transit Forum - Panel Transcript
Rev.com transcript, edited for speaker names

⟨Whitfield⟩‹Dana Whitfield: (00:00)›
Good evening and welcome to the Riverside Transit Forum. I'm Dana Whitfield, and I'll be moderating
tonight. We have three panelists, and each of them will have two minutes to open. Dr. Martí, you're first.

⟨Martí⟩‹Dr. José Martí: (00:19)›
Thank you, Dana. And thank you all for coming out on a rainy Tuesday. I've spent twenty years studying
bus networks in cities like this one, and the one thing I can tell you is that frequency is freedom. If the
bus comes every fifteen minutes, people use it. If it comes every hour, they don't.

⟨Martí⟩‹Dr. José Martí: (00:41)›
So my proposal is simple: fewer routes, but every one of them running every fifteen minutes, all day.

⟨Whitfield⟩‹Dana Whitfield: (00:52)›
Thank you. Councillor Zhou.

⟨Zhou⟩‹Zhou Enlai: (00:55)›
Thank you. I want to start with the people who are not in this room. The night-shift nurses, the cleaners,
the kitchen staff. They are the ones who would lose their route under Dr. Martí's plan, and I'm not
prepared to accept that.

⟨Martí⟩‹Dr. José Martí: (01:12)›
That's not quite what I said.

⟨Zhou⟩‹Zhou Enlai: (01:14)›
Let me finish. ‹[crosstalk 00:01:15]› I'm not prepared to accept that without a night network.

⟨Whitfield⟩‹Dana Whitfield: (01:20)›
We'll come back to that. Ms. O'Brien.

⟨O'Brien⟩‹Siobhán O'Brien: (01:23)›
Thanks, Dana. I represent the riders' union, and honestly, what our members tell us is that they don't care
whose plan it is. They want the bus to show up when the app says it will. ‹[applause]›

⟨O'Brien⟩‹Siobhán O'Brien: (01:39)›
Right now it doesn't. Last month the 14 was late more than forty percent of the time.

⟨Whitfield⟩‹Dana Whitfield: (01:46)›
Dr. Martí, a response?

⟨Martí⟩‹Dr. José Martí: (01:48)›
Yes. I agree with both of my colleagues, actually. A night network is part of my proposal, it's on page nine,
and reliability is exactly why you consolidate routes. You can't run thirty routes well with the drivers we
have. ‹[inaudible 00:02:04]› so we run fewer, better.

⟨Zhou⟩‹Zhou Enlai: (02:09)›
Page nine says "to be studied."

⟨Martí⟩‹Dr. José Martí: (02:11)›
Which is where every good idea starts.

⟨Whitfield⟩‹Dana Whitfield: (02:14)›
All right. Let's take questions from the floor. Yes, in the back.

⟨O'Brien⟩‹Siobhán O'Brien: (02:18)›
Sorry, Dana, can I just add one thing-

⟨Whitfield⟩‹Dana Whitfield: (02:20)›
Very briefly.

⟨O'Brien⟩‹Siobhán O'Brien: (02:21)›
The union supports a trial. Six months, one corridor, and publish the numbers. That's all.

⟨Whitfield⟩‹Dana Whitfield: (02:28)›
Thank you. Now, the gentleman in the back.
