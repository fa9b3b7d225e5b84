package main

import (
	"time"

	"github.com/spf13/cobra"

	"github.com/skyops/skyops/api"
)

// The commands that ask the daemon about itself and its view.

func newIDCmd(o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "id",
		Short: "Show the daemon's peer id, Ethereum address, network and addresses",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			id, err := c.ID(ctx)
			if err != nil {
				return o.daemonErr(err)
			}
			if o.json() {
				return o.printJSON(id)
			}
			return renderID(o.stdout, id, time.Now())
		},
	}
}

func newPeersCmd(o *options) *cobra.Command {
	var wide bool
	cmd := &cobra.Command{
		Use:   "peers",
		Short: "List the daemon's open peer connections",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			peers, err := c.Peers(ctx)
			if err != nil {
				return o.daemonErr(err)
			}
			if o.json() {
				if peers == nil {
					peers = []api.Peer{} // [] for scripts, never null
				}
				return o.printJSON(peers)
			}
			return renderPeers(o.stdout, peers, wide)
		},
	}
	cmd.Flags().BoolVarP(&wide, "wide", "w", false, "show full peer ids")
	return cmd
}

func newNodesCmd(o *options) *cobra.Command {
	var wide bool
	cmd := &cobra.Command{
		Use:   "nodes",
		Short: "List every node in the daemon's view, with its GPUs and price",
		Long: `List every node in the daemon's view (itself included): its GPUs, RAM, price
per GPU-hour, region, and when its latest advert arrived. GPUs from a
simulated fleet are marked [simulated]; they are not real hardware.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			nodes, err := c.Nodes(ctx)
			if err != nil {
				return o.daemonErr(err)
			}
			if o.json() {
				if nodes == nil {
					nodes = []api.Node{}
				}
				return o.printJSON(nodes)
			}
			return renderNodes(o.stdout, nodes, time.Now(), wide)
		},
	}
	cmd.Flags().BoolVarP(&wide, "wide", "w", false, "show full node ids and addresses")
	return cmd
}
