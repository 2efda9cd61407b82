//go:build ignore

// gen writes the benchmark input of make bench-compare (see package
// scriptgen) to a file. Usage:
//
//	go run gen.go -mb 10 -o /tmp/big.txt
package main

import (
	"flag"
	"fmt"
	"os"

	"parley/cmd/parley/internal/scriptgen"
)

func main() {
	mb := flag.Int("mb", 10, "least size of the file, in megabytes")
	out := flag.String("o", "", "file to write")
	flag.Parse()
	if err := run(*mb, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(mb int, out string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := scriptgen.Write(f, mb<<20); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
