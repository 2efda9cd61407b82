package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFormatsDescribed checks that every format says what it is, shows an
// example, and has a row in the README's format table: `parley formats`
// and the README list the same formats.
func TestFormatsDescribed(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, line := range strings.Split(string(readme), "\n") {
		if strings.HasPrefix(line, "| `") {
			rows = append(rows, line)
		}
	}
	for _, f := range All() {
		if f.About == "" || f.Example == "" || strings.Contains(f.Example, "\t") {
			t.Errorf("%s: About %q, Example %q; want both, and no tab in the example", f.Name, f.About, f.Example)
		}
		if f.Methods == "" {
			t.Errorf("%s: no Methods", f.Name)
		}
		found := false
		for _, r := range rows {
			cell := strings.SplitN(strings.TrimPrefix(r, "|"), "|", 2)[0]
			if strings.Contains(cell, "`"+f.Name+"`") {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no row in the README's format table", f.Name)
		}
	}
}
