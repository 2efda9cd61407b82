package stages_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
	"parley/corpus/formats"
	"parley/stages"
)

// blindDocs are the documents of testdata/entities, annotated blind from
// GUIDELINES.md by annotators who never saw parley's output. offices maps
// a speaker the reader leaves as an office to the person the gold names
// ("The President" of the FRUS memoranda is Kennedy).
//
// The first eight were scored while the stage was built (the build set);
// the next nine were annotated later and first scored once the rules were
// set (the held-out set; their errors were then studied), and the seven
// of round3/ after that: each set's first figures are the honest
// estimate on unseen text (see the closing note of issue 10).
var blindDocs = []struct {
	gold, source string
	offices      map[string]string
	set          int // 0 build, 1 held-out (round 2), then rounds 3 to 6
}{
	{"frus1961-63v05_d88", "frus-memcons/frus1961-63v05_d88.txt", map[string]string{"the president": "kennedy"}, 0},
	{"frus1961-63v05_d91", "frus-memcons/frus1961-63v05_d91.txt", map[string]string{"the president": "kennedy", "the vice president": "johnson"}, 0},
	{"2020_vp_part1", "debates-2020-rev/2020_vp_part1.txt", nil, 0},
	{"ParlaMint-GB_2017-09-07-commons", "parliament/ParlaMint-GB_2017-09-07-commons.xml", nil, 0},
	{"ZWE_40_1985", "un-general-debates/TXT/Session 40 - 1985/ZWE_40_1985.txt", nil, 0},
	{"IND_40_1985", "un-general-debates/TXT/Session 40 - 1985/IND_40_1985.txt", nil, 0},
	{"FJI_76_2021", "un-general-debates/TXT/Session 76 - 2021/FJI_76_2021.txt", nil, 0},
	{"DEU_76_2021", "un-general-debates/TXT/Session 76 - 2021/DEU_76_2021.txt", nil, 0},
	{"frus1961-63v05_d86", "frus-memcons/frus1961-63v05_d86.txt", nil, 1},
	{"frus1961-63v05_d89", "frus-memcons/frus1961-63v05_d89.txt", map[string]string{"the president": "kennedy"}, 1},
	{"2020_debate1_part1", "debates-2020-rev/2020_debate1_part1.txt", nil, 1},
	{"changelog_afk-5", "podcasts-md/changelog_afk-5.md", nil, 1},
	{"JPN_30_1975", "un-general-debates/TXT/Session 30 - 1975/JPN_30_1975.txt", nil, 1},
	{"BRA_50_1995", "un-general-debates/TXT/Session 50 - 1995/BRA_50_1995.txt", nil, 1},
	{"CAN_56_2001", "un-general-debates/TXT/Session 56 - 2001/CAN_56_2001.txt", nil, 1},
	{"PAK_65_2010", "un-general-debates/TXT/Session 65 - 2010/PAK_65_2010.txt", nil, 1},
	{"GBR_70_2015", "un-general-debates/TXT/Session 70 - 2015/GBR_70_2015.txt", nil, 1},
	{"round3/GBR_20_1965", "un-general-debates/TXT/Session 20 - 1965/GBR_20_1965.txt", nil, 2},
	{"round3/NGA_20_1965", "un-general-debates/TXT/Session 20 - 1965/NGA_20_1965.txt", nil, 2},
	{"round3/EGY_45_1990", "un-general-debates/TXT/Session 45 - 1990/EGY_45_1990.txt", nil, 2},
	{"round3/NOR_74_2019", "un-general-debates/TXT/Session 74 - 2019/NOR_74_2019.txt", nil, 2},
	{"round3/KEN_74_2019", "un-general-debates/TXT/Session 74 - 2019/KEN_74_2019.txt", nil, 2},
	{"round3/btc_bram-cohen_merkle-sets_QA", "interviews/btc_bram-cohen_merkle-sets_QA.md", nil, 2},
	{"round3/2020_vp_part2", "debates-2020-rev/2020_vp_part2.txt", map[string]string{"new speaker": "harris"}, 2},
	{"round4/DNK_10_1955", "un-general-debates/TXT/Session 10 - 1955/DNK_10_1955.txt", nil, 3},
	{"round4/ETH_10_1955", "un-general-debates/TXT/Session 10 - 1955/ETH_10_1955.txt", nil, 3},
	{"round4/BGD_35_1980", "un-general-debates/TXT/Session 35 - 1980/BGD_35_1980.txt", nil, 3},
	{"round4/BEL_35_1980", "un-general-debates/TXT/Session 35 - 1980/BEL_35_1980.txt", nil, 3},
	{"round4/ARG_60_2005", "un-general-debates/TXT/Session 60 - 2005/ARG_60_2005.txt", nil, 3},
	{"round4/ARE_77_2022", "un-general-debates/TXT/Session 77 - 2022/ARE_77_2022.txt", nil, 3},
	{"round4/2020_debate1_part2", "debates-2020-rev/2020_debate1_part2.txt", nil, 3},
	{"round5/twfy_westminster2009-10-29a", "testdata/entities/parliament/twfy_westminster2009-10-29a.txt", nil, 4},
	{"round6/twfy_westminster2009-10-29a-part2", "testdata/entities/parliament/twfy_westminster2009-10-29a-part2.txt", nil, 5},
	{"round6/CMR_25_1970", "un-general-debates/TXT/Session 25 - 1970/CMR_25_1970.txt", nil, 5},
	{"round6/FRA_25_1970", "un-general-debates/TXT/Session 25 - 1970/FRA_25_1970.txt", nil, 5},
	{"round6/GHA_48_1993", "un-general-debates/TXT/Session 48 - 1993/GHA_48_1993.txt", nil, 5},
	{"round6/GNQ_48_1993", "un-general-debates/TXT/Session 48 - 1993/GNQ_48_1993.txt", nil, 5},
	{"round6/GBR_64_2009", "un-general-debates/TXT/Session 64 - 2009/GBR_64_2009.txt", nil, 5},
	{"round6/FSM_75_2020", "un-general-debates/TXT/Session 75 - 2020/FSM_75_2020.txt", nil, 5},
	{"round7/twfy_westminster2009-10-29a-part3", "testdata/entities/parliament/twfy_westminster2009-10-29a-part3.txt", nil, 6},
	{"round7/AFG_15_1960", "un-general-debates/TXT/Session 15 - 1960/AFG_15_1960.txt", nil, 6},
	{"round7/PHL_38_1983", "un-general-debates/TXT/Session 38 - 1983/PHL_38_1983.txt", nil, 6},
	{"round7/NOR_38_1983", "un-general-debates/TXT/Session 38 - 1983/NOR_38_1983.txt", nil, 6},
	{"round7/LUX_55_2000", "un-general-debates/TXT/Session 55 - 2000/LUX_55_2000.txt", nil, 6},
	{"round7/LTU_55_2000", "un-general-debates/TXT/Session 55 - 2000/LTU_55_2000.txt", nil, 6},
	{"round7/LSO_72_2017", "un-general-debates/TXT/Session 72 - 2017/LSO_72_2017.txt", nil, 6},
	{"round8/twfy_westminster2009-10-29a-part4", "testdata/entities/parliament/twfy_westminster2009-10-29a-part4.txt", nil, 7},
	{"round8/SWE_05_1950", "un-general-debates/TXT/Session 05 - 1950/SWE_05_1950.txt", nil, 7},
	{"round8/COM_32_1977", "un-general-debates/TXT/Session 32 - 1977/COM_32_1977.txt", nil, 7},
	{"round8/CIV_51_1996", "un-general-debates/TXT/Session 51 - 1996/CIV_51_1996.txt", nil, 7},
	{"round8/CHN_62_2007", "un-general-debates/TXT/Session 62 - 2007/CHN_62_2007.txt", nil, 7},
	{"round8/CAN_69_2014", "un-general-debates/TXT/Session 69 - 2014/CAN_69_2014.txt", nil, 7},
	{"round8/COL_78_2023", "un-general-debates/TXT/Session 78 - 2023/COL_78_2023.txt", nil, 7},
	{"round9/LKA_12_1957", "un-general-debates/TXT/Session 12 - 1957/LKA_12_1957.txt", nil, 8},
	{"round9/GAB_28_1973", "un-general-debates/TXT/Session 28 - 1973/GAB_28_1973.txt", nil, 8},
	{"round9/TZA_36_1981", "un-general-debates/TXT/Session 36 - 1981/TZA_36_1981.txt", nil, 8},
	{"round9/SWE_44_1989", "un-general-debates/TXT/Session 44 - 1989/SWE_44_1989.txt", nil, 8},
	{"round9/PAN_53_1998", "un-general-debates/TXT/Session 53 - 1998/PAN_53_1998.txt", nil, 8},
	{"round9/NPL_59_2004", "un-general-debates/TXT/Session 59 - 2004/NPL_59_2004.txt", nil, 8},
	{"round9/NPL_67_2012", "un-general-debates/TXT/Session 67 - 2012/NPL_67_2012.txt", nil, 8},
	{"round9/PAN_79_2024", "un-general-debates/TXT/Session 79 - 2024/PAN_79_2024.txt", nil, 8},
	{"round10/URY_18_1963", "un-general-debates/TXT/Session 18 - 1963/URY_18_1963.txt", nil, 9},
	{"round10/PAN_26_1971", "un-general-debates/TXT/Session 26 - 1971/PAN_26_1971.txt", nil, 9},
	{"round10/PRY_34_1979", "un-general-debates/TXT/Session 34 - 1979/PRY_34_1979.txt", nil, 9},
	{"round10/GRD_42_1987", "un-general-debates/TXT/Session 42 - 1987/GRD_42_1987.txt", nil, 9},
	{"round10/SWE_50_1995", "un-general-debates/TXT/Session 50 - 1995/SWE_50_1995.txt", nil, 9},
	{"round10/SGP_58_2003", "un-general-debates/TXT/Session 58 - 2003/SGP_58_2003.txt", nil, 9},
	{"round10/SLE_74_2019", "un-general-debates/TXT/Session 74 - 2019/SLE_74_2019.txt", nil, 9},
	{"round11/NLD_14_1959", "un-general-debates/TXT/Session 14 - 1959/NLD_14_1959.txt", nil, 10},
	{"round11/MMR_22_1967", "un-general-debates/TXT/Session 22 - 1967/MMR_22_1967.txt", nil, 10},
	{"round11/OMN_31_1976", "un-general-debates/TXT/Session 31 - 1976/OMN_31_1976.txt", nil, 10},
	{"round11/OMN_39_1984", "un-general-debates/TXT/Session 39 - 1984/OMN_39_1984.txt", nil, 10},
	{"round11/DMA_47_1992", "un-general-debates/TXT/Session 47 - 1992/DMA_47_1992.txt", nil, 10},
	{"round11/BLR_57_2002", "un-general-debates/TXT/Session 57 - 2002/BLR_57_2002.txt", nil, 10},
	{"round11/BIH_71_2016", "un-general-debates/TXT/Session 71 - 2016/BIH_71_2016.txt", nil, 10},
	{"round12/GRC_06_1951", "un-general-debates/TXT/Session 06 - 1951/GRC_06_1951.txt", nil, 11},
	{"round12/NLD_16_1961", "un-general-debates/TXT/Session 16 - 1961/NLD_16_1961.txt", nil, 11},
	{"round12/LSO_24_1969", "un-general-debates/TXT/Session 24 - 1969/LSO_24_1969.txt", nil, 11},
	{"round12/ISL_33_1978", "un-general-debates/TXT/Session 33 - 1978/ISL_33_1978.txt", nil, 11},
	{"round12/CAF_41_1986", "un-general-debates/TXT/Session 41 - 1986/CAF_41_1986.txt", nil, 11},
	{"round12/BEN_54_1999", "un-general-debates/TXT/Session 54 - 1999/BEN_54_1999.txt", nil, 11},
	{"round12/BIH_68_2013", "un-general-debates/TXT/Session 68 - 2013/BIH_68_2013.txt", nil, 11},
	{"round13/GRC_08_1953", "un-general-debates/TXT/Session 08 - 1953/GRC_08_1953.txt", nil, 12},
	{"round13/UKR_27_1972", "un-general-debates/TXT/Session 27 - 1972/UKR_27_1972.txt", nil, 12},
	{"round13/CYP_43_1988", "un-general-debates/TXT/Session 43 - 1988/CYP_43_1988.txt", nil, 12},
	{"round13/VUT_61_2006", "un-general-debates/TXT/Session 61 - 2006/VUT_61_2006.txt", nil, 12},
	{"round13/DNK_73_2018", "un-general-debates/TXT/Session 73 - 2018/DNK_73_2018.txt", nil, 12},
	{"round13/2016_vp_part1", "testdata/entities/debates/2016_vp_part1.txt", nil, 12},
}

