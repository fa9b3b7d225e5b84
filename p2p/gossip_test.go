package p2p

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/identity"
	"github.com/skyops/skyops/types"
)

type testHost struct {
	*Host
	k *identity.Key
}

func startHost(t *testing.T, ctx context.Context, network string) testHost {
	t.Helper()
	k := newKey(t)
	h, err := New(ctx, k, Network(network), AdvertTTL(10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return testHost{h, k}
}

func connect(t *testing.T, ctx context.Context, a testHost, b peer.AddrInfo) {
	t.Helper()
	if err := a.LibP2P().Connect(ctx, b); err != nil {
		t.Fatal(err)
	}
}

func info(h testHost) peer.AddrInfo {
	return peer.AddrInfo{ID: h.ID(), Addrs: h.LibP2P().Addrs()}
}

// A peer that publishes garbage on the adverts topic is rejected by the
// first honest peer's validator: nothing it sends reaches the peer behind,
// and the honest peers keep working.
func TestGarbageIsDroppedBeforeForwarding(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	const net = "garbage-test"
	b := startHost(t, ctx, net)
	c := startHost(t, ctx, net)
	connect(t, ctx, c, info(b))

	// Wait for meshes: b's valid advert must reach c.
	waitAdvert := func(h testHost, from peer.ID, seq uint64) {
		t.Helper()
		for {
			a, err := h.NextAdvert(ctx)
			if err != nil {
				t.Fatalf("waiting for advert %d from %s: %v", seq, from, err)
			}
			if a.Node == from && a.Seq >= seq {
				return
			}
		}
	}
	publishUntilSeen := func(pub func(seq uint64), h testHost, from peer.ID, seq uint64) {
		t.Helper()
		// gossipsub needs a heartbeat or two to graft; republish newer
		// sequences until one arrives.
		done := make(chan struct{})
		go func() { waitAdvert(h, from, seq); close(done) }()
		for i := uint64(0); i <= 20; i++ {
			pub(seq + i)
			select {
			case <-done:
				return
			case <-time.After(300 * time.Millisecond):
			}
		}
		select {
		case <-done:
		case <-ctx.Done():
			t.Fatal("advert never arrived")
		}
	}
	publishUntilSeen(func(seq uint64) {
		if err := b.PublishAdvert(ctx, seal(t, net, b.k, advertFor(b.ID(), seq, time.Now()))); err != nil {
			t.Fatal(err)
		}
	}, c, b.ID(), 1)

	// Each kind of garbage comes from an attacker of its own: gossipsub's
	// score graylists an attacker after its third invalid message, after
	// which b drops what it sends unvalidated (that is the point), and a
	// fourth kind from it would never be seen.
	// newAttacker is a plain libp2p host with gossipsub and no validator.
	newAttacker := func() (*identity.Key, peer.ID, *pubsub.Topic) {
		attackerKey := newKey(t)
		evil, err := libp2p.New(libp2p.Identity(attackerKey.P2PKey()), libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"),
			libp2p.ProtocolVersion(ProtocolVersion(net)))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { evil.Close() })
		ps, err := pubsub.NewGossipSub(ctx, evil, pubsub.WithMessageIdFn(contentID), pubsub.WithNoAuthor())
		if err != nil {
			t.Fatal(err)
		}
		topic, err := ps.Join(TopicAdverts(net))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := topic.Subscribe(); err != nil {
			t.Fatal(err)
		}
		if err := evil.Connect(ctx, info(b)); err != nil {
			t.Fatal(err)
		}
		return attackerKey, evil.ID(), topic
	}
	// Each round differs (pubsub drops a message it has seen), so rounds
	// can be repeated until the attacker's mesh has formed.
	kinds := []struct {
		reason string
		bad    func(k *identity.Key, id peer.ID, round uint64) []byte
	}{
		{ReasonMalformed, func(_ *identity.Key, _ peer.ID, round uint64) []byte {
			return []byte(fmt.Sprintf("definitely not an advert %d", round))
		}},
		{ReasonMalformed, func(_ *identity.Key, _ peer.ID, round uint64) []byte { return append([]byte{0xc0}, byte(round)) }},
		{ReasonTooLarge, func(_ *identity.Key, _ peer.ID, round uint64) []byte {
			return append(make([]byte, types.MaxAdvertSize+100), byte(round))
		}},
		{ReasonFuture, func(k *identity.Key, id peer.ID, round uint64) []byte {
			return seal(t, net, k, advertFor(id, 5+round, time.Now().Add(time.Hour)))
		}},
		{ReasonSignature, func(k *identity.Key, id peer.ID, round uint64) []byte {
			return seal(t, "other-net", k, advertFor(id, 6+round, time.Now())) // signed for another network
		}},
		{ReasonSignature, func(k *identity.Key, _ peer.ID, round uint64) []byte {
			return sealAs(t, net, k, advertFor(c.ID(), 900+round, time.Now())) // an advert about c, signed by the attacker
		}},
	}
	seq := uint64(100)
	for _, kind := range kinds {
		before := b.Validator().Rejections()[kind.reason]
		k, id, topic := newAttacker()
		for round := uint64(0); b.Validator().Rejections()[kind.reason] == before; round++ {
			if err := topic.Publish(ctx, kind.bad(k, id, round)); err != nil {
				t.Fatal(err)
			}
			select {
			case <-ctx.Done():
				t.Fatalf("b never saw the %s garbage: %v", kind.reason, b.Validator().Rejections())
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
	// Then a good advert from b: once c has it, anything b was going to
	// forward from the attackers has had its chance to arrive.
	seq++
	if err := b.PublishAdvert(ctx, seal(t, net, b.k, advertFor(b.ID(), seq, time.Now()))); err != nil {
		t.Fatal(err)
	}
	waitAdvert(c, b.ID(), seq)
	rb := b.Validator().Rejections()
	for _, r := range []string{ReasonMalformed, ReasonTooLarge, ReasonFuture, ReasonSignature} {
		if rb[r] == 0 {
			t.Errorf("b counted no %s rejection: %v", r, rb)
		}
	}
	if rc := c.Validator().Rejections(); len(rc) != 0 {
		t.Errorf("garbage was forwarded to c: c rejected %v", rc)
	}
	// b still has its honest peer.
	if len(b.LibP2P().Network().Peers()) == 0 {
		t.Fatal("b lost its honest peer")
	}
}

// Peers of different networks never stay connected.
func TestOtherNetworkIsDisconnected(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a := startHost(t, ctx, "alpha")
	b := startHost(t, ctx, "beta")
	_ = a.LibP2P().Connect(ctx, info(b))
	deadline := time.Now().Add(10 * time.Second)
	for len(a.LibP2P().Network().ConnsToPeer(b.ID())) > 0 {
		if time.Now().After(deadline) {
			t.Fatal("alpha and beta peers are still connected")
		}
		time.Sleep(50 * time.Millisecond)
	}
	// And alpha refuses to dial beta again.
	if err := a.LibP2P().Connect(ctx, info(b)); err == nil {
		time.Sleep(500 * time.Millisecond)
		if len(a.LibP2P().Network().ConnsToPeer(b.ID())) > 0 {
			t.Fatal("alpha reconnected to beta")
		}
	}
}
