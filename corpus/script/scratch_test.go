package script

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestScratch(t *testing.T) {
	dir := os.Getenv("CASES")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		src, _ := os.ReadFile(f)
		d, err := Read(filepath.Base(f), src)
		fmt.Printf("== %s detect=%d err=%v\n", filepath.Base(f), Detect(f, src), err)
		if err != nil {
			continue
		}
		fmt.Printf("front %q back %q title %q date %q\n", d.Front.In(d.Source), d.Back.In(d.Source), d.Title, d.Date)
		fmt.Println(turns(d))
		fmt.Println(notes(d))
	}
}
