%% Layout: radio panel transcript, one-line 'Name: text' labels with titles ('Dr. Ama Owusu:', 'Prof. Kenji
%% Tanaka:') and a role label 'Host:'; many short turns, cut-offs marked with '--', interruptions with
%% '[crosstalk]', '[laughter]', a caller introduced by the host ('Caller (Fatima, Leeds):'), a mid-show
%% '[BREAK]' line and a '--- Part 2 ---' divider, blank lines between some turns but not others.
%% Speakers: Host kept as written (role label); Dr. Ama Owusu -> Owusu; Prof. Kenji Tanaka -> Tanaka; the caller
%% 'Caller (Fatima, Leeds)' has only a first name -> kept as the label's name part, Fatima.
%% Not speech: title lines, '[crosstalk]', '[laughter]', '[BREAK]', the divider, the closing credit line.
%% Doubtful: the caller label gives only a first name; canonical 'Fatima'. Host's turns before and after
%% '[BREAK]' / divider are one turn (no other speaker between).
SCIENCE HOUR - "Do We Need Daylight Saving Time?"
Broadcast 29 October 2023. Transcript (unedited).

⟨Host⟩‹Host: ›Good evening and welcome to Science Hour. The clocks went back this morning, and if you're anything like me you woke up at six and wondered why it was so light. With me tonight are Dr. Ama Owusu, a sleep researcher, and Professor Kenji Tanaka, who studies energy use. Welcome to you both.
⟨Owusu⟩‹Dr. Ama Owusu: ›Thank you.
⟨Tanaka⟩‹Prof. Kenji Tanaka: ›Good to be here.
⟨Host⟩‹Host: ›Ama, let's start with you. Is changing the clocks bad for us?
⟨Owusu⟩‹Dr. Ama Owusu: ›In spring, yes, measurably. We lose an hour of sleep and for a few days afterwards there are more heart attacks and more road accidents.
⟨Host⟩‹Host: ›More heart attacks?
⟨Owusu⟩‹Dr. Ama Owusu: ›A small increase, but it shows up in study after study.
⟨Tanaka⟩‹Prof. Kenji Tanaka: ›Can I just say, the autumn change is the opposite, though. People gain an hour.
⟨Owusu⟩‹Dr. Ama Owusu: ›They do, and the effect is smaller. But the body still has to adjust ‹--›
⟨Tanaka⟩‹Prof. Kenji Tanaka: ›Sure.
⟨Owusu⟩‹Dr. Ama Owusu: ›‹--› and some people take a week or more.
⟨Host⟩‹Host: ›Kenji, the original argument was about saving energy. Does it?

⟨Tanaka⟩‹Prof. Kenji Tanaka: ›Barely. In the 1970s, maybe, when lighting was a big part of household use. Today the savings are close to zero, and in hot countries it can go the other way, because people get home while it's still hot and switch on the air conditioning.
⟨Host⟩‹Host: ›So why do we still do it?
⟨Tanaka⟩‹Prof. Kenji Tanaka: ›Habit, mostly. ‹[laughter]› And nobody can agree on which time to keep.
⟨Owusu⟩‹Dr. Ama Owusu: ›That's the real fight. Permanent summer time or permanent winter time.
⟨Host⟩‹Host: ›Which would you choose?
⟨Owusu⟩‹Dr. Ama Owusu: ›Winter time. Standard time. Our body clocks follow the sun, and morning light is what sets them.
⟨Tanaka⟩‹Prof. Kenji Tanaka: ›But people love light evenings. The pubs love light evenings. ‹[crosstalk]›
⟨Owusu⟩‹Dr. Ama Owusu: ›The pubs are not my patients.
⟨Host⟩‹Host: ›‹[laughter]› Let's bring in a caller. Fatima is in Leeds. Fatima, go ahead.
⟨Fatima⟩‹Caller (Fatima, Leeds): ›Hi. I'm a nurse and I work nights, and honestly the change doesn't bother me at all, because my whole life is upside down anyway.
⟨Host⟩‹Host: ›That's a fair point.
⟨Fatima⟩‹Caller (Fatima, Leeds): ›But my kids hate it. The little one was up at five this morning.
⟨Owusu⟩‹Dr. Ama Owusu: ›That's very common. Children are the worst affected, and the oldest people.
⟨Fatima⟩‹Caller (Fatima, Leeds): ›Is there anything I can do?
⟨Owusu⟩‹Dr. Ama Owusu: ›Bright light in the morning, as early as you can. Open the curtains, go outside. It helps reset them.
⟨Fatima⟩‹Caller (Fatima, Leeds): ›Thank you.
⟨Host⟩‹Host: ›Thanks, Fatima. We're going to take a short break.

⟨⟩[BREAK]

--- Part 2 ---

⟨Host⟩‹Host: ›Welcome back. Kenji, you've been shaking your head.
⟨Tanaka⟩‹Prof. Kenji Tanaka: ›Only because I wanted to add something about Europe. The European Parliament voted in 2019 to abolish the change.
⟨Host⟩‹Host: ›And?
⟨Tanaka⟩‹Prof. Kenji Tanaka: ›And nothing. The member states couldn't agree on which time to keep. So it's stuck.
⟨Owusu⟩‹Dr. Ama Owusu: ›Which tells you everything.
⟨Host⟩‹Host: ›Is there a country that's got it right?
⟨Tanaka⟩‹Prof. Kenji Tanaka: ›Japan doesn't change the clocks. Neither does most of Asia, or Africa.
⟨Owusu⟩‹Dr. Ama Owusu: ›And they manage perfectly well.
⟨Tanaka⟩‹Prof. Kenji Tanaka: ›Although Japan has its own problems with sleep. ‹[laughter]›
⟨Owusu⟩‹Dr. Ama Owusu: ›That's true. That's not the clocks, that's work.
⟨Host⟩‹Host: ›We have time for one more question. What would each of you do, if you were in charge tomorrow?
⟨Owusu⟩‹Dr. Ama Owusu: ›Stop the change and keep standard time.
⟨Tanaka⟩‹Prof. Kenji Tanaka: ›Stop the change, and then let each country argue about it for another fifty years.
⟨Host⟩‹Host: ›‹[laughter]› Dr. Ama Owusu and Professor Kenji Tanaka, thank you both.
⟨Owusu⟩‹Dr. Ama Owusu: ›Thank you.
⟨Tanaka⟩‹Prof. Kenji Tanaka: ›Thanks.

⟨⟩Science Hour is produced by Northern Community Radio.
