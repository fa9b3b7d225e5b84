package sched

import (
	"cmp"
	"encoding/binary"
	"math/big"
	"math/bits"
	"slices"

	"github.com/ethereum/go-ethereum/crypto"
)

// rankReference is Rank as it was before RankTop: the filters' Feasible
// methods in pipeline order on every node's capacityOf, every feasible
// node scored, and the whole list sorted. The tests hold Rank, RankTop,
// Check and judge to it.
func rankReference(req Requirements, nodes []Entry, reservations []Reservation, mode Mode, nowMs, ttlMs uint64) Placement {
	q := newQuery(&req, mode, nowMs, ttlMs)
	nodes = uniqueNodes(nodes)
	held := reservationsByIndex(nodes, indexReservations(q, reservations))

	// A dataset no live node lists leaves no node feasible (FitNow).
	if mode == FitNow {
		for _, c := range q.inputs {
			listed := false
			for _, e := range nodes {
				if (nowMs <= e.SeenMs || nowMs-e.SeenMs <= ttlMs) && slices.Contains(e.Advert.CIDs, c) {
					listed = true
				}
			}
			if !listed {
				q.unprovided = c
				break
			}
		}
	}
	var p Placement
	p.Unprovided = q.unprovided
	var rejected [len(pipeline)]int
	var scratch []uint32
	hasher := crypto.NewKeccakState()
	var sum [32]byte
	preimage := make([]byte, 0, 128)
	var n nodeCapacity
	for i, e := range nodes {
		p.Considered++
		var rs []Reservation
		for len(held) > 0 && held[0].index < i {
			held = held[1:]
		}
		if len(held) > 0 && held[0].index == i {
			rs = held[0].rs
		}
		scratch = capacityOf(q, e, rs, scratch, &n)
		if f := pipelineRejection(q, &n); f >= 0 {
			rejected[f]++
			continue
		}
		a := e.Advert
		w := weightInputs(q.req, q.modelToks, q.inputs, a)
		preimage = append(append(preimage[:0], req.JobID[:]...), a.Node...)
		hasher.Reset()
		hasher.Write(preimage)
		hasher.Read(sum[:])
		price := a.PriceWei
		if price == nil {
			price = new(big.Int)
		}
		if w.PriceWei != nil {
			w.PriceWei = price
		}
		p.Ranked = append(p.Ranked, Candidate{
			Node:      a.Node,
			Score:     scoreOf(binary.BigEndian.Uint64(sum[:8]), weight(w)),
			AdvertSeq: a.Seq,
			PriceWei:  price,
			Weights:   w,
		})
	}
	slices.SortFunc(p.Ranked, func(a, b Candidate) int {
		if c := b.Score.Cmp(a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.Node, b.Node)
	})
	for i, count := range rejected {
		if count > 0 {
			p.Rejected = append(p.Rejected, FilterCount{Filter: pipeline[i].Name(), Count: count})
		}
	}
	return p
}

// pipelineRejection is the index of the first filter of the pipeline that
// rejects the node, or -1: the specification judge is held to.
func pipelineRejection(q *query, n *nodeCapacity) int {
	for i, f := range pipeline {
		if !f.Feasible(q, n) {
			return i
		}
	}
	return -1
}

// checkReference is Check by the pipeline.
func checkReference(req Requirements, e Entry, reservations []Reservation, mode Mode, nowMs, ttlMs uint64) (string, bool) {
	if e.Advert == nil {
		return "", false
	}
	q := newQuery(&req, mode, nowMs, ttlMs)
	res := indexReservations(q, reservations)
	var n nodeCapacity
	capacityOf(q, e, res[e.Advert.Node], nil, &n)
	if i := pipelineRejection(q, &n); i >= 0 {
		return pipeline[i].Name(), false
	}
	return "", true
}

// log2Reference is Log2Fixed as it was written first, with a branch per
// bit.
func log2Reference(x uint64) uint64 {
	if x == 0 {
		return 0
	}
	k := bits.Len64(x) - 1
	m := x << uint(63-k) // mantissa in [1,2), Q63
	r := uint64(k) << Log2FracBits
	for bit := uint64(1) << (Log2FracBits - 1); bit != 0; bit >>= 1 {
		hi, lo := bits.Mul64(m, m) // m^2 in Q126, in [1,4)
		if hi >= 1<<63 {           // m^2 >= 2: this bit is 1, m = m^2/2
			r |= bit
			m = hi
		} else { // m = m^2
			m = hi<<1 | lo>>63
		}
	}
	return r
}
