%% Layout: 'Full Name [hh:mm:ss]' on a line by itself (Descript/Trint-style export), the text in one or more
%% paragraphs below, blank lines between blocks; one speaker's answer spread over two paragraphs and over
%% two consecutive blocks (one turn).
%% Speakers: Tomás Ó Briain -> Ó Briain (Irish surname with particle); Aisha al-Sadr -> al-Sadr.
%% Not speech: the title block (incl. the 'Speakers: ...' roster line), label lines with their [hh:mm:ss] times, '[laughter]', '[inaudible]'.
Oral Testimony Series: Translators
Session 4, recorded 2023-11-02
Speakers: Tomás Ó Briain (interviewer), Aisha al-Sadr

⟨Ó Briain⟩‹Tomás Ó Briain [00:00:02]›
Aisha, thank you for coming in. Let's start at the beginning. How did you become a translator?

⟨al-Sadr⟩‹Aisha al-Sadr [00:00:09]›
By accident, like most of us. I was studying chemistry in Baghdad and a professor needed someone to help
with letters to a journal in London. My English was the best in the class, which was not saying much.

He paid me in books. I still have some of them.

⟨Ó Briain⟩‹Tomás Ó Briain [00:00:31]›
‹[laughter]› What kind of books?

⟨al-Sadr⟩‹Aisha al-Sadr [00:00:33]›
Agatha Christie, mostly. He said detective novels were the fastest way to learn how English people think.

⟨al-Sadr⟩‹Aisha al-Sadr [00:00:41]›
I am not sure he was right, but I read every one.

⟨Ó Briain⟩‹Tomás Ó Briain [00:00:45]›
And when did it become a profession?

⟨al-Sadr⟩‹Aisha al-Sadr [00:00:48]›
After I moved to Amman, in 1994. There was a lot of work, legal documents, medical reports for people
applying to go abroad. I did marriage certificates, school records, everything. ‹[inaudible]› sometimes
twenty pages a day.

⟨Ó Briain⟩‹Tomás Ó Briain [00:01:07]›
That sounds exhausting.

⟨al-Sadr⟩‹Aisha al-Sadr [00:01:09]›
It was. But every page was somebody's life. You cannot be careless with that.

⟨Ó Briain⟩‹Tomás Ó Briain [00:01:16]›
Is there a document you still remember?

⟨al-Sadr⟩‹Aisha al-Sadr [00:01:19]›
Yes. A letter from a mother to her son, who was already in Sweden. It was only one page. She asked me to
translate it into English because she thought the Swedish officials would read it. I told her they probably
would not, but she insisted.

I think about her often.

⟨Ó Briain⟩‹Tomás Ó Briain [00:01:41]›
Thank you, Aisha.
