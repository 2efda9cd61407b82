package corpus

import (
	"regexp"
	"strings"
)

// The names parliamentary records give the chair, for the readers of
// marked-up debates (Hansard XML, Akoma Ntoso): a presiding officer goes by
// the office, which a reader keeps whole as the speaker's identity ("the
// deputy speaker"), where SpeakerID would strip "deputy" as a title.

// presidingOffice matches the name of a presiding officer's office: "The
// SPEAKER", "The DEPUTY SPEAKER", "The ACTING DEPUTY PRESIDENT", "Madam
// Deputy Speaker", "The Temporary Chairman of Committees", with any
// parenthesis after it ("The ACTING SPEAKER (Mr Jenkins)", "The Speaker
// (Hon. Muturi)") in the second group.
var presidingOffice = regexp.MustCompile(`(?i)^((?:the|mr\.?|madam|madame|mister)\s+(?:(?:deputy|acting|temporary|assistant|second|first|lord)\s+)*(?:speaker|president|chair|chairman|chairwoman|chairperson)(?:\s+of\s+[^()]+)?)\s*(\([^()]*\))?$`)

// PresidingOffice returns the presiding officer's office that name names,
// its white space folded and without any parenthesis after it ("The
// ACTING SPEAKER" of "The ACTING SPEAKER (Mr Jenkins)"), or "" where name
// is no such office ("Mr SMITH", "The Clerk", "Speaker" without its form
// of address).
func PresidingOffice(name string) string {
	m := presidingOffice.FindStringSubmatch(strings.Join(strings.Fields(name), " "))
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

// IsOfficeConnective reports whether w, in any case, is one of the small
// words that join an office's title to what it is of ("Minister of
// Sport", "Minister for Roads"), as OfficeLabel reads them.
func IsOfficeConnective(w string) bool { return officeConnectives[strings.ToLower(w)] }