type goldMention struct{ speaker, surface, entity, label string }

func readBlindGold(t *testing.T, name string) []goldMention {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "entities", name+".gold"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldMention
	sc := bufio.NewScanner(f)
	header := true
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if header {
			header = false
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 4 {
			t.Fatalf("%s.gold:%d: want 4 fields, got %d", name, n, len(p))
		}
		out = append(out, goldMention{strings.ToLower(p[0]), surfaceKey(p[1]), p[2], p[3]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// surfaceKey folds a mention as written into the form both sides share:
// case folded, titles, a leading "the" and a possessive dropped.
func surfaceKey(s string) string {
	f := strings.Fields(strings.ReplaceAll(s, "’", "'"))
	for k := len(f) - 2; k >= 0; k-- {
		if title(f[k]) {
			f = f[k+1:] // "Foreign Minister Quaison-Sackey"
			break
		}
	}
	for len(f) > 1 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	k := stages.Fold(strings.ReplaceAll(strings.Join(f, " "), "- ", "-")) // "South- East", a hyphen at a line's end
	k = strings.TrimSuffix(strings.TrimSuffix(k, "'s"), "'")
	return k
}

// title reports whether w is a title or an honorific that the gold's
// surfaces leave out (GUIDELINES.md: "Titles and honorifics are not part
// of the name").
func title(w string) bool {
	w = strings.TrimSuffix(w, ".")
	switch strings.ToLower(w) {
	case "pope", "holiness", "king", "queen", "prince", "princess", "sheikh", "pandit", "shaheed", "director", "father", "sister",
		"chancellor", "envoy", "samdech", "lord", "baroness", "dame", "sheikha", "hadj", "haji", "el",
		"sultan", "emir", "shah", "majesty", "highness", "excellency":
		return true
	}
	if k := strings.LastIndexByte(w, '-'); k > 0 {
		return title(w[:k]) && title(w[k+1:]) // "Secretary-General"
	}
	return corpus.IsTitle(w)
}

// blindScore holds the counts of one document's comparison.
type blindScore struct{ tp, fp, fn int }

func (s blindScore) pr() (float64, float64) {
	p, r := 1.0, 1.0
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	return p, r
}

// TestEntitiesBlind scores the entity stage against the blind gold of
// other genres: by mention (speaker, surface, label) and by (speaker,
// entity, label) pair, of people, places and organisations. A parley
// entity is the gold entity that shares one of its surfaces, so the two
// sides need not spell canonical names alike.
//
// Without ../shared/corpora only the documents kept in testdata (the
// Westminster Hall debate) are scored, against a floor of their own.
func TestEntitiesBlind(t *testing.T) {
	e, err := stages.NewEntities()
	if err != nil {
		t.Fatal(err)
	}
	var allM, allP [13]blindScore // build set, held-out set, rounds 3 to 13
	var scored, listed [13]int    // documents scored and listed per round
	missing := 0
	for _, bd := range blindDocs {
		listed[bd.set]++
		set := bd.set
		gold := readBlindGold(t, bd.gold)
		path := bd.source // a file of ours in testdata, else one of ../shared/corpora
		if !strings.HasPrefix(path, "testdata/") {
			path = filepath.Join(corpustest.SharedCorpora, bd.source)
		}
		src, err := os.ReadFile(path)
		if err != nil {
			missing++
			continue
		}
		scored[set]++
		var opt corpus.Options
		if strings.HasPrefix(bd.source, "testdata/entities/parliament/") {
			// Four long speeches are too few cues for detection to call
			// the third part a script; the entity stage is what is scored.
			opt.Format = "script"
		}
		docs, err := formats.Read(bd.source, src, opt)
		if err != nil {
			t.Fatalf("%s: %v", bd.source, err)
		}
		d := docs[0]
		if err := stages.New(stages.NewNormalize(), e).Run(context.Background(), []*corpus.Document{d}); err != nil {
			t.Fatal(err)
		}
		single := len(d.Speakers) == 1
		speakerOf := func(id string) string {
			if single {
				return "*"
			}
			s, _ := d.Speaker(id)
			name := strings.ToLower(s.Name)
			if p, ok := bd.offices[name]; ok {
				return p
			}
			f := strings.Fields(name)
			return strings.TrimSuffix(f[len(f)-1], ".")
		}
		scored := map[string]bool{"person": true, "place": true, "organisation": true}
		type mkey struct{ speaker, surface, label string }
		type pkey struct{ speaker, entity, label string }
		gotM, wantM := map[mkey]int{}, map[mkey]int{}
		wantP := map[pkey]int{}
		goldEntity := map[[2]string]string{} // (surface, label) -> gold entity
		for _, g := range gold {
			wantM[mkey{g.speaker, g.surface, g.label}]++
			wantP[pkey{g.speaker, strings.ToLower(g.entity), g.label}] = 1
			goldEntity[[2]string{g.surface, g.label}] = strings.ToLower(g.entity)
		}
		// A parley entity's name in the gold's terms: the gold entity of
		// any of its surfaces, else its own name.
		named := map[[2]string]string{}
		for _, m := range d.Mentions {
			if ge, ok := goldEntity[[2]string{surfaceKey(m.Text), string(m.Label)}]; ok {
				named[[2]string{m.Entity, string(m.Label)}] = ge
			}
		}
		gotP := map[pkey]int{}
		for _, m := range d.Mentions {
			if !scored[string(m.Label)] {
				continue
			}
			sp := speakerOf(m.Speaker)
			gotM[mkey{sp, surfaceKey(m.Text), string(m.Label)}]++
			ent, ok := named[[2]string{m.Entity, string(m.Label)}]
			if !ok {
				ent = strings.ToLower(m.Entity)
			}
			gotP[pkey{sp, ent, string(m.Label)}] = 1
		}
		var ms, ps blindScore
		_, _, ms.tp, ms.fp, ms.fn = score(gotM, wantM)
		_, _, ps.tp, ps.fp, ps.fn = score(gotP, wantP)
		mp, mr := ms.pr()
		pp, pr := ps.pr()
		t.Logf("%-32s mentions P %.2f R %.2f (%d/%d/%d)   pairs P %.2f R %.2f (%d/%d/%d)", bd.gold, mp, mr, ms.tp, ms.fp, ms.fn, pp, pr, ps.tp, ps.fp, ps.fn)
		if testing.Verbose() {
			var diffs []string
			for k, n := range gotM {
				if n > wantM[k] {
					diffs = append(diffs, fmt.Sprintf("  wrong  %s %q/%s ×%d", k.speaker, k.surface, k.label, n-wantM[k]))
				}
			}
			for k, n := range wantM {
				if n > gotM[k] {
					diffs = append(diffs, fmt.Sprintf("  missed %s %q/%s ×%d", k.speaker, k.surface, k.label, n-gotM[k]))
				}
			}
			sort.Strings(diffs)
			for _, s := range diffs {
				t.Log(s)
			}
		}
		allM[set].tp, allM[set].fp, allM[set].fn = allM[set].tp+ms.tp, allM[set].fp+ms.fp, allM[set].fn+ms.fn
		allP[set].tp, allP[set].fp, allP[set].fn = allP[set].tp+ps.tp, allP[set].fp+ps.fp, allP[set].fn+ps.fn
	}
	if missing == len(blindDocs) {
		t.Fatal("no blind document could be read")
	}
	for set, name := range []string{"build set", "held-out set", "round 3", "round 4", "round 5", "round 6", "round 7", "round 8", "round 9", "round 10", "round 11", "round 12", "round 13"} {
		if scored[set] < listed[set] {
			continue // a round's floor holds for the whole round
		}
		mp, mr := allM[set].pr()
		pp, pr := allP[set].pr()
		t.Logf("%-32s mentions P %.2f R %.2f (%d/%d/%d)   pairs P %.2f R %.2f (%d/%d/%d)", name, mp, mr, allM[set].tp, allM[set].fp, allM[set].fn, pp, pr, allP[set].tp, allP[set].fp, allP[set].fn)
		if pp < blindFloor[set] || pr < blindFloor[set] {
			t.Errorf("(speaker, entity) pairs over the %s: precision %.3f, recall %.3f; want both ≥ %.2f", name, pp, pr, blindFloor[set])
		}
	}
	var sumM, sumP blindScore
	for set := range allP {
		sumM.tp, sumM.fp, sumM.fn = sumM.tp+allM[set].tp, sumM.fp+allM[set].fp, sumM.fn+allM[set].fn
		sumP.tp, sumP.fp, sumP.fn = sumP.tp+allP[set].tp, sumP.fp+allP[set].fp, sumP.fn+allP[set].fn
	}
	mp, mr := sumM.pr()
	pp, pr := sumP.pr()
	t.Logf("%-32s mentions P %.2f R %.2f (%d/%d/%d)   pairs P %.2f R %.2f (%d/%d/%d)", "all", mp, mr, sumM.tp, sumM.fp, sumM.fn, pp, pr, sumP.tp, sumP.fp, sumP.fn)
	if missing > 0 {
		t.Logf("%d of %d blind documents not scored: ../shared/corpora is absent", missing, len(blindDocs))
		// The documents kept in testdata (pairs 0.88 / 0.82 when this
		// was set) must still hold.
		if pp < 0.85 || pr < 0.80 {
			t.Errorf("over the blind documents in testdata: pairs P %.3f R %.3f; want P ≥ 0.85, R ≥ 0.80", pp, pr)
		}
		return
	}
	if pp < 0.90 || pr < 0.90 || mp < 0.90 || mr < 0.90 {
		t.Errorf("over all blind documents: pairs P %.3f R %.3f, mentions P %.3f R %.3f; want all ≥ 0.90", pp, pr, mp, mr)
	}
}

// blindFloor is the least precision and recall of pairs over each set,
// a little below each set's figures when it was last set (0.86 to 0.95):
// a change that makes any round read worse fails. Over all rounds
// together, pairs and mentions must both reach 0.90.
var blindFloor = [13]float64{0.90, 0.90, 0.87, 0.89, 0.84, 0.87, 0.88, 0.85, 0.90, 0.88, 0.89, 0.88, 0.87}
