package model

import "strconv"

// How much of the roadmap may start in each horizon. A company with no CX
// function cannot run sixteen projects in its first quarter: the cap keeps
// the proposals that matter most in "now" and moves the rest later, where
// the team can still pull them forward by hand.
const (
	NowPerDimension  = 2
	NowTotal         = 8
	NextPerDimension = 3
	NextTotal        = 12
)

// capHorizons moves the proposals over a horizon's caps to the next
// horizon: now keeps at most NowPerDimension per dimension and NowTotal in
// all, next at most NextPerDimension and NextTotal; later is not capped.
// ps must be sorted (horizon, then priority): the first ones in a horizon
// stay. Journey proposals count per journey, as if each were a dimension.
func capHorizons(ps []recProposal) {
	caps := []struct {
		from, to      Horizon
		perDim, inAll int
	}{
		{HorizonNow, HorizonNext, NowPerDimension, NowTotal},
		{HorizonNext, HorizonLater, NextPerDimension, NextTotal},
	}
	for _, c := range caps {
		perDim := map[string]int{}
		total := 0
		// Proposals moved in from the earlier horizon were meant to start
		// sooner than the ones already there: they keep their turn first.
		for _, moved := range []bool{true, false} {
			for i := range ps {
				p := &ps[i]
				if p.Horizon != c.from || p.moved != moved {
					continue
				}
				group := capGroup(p.Initiative)
				if perDim[group] < c.perDim && total < c.inAll {
					perDim[group]++
					total++
					continue
				}
				p.Horizon, p.moved = c.to, true
			}
		}
	}
}

// capGroup is what an initiative counts against: its dimension, else the
// journey its evidence comes from, else nothing shared.
func capGroup(in Initiative) string {
	if in.DimensionID != "" {
		return "dim:" + in.DimensionID
	}
	for _, e := range in.Evidence {
		if e.Kind == EvidenceJourneyCell {
			return "journey:" + strconv.FormatInt(e.JourneyID, 10)
		}
	}
	return "own:" + in.GenKey
}
