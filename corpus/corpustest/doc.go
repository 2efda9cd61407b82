// Package corpustest holds the checks that reader packages' tests share:
// a listing of a document for golden files (with the -update flag), the
// invariants every document a reader returns must keep, and table tests of
// a reader's turns, notes and errors. It is for tests only.
package corpustest
