package corpus

// ReadCHAT is not written yet.
func ReadCHAT(name string, src []byte, opt Options) (*Document, error) {
	return nil, &InputError{File: name, Msg: "the chat reader is not written yet"}
}

func detectCHAT(name string, src []byte) int { return 0 }
