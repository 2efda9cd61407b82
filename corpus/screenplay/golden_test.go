package screenplay

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

// TestGolden reads each sample under testdata and compares the listing
// with its golden file (-update rewrites them).
func TestGolden(t *testing.T) {
	for _, name := range []string{"centred.txt", "fountain.fountain", "pdf.txt", "freak-out.fountain", "canal.txt", "tabs.txt", "lock.txt", "sofa.txt"} {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			d, err := Read(name, src)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d.Source, d)
			corpustest.CheckGolden(t, filepath.Join("testdata", strings.TrimSuffix(name, filepath.Ext(name))+".turns.golden"), listing(d))
		})
	}
}
