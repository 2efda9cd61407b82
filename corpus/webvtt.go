package corpus

// ReadWebVTT is not written yet.
func ReadWebVTT(name string, src []byte, opt Options) (*Document, error) {
	return nil, &InputError{File: name, Msg: "the webvtt reader is not written yet"}
}

func detectWebVTT(name string, src []byte) int { return 0 }
