// Command skyops-sim runs the many-peer scheduling simulator (sched/sim)
// and prints its report:
//
//	skyops-sim -peers 10000 -jobs 200 -rate 10 -profile wan
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/skyops/skyops/sched/sim"
)

func main() {
	var c sim.Config
	flag.IntVar(&c.Peers, "peers", 100, "simulated peers")
	flag.IntVar(&c.Jobs, "jobs", 100, "jobs submitted")
	flag.Float64Var(&c.ArrivalPerSec, "rate", 0, "Poisson arrival rate, jobs per second (0 = all at once)")
	flag.StringVar(&c.Profile, "profile", "wan", "gossip delays: wan or lan")
	flag.Float64Var(&c.Loss, "loss", 0, "probability a delivery is lost and repaired 1-3 s later")
	flag.Float64Var(&c.Churn, "churn", 0, "fraction of peers that crash during the run (half rejoin)")
	flag.IntVar(&c.ViewReplicas, "views", 0, "view replicas shared by the peers (0 = one per peer up to -exact peers, else 16)")
	flag.IntVar(&c.Candidates, "k", 64, "candidates per job (K) above -exact peers")
	flag.IntVar(&c.ActiveRanks, "active", 8, "candidates active from the submit on (R); the rest join if the job is still pending after R·Δ")
	flag.IntVar(&c.ExactPeers, "exact", 100, "up to this many peers, every peer ticks for every event")
	flag.Uint64Var(&c.DeltaMs, "delta", 500, "Δ of the claim rule, ms (a floor unless -fixed-timing)")
	flag.Uint64Var(&c.SettleMs, "settle", 150, "settle window, ms (a floor unless -fixed-timing)")
	flag.BoolVar(&c.FixedTiming, "fixed-timing", false, "keep Δ and the settle window fixed instead of adapting them to the observed gossip delay, as the daemon does")
	flag.Uint64Var(&c.TTLMs, "ttl", 10000, "advert TTL, ms")
	flag.Uint64Var(&c.Seed, "seed", 1, "random seed")
	flag.Uint64Var(&c.MaxVirtualMs, "max", 0, "cap on virtual time, ms (0 = 30 min)")
	flag.Parse()
	r, err := sim.Run(c)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print(r)
}
