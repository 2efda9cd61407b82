package corpus

import "testing"

func TestParseLabel(t *testing.T) {
	for _, tc := range []struct {
		line, name, role, time string
		ok, colon, rest        bool
	}{
		{line: "Susan Page: Good evening.", name: "Susan Page", ok: true, colon: true, rest: true},
		{line: "MAO ZEDONG: We are friends.", name: "MAO ZEDONG", ok: true, colon: true, rest: true},
		{line: "interviewer: so tell me", name: "interviewer", ok: true, colon: true, rest: true},
		{line: "Speaker 1: Hi.", name: "Speaker 1", ok: true, colon: true, rest: true},
		{line: "SPEAKER_00: Hi.", name: "SPEAKER_00", ok: true, colon: true, rest: true},
		{line: "[SPEAKER_01]: Yes.", name: "SPEAKER_01", ok: true, colon: true, rest: true},
		{line: ">> COUNCILMEMBER KAPLAN: Thank you.", name: "COUNCILMEMBER KAPLAN", ok: true, colon: true, rest: true},
		{line: "- JOHN: Here.", name: "JOHN", ok: true, colon: true, rest: true},
		{line: "**Adam Stacoviak:** Welcome.", name: "Adam Stacoviak", ok: true, colon: true, rest: true},
		{line: "**Adam Stacoviak**: Welcome.", name: "Adam Stacoviak", ok: true, colon: true, rest: true},
		{line: "**Bob:**Hello.", name: "Bob", ok: true, colon: true, rest: true},
		{line: "__Jerod:__ Hey.", name: "Jerod", ok: true, colon: true, rest: true},
		{line: "Chris Wallace (00:03): Good evening.", name: "Chris Wallace", time: "00:03", ok: true, colon: true, rest: true},
		{line: "Chris Wallace [00:03:12]: Good evening.", name: "Chris Wallace", time: "00:03:12", ok: true, colon: true, rest: true},
		{line: "Chris Wallace: (00:03)", name: "Chris Wallace", time: "00:03", ok: true, colon: true},
		{line: "Kamala Harris:", name: "Kamala Harris", ok: true, colon: true},
		{line: "[00:01:02] Ann: Hello.", name: "Ann", time: "00:01:02", ok: true, colon: true, rest: true},
		{line: "[03 04:05:06] CDR: Roger.", name: "CDR", time: "03 04:05:06", ok: true, colon: true, rest: true},
		{line: "00:01:02 - Ann: Hello.", name: "Ann", time: "00:01:02", ok: true, colon: true, rest: true},
		{line: "(00:01) Ann: Hello.", name: "Ann", time: "00:01", ok: true, colon: true, rest: true},
		{line: "00:01:02 Ann: Hello.", name: "Ann", time: "00:01:02", ok: true, colon: true, rest: true},
		{line: "Speaker 1  0:03", name: "Speaker 1", time: "0:03", ok: true},
		{line: "00:00:05 Speaker 2", name: "Speaker 2", time: "00:00:05", ok: true},
		{line: "01 ANN:   so what did you do", name: "ANN", ok: true, colon: true, rest: true},
		{line: "12  I: And then?", name: "I", ok: true, colon: true, rest: true},
		{line: "3 questions: which one?"},
		{line: "John\tHello there, how are you?", name: "John", ok: true, rest: true},
		{line: "total\t42"},
		{line: "Q. Where were you born?", name: "Q", ok: true, colon: true, rest: true},
		{line: "A. In Ohio, in 1921.", name: "A", ok: true, colon: true, rest: true},
		{line: "Q."},
		{line: "00:03:12\tAnn Lee:\tHello everyone", name: "Ann Lee", time: "00:03:12", ok: true, colon: true, rest: true},
		{line: "1:04 P.M. EDT"},
		{line: "Ann Lee  10:02 AM", name: "Ann Lee", time: "10:02 AM", ok: true},
		{line: "[Ann Lee] 10:02:11", name: "Ann Lee", time: "10:02:11", ok: true},
		{line: "Ann Lee (10:02 AM): Hi", name: "Ann Lee", time: "10:02 AM", ok: true, colon: true, rest: true},
		{line: "LADY  CAPULET:", name: "LADY  CAPULET", ok: true, colon: true},
		{line: "Ann Lee [00:03:12]", name: "Ann Lee", time: "00:03:12", ok: true},
		{line: "Ann Lee 00:03:12", name: "Ann Lee", time: "00:03:12", ok: true},
		{line: "Speaker 1 0:03", name: "Speaker 1", time: "0:03", ok: true},
		{line: "Ann Lee (00:03)", name: "Ann Lee", time: "00:03", ok: true},
		{line: "**Tim Smith:** \\[01:46\\] About a month ago", name: "Tim Smith", time: "01:46", ok: true, colon: true, rest: true},
		{line: "**Break:** \\[07:13\\] to \\[08:53\\]", name: "Break", time: "07:13", ok: true, colon: true, rest: true},
		{line: "周恩来：我们欢迎你们。", name: "周恩来", ok: true, colon: true, rest: true},
		{line: "Μαρία: Ευχαριστώ.", name: "Μαρία", ok: true, colon: true, rest: true},
		{line: "José Martí: Gracias.", name: "José Martí", ok: true, colon: true, rest: true},
		{line: "12/03/2021, 10:02 - Ann Lee: On my way", name: "Ann Lee", time: "12/03/2021, 10:02", ok: true, colon: true, rest: true},
		{line: "[12/03/2021, 10:02:33] Ann: Hi", name: "Ann", time: "12/03/2021, 10:02:33", ok: true, colon: true, rest: true},
		{line: "3/12/21, 9:02 PM - Bob: ok", name: "Bob", time: "3/12/21, 9:02 PM", ok: true, colon: true, rest: true},
		{line: "2021-03-12 10:02:33 Ann: Hi", name: "Ann", time: "2021-03-12 10:02:33", ok: true, colon: true, rest: true},
		{line: "🎙️ Ann: Welcome.", name: "Ann", ok: true, colon: true, rest: true},
		{line: "Ann 🌸: Hi.", name: "Ann", ok: true, colon: true, rest: true},
		{line: "<ann> hello there", name: "ann", ok: true, colon: true, rest: true},
		{line: "[10:02] <Bob_> hi", name: "Bob_", time: "10:02", ok: true, colon: true, rest: true},
		{line: "[10:02:11] Ann: Can you hear me?", name: "Ann", time: "10:02:11", ok: true, colon: true, rest: true},
		{line: "Chris Wallace (Moderator): Hello.", name: "Chris Wallace", role: "(Moderator)", ok: true, colon: true, rest: true},
		{line: "JOHN (V.O.): Hello.", name: "JOHN", role: "(V.O.)", ok: true, colon: true, rest: true},
		{line: "Q: What did you see?", name: "Q", ok: true, colon: true, rest: true},
		{line: "Q Mr. Secretary, how many inspectors?", name: "Q", ok: true, colon: true, rest: true},
		{line: "A man walked in."},
		{line: "Dr. Jane Smith-Jones: Right.", name: "Dr. Jane Smith-Jones", ok: true, colon: true, rest: true},
		{line: "Note: the tape was changed.", name: "Note", ok: true, colon: true, rest: true},
		{line: ">> LUCÍA FERNÁNDEZ, CHANNEL 7 ANCHOR: Good evening.", name: "LUCÍA FERNÁNDEZ", role: ", CHANNEL 7 ANCHOR", ok: true, colon: true, rest: true},
		{line: "[14:02:11] >> ANN LEE, CHANNEL 7 ANCHOR: Hi.", name: "ANN LEE", role: ", CHANNEL 7 ANCHOR", time: "14:02:11", ok: true, colon: true, rest: true},
		{line: ">> ANN LEE, CHANNEL 7 CORRESPONDENT (voice-over): The river rose.", name: "ANN LEE", role: ", CHANNEL 7 CORRESPONDENT", ok: true, colon: true, rest: true},
		{line: "ANN LEE, REPORTER: Here.", name: "ANN LEE", role: ", REPORTER", ok: true, colon: true, rest: true},
		{line: ">> ADEYEMI (voice-over): Residents moved.", name: "ADEYEMI", role: "(voice-over)", ok: true, colon: true, rest: true},
		{line: "The Minister for Health (Dr Ōtsuka): Next spring.", name: "The Minister for Health", role: "(Dr Ōtsuka)", ok: true, colon: true, rest: true},
		{line: "Ms KOVAČ (Fenner—Minister for Housing) (14:05): And", name: "Ms KOVAČ", role: "(Fenner—Minister for Housing)", time: "14:05", ok: true, colon: true, rest: true},
		{line: "Q    Mr. Secretary, thank you.", name: "Q", ok: true, colon: true, rest: true},
		{line: "Q\tOn another topic: the talks?", name: "Q", ok: true, colon: true, rest: true},
		{line: "A  We did.", name: "A", ok: true, colon: true, rest: true},
		// No labels.
		{line: "Well, I think: no."},
		{line: "Ann Lee, reporter: here"},
		{line: "Smith, who spoke: first"},
		{line: "A lot of people came."},
		{line: "Q    "},
		{line: "QA  test"},
		{line: "10:30 the meeting began."},
		{line: "See http://example.com for more."},
		{line: "http://example.com: a site"},
		{line: "ratio a:b is odd"},
		{line: "The chairman then said that we should all go home now: yes."},
		{line: "Well, I said: no."},
		{line: ""},
		{line: "   "},
		{line: "**bold text** and more"},
		{line: "12:00:00 is noon"},
		{line: "Ann Lee (Moderator)"},
		{line: "At 10:30: we met."},
		{line: "Ann Lee [00:03:12] and more"},
		{line: "12/03/2021 was a Friday: yes"},
		{line: "<p>Smith: hello</p>"},
		{line: "<b>Smith</b>: hello"},
		{line: "<v Ann>hello"},
		{line: "<v Ann> hello"},
		{line: "<c.yellow> hello"},
		{line: "<a>b"},
		{line: "1.2.3 Scope: this section"},
	} {
		l, ok := ParseLabel(tc.line)
		if ok != tc.ok {
			t.Errorf("ParseLabel(%q) ok = %v, want %v (%+v)", tc.line, ok, tc.ok, l)
			continue
		}
		if !ok {
			continue
		}
		if got := l.Name.In(tc.line); got != tc.name {
			t.Errorf("ParseLabel(%q) name %q, want %q", tc.line, got, tc.name)
		}
		if got := l.Role.In(tc.line); got != tc.role {
			t.Errorf("ParseLabel(%q) role %q, want %q", tc.line, got, tc.role)
		}
		if got := l.Time.In(tc.line); got != tc.time {
			t.Errorf("ParseLabel(%q) time %q, want %q", tc.line, got, tc.time)
		}
		if l.Colon != tc.colon || l.Rest != tc.rest {
			t.Errorf("ParseLabel(%q) colon %v rest %v, want %v %v", tc.line, l.Colon, l.Rest, tc.colon, tc.rest)
		}
		if l.End < l.Name.End || l.End > len(tc.line) {
			t.Errorf("ParseLabel(%q) end %d out of range", tc.line, l.End)
		}
	}
}

