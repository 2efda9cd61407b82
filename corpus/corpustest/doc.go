// Package corpustest holds the checks that reader packages' tests share:
// listings of a document for golden files (Listing, ListingForm, with the
// one -update flag), the invariants every document a reader returns must
// keep, table tests of a reader's turns, notes, errors and detection, the
// contract and seeds of a reader's fuzz test, the same checks for documents
// in time order rather than file order (the tier formats: ELAN, EXMARaLDA,
// Praat) and of utterances' timings (CheckTimings), and the real
// transcripts of
// ../shared/corpora, which a test skips when they are absent. It is for
// tests only.
package corpustest
