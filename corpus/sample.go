package corpus

import _ "embed"

// SampleName is the file name of the bundled sample, the reference
// document: a 1947 record of a conversation between Stalin and a
// delegation of British Labour MPs, in reported speech, with its header,
// distribution list and editorial footnotes.
const SampleName = "1947-10-14-stalin-labour-mps.txt"

//go:embed sample/1947-10-14-stalin-labour-mps.txt
var sample []byte

// Sample returns the bundled sample's bytes. The caller must not modify
// them.
func Sample() []byte { return sample }
