%% Layout: short 'Surname: text' two-liners (a transcribed phone call), apostrophe and non-ASCII surnames
%% (O'Brien, Martí), one turn wrapped onto a second unlabelled line, a header line and a timestamp line.
%% Speakers: labels are surnames already: O'Brien, Martí.
%% Not speech: the header line, '(call begins 09:14)', '(call ends 09:16)', '[line noise]'.
Transcript of telephone call, Dock Office to Harbour Master, 3 February 2021
(call begins 09:14)

⟨O'Brien⟩‹O'Brien: ›Harbour office, O'Brien speaking.
⟨Martí⟩‹Martí: ›Hello, it's Martí at the dock office.
⟨O'Brien⟩‹O'Brien: ›Morning. What can I do for you?
⟨Martí⟩‹Martí: ›The Santa Lucía is asking for a berth for tonight.
⟨O'Brien⟩‹O'Brien: ›Tonight? I've got nothing until Thursday.
⟨Martí⟩‹Martí: ›They say they have engine trouble. ‹[line noise]› They want to come in
before the weather turns.
⟨O'Brien⟩‹O'Brien: ›Can they anchor off the point?
⟨Martí⟩‹Martí: ›I'll ask them.
⟨O'Brien⟩‹O'Brien: ›If it's an emergency, that's different.
⟨Martí⟩‹Martí: ›Understood.
⟨O'Brien⟩‹O'Brien: ›Call me back in ten minutes.
⟨Martí⟩‹Martí: ›Will do. Thanks.
⟨O'Brien⟩‹O'Brien: ›Bye now.
⟨⟩(call ends 09:16)
