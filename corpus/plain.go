package corpus

// ReadPlain is not written yet.
func ReadPlain(name string, src []byte, opt Options) (*Document, error) {
	return nil, &InputError{File: name, Msg: "the plain reader is not written yet"}
}

func detectPlain(name string, src []byte) int { return 0 }
