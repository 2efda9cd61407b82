package corpustest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// noDAC is set in a test process that PermissionsHold started without
// root's file-permission overrides.
const noDAC = "PARLEY_TEST_NO_DAC"

// PermissionsHold reports whether file permissions hold in this process,
// for a test of unreadable files to go on. For any user but root they do.
// Root reads every file: PermissionsHold then runs the calling test again
// in a child process whose bounding set lacks CAP_DAC_OVERRIDE and
// CAP_DAC_READ_SEARCH (through util-linux's setpriv), fails t if the
// child fails, and returns false; without setpriv it skips the test.
//
//	if !corpustest.PermissionsHold(t) {
//		return
//	}
func PermissionsHold(t *testing.T) bool {
	t.Helper()
	if os.Geteuid() != 0 || os.Getenv(noDAC) != "" {
		return true
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("root reads every file, and setpriv, to drop that, is not here")
	}
	cmd := exec.Command(setpriv, "--bounding-set=-dac_override,-dac_read_search", os.Args[0], "-test.run=^"+t.Name()+"$", "-test.v")
	cmd.Env = append(os.Environ(), noDAC+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s without root's overrides: %v\n%s", t.Name(), err, out)
	}
	t.Logf("ran without root's overrides:\n%s", out)
	return false
}

// UnreadableCorpus writes into dir a corpus of one readable transcript
// (a.txt, the given text), one no one may read (b.txt) and a folder no
// one may list (sub, holding c.txt), and makes sub listable again when
// the test ends. Use it where PermissionsHold.
func UnreadableCorpus(t *testing.T, dir, text string) {
	t.Helper()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(text), 0o000)
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	os.WriteFile(filepath.Join(sub, "c.txt"), []byte(text), 0o644)
	os.Chmod(sub, 0o000)
	t.Cleanup(func() { os.Chmod(sub, 0o755) })
}