func TestIsHeadingLabel(t *testing.T) {
	for name, want := range map[string]bool{"Note": true, "NOTE": true, "source": true, "Step 2": true, "Part IV": true, "Chapter 3": true, "Date": true,
		"Item 4": true, "ITEM 12": true, "Agenda item 5": true, "Agenda": true,
		"Speaker 2": false, "Interviewer": false, "Q": false, "Smith": false, "Note Taker": false, "Host": false} {
		if got := IsHeadingLabel(name); got != want {
			t.Errorf("IsHeadingLabel(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestIsTimestamp(t *testing.T) {
	for s, want := range map[string]bool{"0:03": true, "00:03:12": true, "00:03:12.500": true, "00:03:12,500": true, "03 04:05:06": true, "123:45": true,
		"10": false, "1:2": false, "a:bc": false, "00:03:12:01": false, "": false, "1 2 3:45": false, "10:02 AM": true, "9:02pm": true, "10:02:33 p.m.": true, "AM": false, "1 10:02 AM": false} {
		if got := isTimestamp(s); got != want {
			t.Errorf("isTimestamp(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsTimestampExported(t *testing.T) {
	for s, want := range map[string]bool{"00:03": true, "(00:03)": true, "[00:01:02]": true, `\[01:46\]`: true, "12/03/2021, 10:02": true,
		"[crosstalk 00:01]": false, "(laughs)": false, "10": false, "": false, "()": false} {
		if got := IsTimestamp(s); got != want {
			t.Errorf("IsTimestamp(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzParseLabel(f *testing.F) {
	for _, s := range []string{"Susan Page: Good evening.", "**Adam:** Hi", "[00:01:02] Ann: Hello.", "Speaker 1  0:03", ">> A: b", "x(((:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		l, ok := ParseLabel(line)
		if !ok {
			return
		}
		for _, s := range []Span{l.Name, l.Role, l.Time} {
			if s.Start < 0 || s.End > len(line) || s.Start > s.End {
				t.Fatalf("ParseLabel(%q): span %v out of range", line, s)
			}
		}
		if l.Name.Len() == 0 || l.End < l.Name.End || l.End > len(line) {
			t.Fatalf("ParseLabel(%q): %+v", line, l)
		}
	})
}

func TestStartsWithTime(t *testing.T) {
	for line, want := range map[string]bool{
		"[09:01] * rahul waves": true, "10:02:11 Ann joined": true, "  [00 00:45:02] LOS": true,
		"12/03/2021, 10:02 - Messages are encrypted.": true,
		"LOS": false, "Ann: [09:01] hi": false, "10:30am we met": false, "1994 was a year": false,
	} {
		if got := StartsWithTime(line); got != want {
			t.Errorf("StartsWithTime(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestTimedPause(t *testing.T) {
	for s, want := range map[string]bool{"0.5": true, "1.2": true, ".": true, " 12.25 ": true, "1": false, "a": false, "1.": false, "123.5": false, "laughs": false} {
		if got := timedPause(s); got != want {
			t.Errorf("timedPause(%q) = %v, want %v", s, got, want)
		}
	}
}
