package analysis_test

import (
	"context"
	"fmt"

	"parley/analysis"
	"parley/corpus"
	"parley/corpus/record"
	"parley/stages"
)

// Count tallies a tokenized record; SpeakerTable turns the tally into one
// row per speaker, most words first.
func ExampleCount() {
	src := "Attendants: Ann and Bob.\n" +
		"ANN says that, the cat sat on the mat.\n" +
		"BOB answers that, the cat didn’t.\n" +
		"Ann says that, it did; the mat is the cat’s.\n"
	d, err := record.ReadOne("tiny.txt", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := stages.Default().Run(context.Background(), []*corpus.Document{d}); err != nil {
		fmt.Println(err)
		return
	}
	t := analysis.Count(d)
	fmt.Printf("%d turns, %d words\n", t.Turns, t.Words)
	for _, r := range t.SpeakerTable() {
		fmt.Printf("%-4s turns %d words %2d share %.2f types %d longest %d turns %d-%d\n",
			r.Name, r.Turns, r.Words, r.Share, r.Types, r.MaxTurnWords, r.FirstTurn, r.LastTurn)
	}
	// Output:
	// 3 turns, 16 words
	// Ann  turns 2 words 13 share 0.81 types 9 longest 7 turns 1-3
	// Bob  turns 1 words  3 share 0.19 types 3 longest 3 turns 2-2
}

// Merge adds the tallies of several documents; the table of the merged
// tally covers them all.
func ExampleTally_Merge() {
	var all analysis.Tally
	for _, src := range []string{
		"Attendants: Ann and Bob.\nANN says that, peace is possible.\nBOB answers that, it is.\n",
		"Attendants: Bob and Cy.\nBOB says that, peace is possible.\nCY answers that, peace is certain.\n",
	} {
		d, err := record.ReadOne("talk.txt", []byte(src))
		if err != nil {
			fmt.Println(err)
			return
		}
		if err := stages.Default().Run(context.Background(), []*corpus.Document{d}); err != nil {
			fmt.Println(err)
			return
		}
		all.Merge(analysis.Count(d))
	}
	fmt.Printf("%d documents, %d turns, %d words\n", all.Documents, all.Turns, all.Words)
	for _, r := range all.SpeakerTable() {
		fmt.Printf("%-3s turns %d words %d share %.3f\n", r.Name, r.Turns, r.Words, r.Share)
	}
	// Output:
	// 2 documents, 4 turns, 11 words
	// Bob turns 2 words 5 share 0.455
	// Ann turns 1 words 3 share 0.273
	// Cy  turns 1 words 3 share 0.273
}
