package p2p

import (
	"net"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// scoreParams turns on gossipsub peer scoring on every topic the daemon
// uses. The weights are chosen so that one invalid message costs a peer
// more than an hour of good behaviour earns, and a handful of them
// graylists it.
//
// IP colocation counts against peers once more than colocationThreshold
// of them share one address (a provider may run several daemons behind
// one address; a thousand identities on one host are a sybil, not a
// provider). Loopback is exempt: a local testnet puts every peer on
// 127.0.0.1, and anyone who can reach a peer over loopback runs it.
func scoreParams(network string) (*pubsub.PeerScoreParams, *pubsub.PeerScoreThresholds) {
	const decayInterval = time.Second
	decay := func(d time.Duration) float64 { return pubsub.ScoreParameterDecay(d) }
	topic := func(weight float64) *pubsub.TopicScoreParams {
		return &pubsub.TopicScoreParams{
			TopicWeight:                     weight,
			TimeInMeshWeight:                0.01,
			TimeInMeshQuantum:               time.Second,
			TimeInMeshCap:                   300,
			FirstMessageDeliveriesWeight:    0.5,
			FirstMessageDeliveriesDecay:     decay(10 * time.Minute),
			FirstMessageDeliveriesCap:       100,
			InvalidMessageDeliveriesWeight:  -100,
			InvalidMessageDeliveriesDecay:   decay(time.Hour),
			MeshMessageDeliveriesWeight:     0, // no topic has a steady rate per peer to demand
			MeshMessageDeliveriesDecay:      decay(time.Minute),
			MeshMessageDeliveriesThreshold:  1,
			MeshMessageDeliveriesCap:        10,
			MeshMessageDeliveriesActivation: time.Minute,
			MeshMessageDeliveriesWindow:     10 * time.Millisecond,
			MeshFailurePenaltyWeight:        0,
			MeshFailurePenaltyDecay:         decay(time.Minute),
		}
	}
	params := &pubsub.PeerScoreParams{
		AppSpecificScore:            func(peer.ID) float64 { return 0 },
		AppSpecificWeight:           1,
		IPColocationFactorWeight:    -50,
		IPColocationFactorThreshold: colocationThreshold,
		IPColocationFactorWhitelist: loopbackNets(),
		BehaviourPenaltyWeight:      -10,
		BehaviourPenaltyThreshold:   6,
		BehaviourPenaltyDecay:       decay(10 * time.Minute),
		DecayInterval:               decayInterval,
		DecayToZero:                 0.01,
		RetainScore:                 10 * time.Minute,
		TopicScoreCap:               100,
		Topics: map[string]*pubsub.TopicScoreParams{
			TopicAdverts(network):  topic(1),
			TopicJobs(network):     topic(1),
			TopicReceipts(network): topic(0.5),
		},
	}
	thresholds := &pubsub.PeerScoreThresholds{
		GossipThreshold:             -100,
		PublishThreshold:            -200,
		GraylistThreshold:           -400,
		AcceptPXThreshold:           0,
		OpportunisticGraftThreshold: 2,
	}
	return params, thresholds
}

// colocationThreshold is how many peers may share one address before
// gossipsub counts it against each of them (−50 × the excess squared): two
// more and each is at the publish threshold, three more and each is
// graylisted.
const colocationThreshold = 8

func loopbackNets() []*net.IPNet {
	_, v4, _ := net.ParseCIDR("127.0.0.0/8")
	_, v6, _ := net.ParseCIDR("::1/128")
	return []*net.IPNet{v4, v6}
}
