%% Layout: oral-history transcript, header block (Interviewee/Interviewer/Date/Location/Note/URL), Q:/A: turns,
%% multi-paragraph answers, wrapped lines, (laughs) and [inaudible] insertions, end-of-tape note.
%% Speakers: 'Q' and 'A' are role labels, kept as written per the guidelines (Q, A). The header names the
%% interviewer (Ruth Okafor) and the interviewee (Wanjiru Ngũgĩ): a name-resolving reader would give Q = Okafor,
%% A = Ngũgĩ with the same turns and counts.
%% Not speech: the header block, 'Note:' line, URL, '[End of Tape 1, Side A]', '[Tape 1, Side B]',
%% '(laughs)', '[inaudible]', '[pause]', the closing 'END OF INTERVIEW' line.
%% Doubtful: '[unclear: Kiambu?]' is an editor's guess; removed whole as an editorial insertion.
NAIROBI RAILWAY WORKERS ORAL HISTORY PROJECT
Transcript of Interview

Interviewee: Wanjiru Ngũgĩ
Interviewer: Ruth Okafor
Date: 14 March 2019
Location: Makadara, Nairobi
Duration: 1 hour 12 minutes
Note: The interviewee asked that the names of two former colleagues be withheld.
      Minor false starts have been removed by the transcriber.
Permanent link: https://oralhistory.example.org/collections/rail/ngugi-2019

---------------------------------------------------------------------

⟨Q⟩‹Q: ›Thank you for agreeing to talk with me today. Could you start by telling
me where and when you were born?

⟨A⟩‹A: ›I was born in 1951, in a small place near Limuru. My father worked on
the line as a platelayer, so we moved whenever the gang moved. I think by the
time I was ten I had lived in six different railway camps. ‹(laughs)› My mother
used to say we were like the tortoise, we carried our house with us.

We were not poor, exactly, but there was never anything extra. When the
inspector came, the children had to be quiet and stay behind the quarters.

⟨Q⟩‹Q: ›Do you remember the first time you went to the workshops?

⟨A⟩‹A: ›Yes, very clearly. I was fourteen. My uncle took me to see the
locomotive shed at ‹[unclear: Kiambu?]› no, I am wrong, it was the big shed
here in Nairobi. The noise! I had never heard anything like it. Men were
shouting to each other over the hammers and nobody seemed to mind.

⟨Q⟩‹Q: ›And were there other women working there?

⟨A⟩‹A: ›Not on the floor. There were women in the offices, typing, and one
lady who ran the canteen. When I started in 1972 I was one of three women in
the carriage shop. The foreman, a man called ‹[inaudible]›, he told me on the
first day that I would not last a month.

⟨Q⟩‹Q: ›How long did you last?

⟨A⟩‹A: ›Thirty-one years. ‹(laughs)›

⟨Q⟩‹Q: ›‹(laughs)› That's a good answer.

⟨A⟩‹A: ›I did not say it to him, of course. I just kept working. You learn
very fast that the machine does not care if you are a man or a woman. It
cares if you are careful.

⟨⟩[End of Tape 1, Side A]

[Tape 1, Side B]

⟨Q⟩‹Q: ›You mentioned the union earlier, before we started recording. When
did you join?

⟨A⟩‹A: ›In 1974. There was a strike coming, everybody knew it, and my friend
Achieng said, if you are not in the union they will use you to break it. So
I joined that same week.

The strike itself was short. Four days. But I remember the meetings at night,
under the big jacaranda near the gate, and the men arguing about whether the
women should speak. In the end the chairman said, she pays the same dues, let
her speak.

⟨Q⟩‹Q: ›What did you say?

⟨A⟩‹A: ›‹[pause]› I said that we wanted the same housing allowance as the men.
That was all. It seemed very simple to me.

⟨Q⟩‹Q: ›Did you get it?

⟨A⟩‹A: ›Eventually. Nine years later. ‹(laughs)›

⟨Q⟩‹Q: ›Is there anything you would like people to know about that time that
we have not talked about?

⟨A⟩‹A: ›Only that it was not all hard. We had good times. On Fridays we would
buy nyama choma and sit together, Kikuyu, Luo, Asian, everybody, and nobody
asked who you were. I miss that more than the work.

⟨Q⟩‹Q: ›Thank you, Mrs. Ngũgĩ.

⟨A⟩‹A: ›Thank you, my dear.

⟨⟩END OF INTERVIEW
