module parley

go 1.26.8

require github.com/jdkato/prose/v3 v3.2.3

require github.com/kljensen/snowball v0.10.0 // indirect
