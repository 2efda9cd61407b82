package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestLayers checks that imports point down only: cmd above reports and
// stages (and no package importing a command's, but for the command's own
// internal ones), stages above analysis, analysis above corpus; the readers below
// corpus import corpus and no other reader; corpus/formats, the list of
// readers, is imported by no reader; corpus and analysis import no NLP or
// plotting library.
func TestLayers(t *testing.T) {
	root := filepath.Join("..", "..")
	allowed := func(pkg, imp string) bool {
		switch {
		case pkg == "corpus":
			return false
		case pkg == "corpus/formats":
			return strings.HasPrefix(imp, "corpus")
		case strings.HasPrefix(pkg, "corpus/"):
			return imp == "corpus"
		case pkg == "analysis" || strings.HasPrefix(pkg, "analysis/"):
			return imp == "corpus" || strings.HasPrefix(imp, "analysis")
		case pkg == "stages" || strings.HasPrefix(pkg, "stages/"):
			return imp == "corpus" || imp == "analysis" || strings.HasPrefix(imp, "stages")
		case pkg == "reports" || strings.HasPrefix(pkg, "reports/"):
			return imp == "corpus" || imp == "analysis" || strings.HasPrefix(imp, "reports")
		case strings.HasPrefix(pkg, "cmd/"):
			// A command's own internal packages are its own, for its
			// scripts too (cmd/parley/benchcompare).
			command := strings.Join(strings.SplitN(pkg, "/", 3)[:2], "/")
			return !strings.HasPrefix(imp, "cmd") || strings.HasPrefix(imp, command+"/internal/")
		}
		return false
	}
	heavy := []string{"github.com/jdkato/prose", "gonum.org/v1/plot", "github.com/kljensen/snowball"}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && (strings.HasPrefix(e.Name(), ".") && path != root || e.Name() == "testdata") {
			return filepath.SkipDir
		}
		if e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		pkg := filepath.ToSlash(rel)
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, is := range f.Imports {
			imp, _ := strconv.Unquote(is.Path.Value)
			if strings.HasPrefix(imp, "parley/") {
				if p := strings.TrimPrefix(imp, "parley/"); !allowed(pkg, p) {
					t.Errorf("%s imports %s: imports point down only", path, imp)
				}
				continue
			}
			if pkg == "corpus" || strings.HasPrefix(pkg, "corpus/") || pkg == "analysis" {
				for _, h := range heavy {
					if strings.HasPrefix(imp, h) {
						t.Errorf("%s imports %s: corpus and analysis import no NLP or plotting library", path, imp)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
