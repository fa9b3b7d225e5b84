package sim

import (
	"testing"
	"github.com/skyops/skyops/sched"
)

func TestDbg(t *testing.T) {
	c := Config{Peers: 5, Jobs: 3, Profile: "lan"}
	c.fill()
	s, err := newSim(c)
	if err != nil { t.Fatal(err) }
	if err := s.run(); err != nil { t.Fatal(err) }
	for _, p := range s.peers {
		for _, jr := range s.jobs {
			j := p.brain.Job(jr.id)
			pl := sched.Rank(j.Req, p.brain.View().Nodes(), nil, sched.FitNow, s.now, c.TTLMs)
			r, ok := sched.RankOf(pl, p.id)
			t.Logf("peer %d job %d state %s placement %q rank %d %v next %d", p.idx, jr.idx, j.State, p.brain.Placement(jr.id), r, ok, p.brain.NextWakeMs())
		}
	}
	t.Log(s.report())
}
