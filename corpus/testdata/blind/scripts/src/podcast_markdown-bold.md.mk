%% Layout: Markdown podcast transcript: YAML front matter, '#'/'##' headings (chapter titles with
%% timestamps), '**Name:** text' labels, italic stage notes '*[laughs]*', a link in speech, a horizontal
%% rule, a closing 'Show notes' section with a bullet list.
%% Speakers: **Adaeze Okonkwo:** -> Okonkwo; **Björn Lindqvist:** -> Lindqvist; the labels change to first
%% names after the intro ('**Adaeze:**', '**Björn:**'), same people.
%% Not speech: front matter, headings, '\[00:12:04\]'-style escaped timestamps, '*[laughs]*', the
%% 'Show notes' section. Link markup: the link text stays ('the Rust book'), the URL does not.
%% Doubtful: the '## Show notes' list is not speech (no label, after the conversation).
---
title: "Episode 41: Rewriting It in Rust (Or Not)"
date: 2024-09-18
guests:
  - Björn Lindqvist
host: Adaeze Okonkwo
tags: [rust, legacy-code, interviews]
---

‹# Episode 41: Rewriting It in Rust (Or Not)›

‹## Intro \[00:00:00\]›

⟨Okonkwo⟩‹**Adaeze Okonkwo:** ›Hello and welcome to Build Log. I'm Adaeze, and my guest today is Björn Lindqvist,
who spent two years leading the rewrite of a payments system from C++ to Rust. Björn, welcome.

⟨Lindqvist⟩‹**Björn Lindqvist:** ›Thanks for having me. Long-time listener.

⟨Okonkwo⟩‹**Adaeze:** ›Oh, that's nice to hear. So let's start with the obvious question. Why rewrite at all?

⟨Lindqvist⟩‹**Björn:** ›Honestly? Because every on-call week, someone got paged for a memory bug. Not every week, but
often enough that it was a joke on the team. ‹*[laughs]*› We had a little trophy for it.

‹## The decision \[00:03:12\]›

⟨Okonkwo⟩‹**Adaeze:** ›And who made the call? Was it you?

⟨Lindqvist⟩‹**Björn:** ›No, no. It came from the CTO. I was skeptical, actually. I had read ‹[›the Rust book‹](https://doc.rust-lang.org/book/)›
over a weekend and I thought, this is lovely, but we have four hundred thousand lines of C++.

⟨Lindqvist⟩‹**Björn:** ›So we did it piece by piece. One service at a time, behind the same interface.

⟨Okonkwo⟩‹**Adaeze:** ›How long did the first piece take?

⟨Lindqvist⟩‹**Björn:** ›Three months, for about eight thousand lines. Which sounds slow, but most of that time was
learning.

‹## What went wrong \[00:12:04\]›

⟨Okonkwo⟩‹**Adaeze:** ›Tell me something that went badly.

⟨Lindqvist⟩‹**Björn:** ›The build times. ‹*[laughs]*› Nobody warned us. Our CI went from twelve minutes to forty.

⟨Okonkwo⟩‹**Adaeze:** ›Ouch.

⟨Lindqvist⟩‹**Björn:** ›We got it back down to fifteen eventually, with caching, but it took a while.

⟨Okonkwo⟩‹**Adaeze:** ›Would you do it again?

⟨Lindqvist⟩‹**Björn:** ›For that system, yes. For every system? Absolutely not. Some of the old code was fine. It had
been fine for ten years. You don't rewrite fine.

⟨Okonkwo⟩‹**Adaeze:** ›"You don't rewrite fine." I think that's the title of the episode. Björn, thank you.

⟨Lindqvist⟩‹**Björn:** ›Thank you, Adaeze.

⟨⟩---

‹## Show notes›

- Björn's talk at RustConf: "Two Years, One Interface"
- [The Rust Programming Language](https://doc.rust-lang.org/book/)
