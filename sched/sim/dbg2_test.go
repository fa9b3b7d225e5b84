package sim

import (
	"testing"
)

func TestDbg2(t *testing.T) {
	c := Config{Peers: 5, Jobs: 3, Profile: "lan"}
	c.fill()
	s, _ := newSim(c)
	s.run()
	for _, e := range s.peers[0].brain.View().Nodes() {
		t.Logf("%+v", *e.Advert)
	}
	for _, jr := range s.jobs { t.Logf("%+v", jr.req) }
}
