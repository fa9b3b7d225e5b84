package sim

import "testing"

func TestProf(t *testing.T) {
	r, err := Run(Config{Peers: 200, Jobs: 100, Profile: "wan", ArrivalPerSec: 20, Seed: 1})
	if err != nil { t.Fatal(err) }
	t.Log(r)
}
