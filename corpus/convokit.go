package corpus

// ReadConvoKit is not written yet.
func ReadConvoKit(name string, src []byte, opt Options) (*Document, error) {
	return nil, &InputError{File: name, Msg: "the convokit reader is not written yet"}
}

func detectConvoKit(name string, src []byte) int { return 0 }
