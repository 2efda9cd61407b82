package corpus

// ReadSRT is not written yet.
func ReadSRT(name string, src []byte, opt Options) (*Document, error) {
	return nil, &InputError{File: name, Msg: "the srt reader is not written yet"}
}

func detectSRT(name string, src []byte) int { return 0 }
