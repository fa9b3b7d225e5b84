package p2p

import (
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// scoreParams turns on gossipsub peer scoring. The weights are chosen so that
// one invalid message costs a peer more than an hour of good behaviour earns,
// and a handful of them graylists it.
//
// IP colocation scoring is off: a testnet puts every peer on 127.0.0.1, and a
// provider may run several daemons behind one address.
func scoreParams(advertTopic string) (*pubsub.PeerScoreParams, *pubsub.PeerScoreThresholds) {
	const decayInterval = time.Second
	decay := func(d time.Duration) float64 { return pubsub.ScoreParameterDecay(d) }
	params := &pubsub.PeerScoreParams{
		AppSpecificScore:            func(peer.ID) float64 { return 0 },
		AppSpecificWeight:           1,
		IPColocationFactorWeight:    0,
		IPColocationFactorThreshold: 1,
		BehaviourPenaltyWeight:      -10,
		BehaviourPenaltyThreshold:   6,
		BehaviourPenaltyDecay:       decay(10 * time.Minute),
		DecayInterval:               decayInterval,
		DecayToZero:                 0.01,
		RetainScore:                 10 * time.Minute,
		TopicScoreCap:               100,
		Topics: map[string]*pubsub.TopicScoreParams{
			advertTopic: {
				TopicWeight:                     1,
				TimeInMeshWeight:                0.01,
				TimeInMeshQuantum:               time.Second,
				TimeInMeshCap:                   300,
				FirstMessageDeliveriesWeight:    0.5,
				FirstMessageDeliveriesDecay:     decay(10 * time.Minute),
				FirstMessageDeliveriesCap:       100,
				InvalidMessageDeliveriesWeight:  -100,
				InvalidMessageDeliveriesDecay:   decay(time.Hour),
				MeshMessageDeliveriesWeight:     0, // adverts are too few per peer to demand a delivery rate
				MeshMessageDeliveriesDecay:      decay(time.Minute),
				MeshMessageDeliveriesThreshold:  1,
				MeshMessageDeliveriesCap:        10,
				MeshMessageDeliveriesActivation: time.Minute,
				MeshMessageDeliveriesWindow:     10 * time.Millisecond,
				MeshFailurePenaltyWeight:        0,
				MeshFailurePenaltyDecay:         decay(time.Minute),
			},
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
