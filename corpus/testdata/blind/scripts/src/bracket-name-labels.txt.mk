%% Layout: chat-style transcript with bracketed names '[Name]: text', a bracketed stage note '[Music fades]'
%% on its own line that is not a speaker, and one '[Name]:' line with an inline [laughs].
%% Speakers: Kwame Mensah -> Mensah; Ingrid Søndergaard -> Søndergaard; the first line names them in full,
%% later labels use first names ('[Kwame]:', '[Ingrid]:'), resolved to the same people.
%% Not speech: the title, '[Music fades]', '[Music]', '[laughs]', the 'END' line.
%% Doubtful: '[Music fades]' and '[Music]' have no colon and are editorial, not speaker labels.
RADIO DRAMA WORKSHOP - READ-THROUGH NOTES (cast discussion, recorded)

[Music fades]
⟨Mensah⟩‹[Kwame Mensah]: ›Right, that's the end of scene two. Thoughts?
⟨Søndergaard⟩‹[Ingrid Søndergaard]: ›I liked it. I think the pause before the letter is too long, though.
⟨Mensah⟩‹[Kwame]: ›How long was it?
⟨Søndergaard⟩‹[Ingrid]: ›Felt like five seconds. On radio that's forever.
⟨Mensah⟩‹[Kwame]: ›Fair. We'll cut it to two. What about the accent?
⟨Søndergaard⟩‹[Ingrid]: ›Mine? ‹[laughs]› I was trying Danish-English, but it came out Welsh.
⟨Mensah⟩‹[Kwame]: ›It came out Welsh.
⟨Søndergaard⟩‹[Ingrid]: ›I'll work on it.
⟨⟩[Music]
⟨Mensah⟩‹[Kwame]: ›Okay, scene three. From the top of page fourteen.
⟨Søndergaard⟩‹[Ingrid]: ›Ready.
⟨⟩END
