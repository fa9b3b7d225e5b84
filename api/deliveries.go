package api

import (
	"context"
	"net/http"
	"net/url"
)

// Delivery is where a job's sealed result was put by its owner (skyops get
// --deliver): "ipfs" with a CID, or "arweave" with a transaction id, and
// the API it went through.
type Delivery struct {
	Kind       string `json:"kind"`
	Ref        string `json:"ref"`
	URL        string `json:"url"`
	RecordedAt Time   `json:"recordedAt"`
}

// DeliveryRequest is POST /v1/jobs/{id}/deliveries: a delivery, signed by
// the job's owner over types.SigningHash(network, KindJobEvent,
// deliver.Delivery.SigningBody(job)), 0x-prefixed hex.
type DeliveryRequest struct {
	Kind      string `json:"kind"`
	Ref       string `json:"ref"`
	URL       string `json:"url"`
	Signature string `json:"signature"`
}

// maxDeliveryBytes bounds a delivery request: a URL of at most 512 bytes,
// a CID or tx id, a signature.
const maxDeliveryBytes = 4 << 10

// DeliveryBackend is the part of a home daemon that records deliveries.
type DeliveryBackend interface {
	RecordDelivery(ctx context.Context, id string, req *DeliveryRequest) (*Job, error)
}

func deliveryRoutes(b DeliveryBackend) []route {
	return []route{
		{"POST", "/v1/jobs/{id}/deliveries", func(w http.ResponseWriter, r *http.Request) {
			var req DeliveryRequest
			if err := decodeBody(w, r, &req, maxDeliveryBytes); err != nil {
				writeErr(w, err)
				return
			}
			j, err := b.RecordDelivery(r.Context(), r.PathValue("id"), &req)
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, j)
		}},
	}
}

// RecordDelivery tells the job's home daemon where its result was delivered.
func (c *Client) RecordDelivery(ctx context.Context, id string, req DeliveryRequest) (*Job, error) {
	var out Job
	return &out, c.do(ctx, http.MethodPost, "/v1/jobs/"+url.PathEscape(id)+"/deliveries", req, &out)
}
