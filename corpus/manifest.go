package corpus

import (
	"os"
	"path/filepath"
	"strings"
)

// ReportFiles returns the files a parley report's manifest in dir lists
// (slash-separated, relative to dir), and whether dir holds a manifest.
// A line is a file; blank lines and "#" comments are passed over, and so
// is a path that climbs out of dir.
func ReportFiles(dir string) (map[string]bool, bool, error) {
	b, err := os.ReadFile(filepath.Join(dir, ReportManifest))
	if os.IsNotExist(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") && !strings.Contains(line, "..") {
			out[line] = true
		}
	}
	return out, true, nil
}
