package jsondoc

import (
	"strings"
)

// group is the objects of the arrays at one path of the document, with
// the indices wildcarded ("sections[].turns[]"), in document order.
type group struct {
	path *path // the arrays' path
	objs []*node
	prof profile
}

// path is where a value stands in the document: a member of the value
// at parent, or (elem) an element of the array there. Paths are made
// once each, so that a value nested deep costs one step, not a string as
// long as its depth.
type path struct {
	parent *path // nil for the root
	key    string
	elem   bool
}

// name returns the path of a group's arrays as the documentation writes
// it, with its elements: "results.utterances[]", "[]" for the top level.
func (g *group) name() string {
	var steps []string
	for p := g.path; p != nil && p.parent != nil; p = p.parent {
		if p.elem {
			steps = append(steps, "[]")
		} else {
			steps = append(steps, "."+p.key)
		}
	}
	var b strings.Builder
	for i := len(steps) - 1; i >= 0; i-- {
		b.WriteString(steps[i])
	}
	return strings.TrimPrefix(b.String(), ".") + "[]"
}

// within reports whether g's arrays lie within the objects of any of
// the groups at paths: g's path passes through their elements.
func (g *group) within(paths map[*path]bool) bool {
	for p := g.path; p != nil; p = p.parent {
		if p.elem && p != g.path && paths[p.parent] {
			return true
		}
	}
	return false
}

// profile counts what a group's objects carry.
type profile struct {
	speakers int // objects with a speaker
	texts    int // with a text
	both     int // with both
	starts   int // with a start time of their own
	filled   int // texts that hold a word
	oneWord  int // of those, texts of a single word
}

// most reports whether at least half of the group's objects count n.
func (g *group) most(n int) bool { return n > 0 && 2*n >= len(g.objs) }

// words reports whether the group's texts are words rather than
// utterances: nine in ten of those that hold a word are a single word.
func (g *group) words() bool {
	return g.prof.filled > 0 && 10*g.prof.oneWord >= 9*g.prof.filled
}

// groups returns the arrays of objects of the document root, grouped by
// path, in order of their first array.
func groups(src string, root *node, k keys) []*group {
	made := map[path]*path{}
	step := func(parent *path, key string, elem bool) *path {
		k := path{parent: parent, key: key, elem: elem}
		p := made[k]
		if p == nil {
			p = &k
			made[k] = p
		}
		return p
	}
	byPath := map[*path]*group{}
	var out []*group
	var walk func(n *node, at *path)
	walk = func(n *node, at *path) {
		switch n.kind {
		case jsonObject:
			for i := range n.kids {
				if n.kids[i].kind >= jsonArray {
					walk(&n.kids[i], step(at, n.keys[i], false))
				}
			}
		case jsonArray:
			var elems *path
			for i := range n.kids {
				e := &n.kids[i]
				if e.kind < jsonArray {
					continue
				}
				if e.kind == jsonObject {
					g := byPath[at]
					if g == nil {
						g = &group{path: at}
						byPath[at] = g
						out = append(out, g)
					}
					g.objs = append(g.objs, e)
				}
				if elems == nil {
					elems = step(at, "", true)
				}
				walk(e, elems)
			}
		}
	}
	walk(root, &path{})
	for _, g := range out {
		for _, obj := range g.objs {
			_, spk := k.speakerOf(src, obj)
			t, txt := k.textOf(src, obj)
			p := &g.prof
			if spk {
				p.speakers++
			}
			if txt {
				p.texts++
				if !t.empty(src) {
					p.filled++
					if t.oneWord(src) {
						p.oneWord++
					}
				}
			}
			if spk && txt {
				p.both++
			}
			if timeOf(src, obj, startKeys).ok {
				p.starts++
			}
		}
	}
	return out
}

// choice is the arrays Read takes the utterances from: utts, or the
// speaker segments and the timed words to be joined by time.
type choice struct {
	utts               *group
	segments, timedWds *group
}

// choose picks the utterances among the groups (Read's rules 2 to 5):
// objects with a speaker and a text; else timed speaker segments
// without text and timed words without speakers; else, unless keys name
// the speaker, objects with a text.
func choose(gs []*group, k keys) (choice, bool) {
	pick := func(ok func(*group) bool) *group {
		var cands []*group
		for _, g := range gs {
			if ok(g) {
				cands = append(cands, g)
			}
		}
		return best(cands)
	}
	if g := pick(func(g *group) bool { return g.most(g.prof.both) }); g != nil {
		return choice{utts: g}, true
	}
	segs := pick(func(g *group) bool {
		return g.most(g.prof.speakers) && g.most(g.prof.starts) && !g.most(g.prof.texts)
	})
	wds := pick(func(g *group) bool {
		return g.most(g.prof.texts) && g.most(g.prof.starts) && !g.most(g.prof.speakers)
	})
	if segs != nil && wds != nil {
		return choice{segments: segs, timedWds: wds}, true
	}
	if k.named {
		return choice{}, false
	}
	if g := pick(func(g *group) bool { return g.most(g.prof.texts) }); g != nil {
		return choice{utts: g}, true
	}
	return choice{}, false
}

// best returns the group to read among candidates: one whose texts are
// utterances rather than single words, then one that lies within no
// other candidate's objects, then the one with the most texts, then the
// first; nil if there are none.
func best(cands []*group) *group {
	paths := make(map[*path]bool, len(cands))
	for _, g := range cands {
		paths[g.path] = true
	}
	var b *group
	bOuter := false
	for _, g := range cands {
		outer := !g.within(paths)
		switch {
		case b == nil:
		case g.words() != b.words():
			if g.words() {
				continue
			}
		case outer != bOuter:
			if !outer {
				continue
			}
		case g.prof.texts <= b.prof.texts:
			continue
		}
		b, bOuter = g, outer
	}
	return b
}
