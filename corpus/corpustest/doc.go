// Package corpustest holds the checks that reader packages' tests share:
// a listing of a document for golden files (with the -update flag), and
// the invariants every document a reader returns must keep. It is for
// tests only.
package corpustest
