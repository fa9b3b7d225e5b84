package main

import (
	"fmt"
	"os/exec"
	"runtime"

	"github.com/spf13/cobra"
)

func newDashboardCmd(o *options) *cobra.Command {
	var print bool
	cmd := &cobra.Command{
		Use:   "dashboard",
		Short: "Open the daemon's web dashboard in a browser",
		Long: `Ask the daemon (over its socket) for its web dashboard's login link and open
it in the default browser (xdg-open, or open on macOS). The link carries the
dashboard's token: anyone with it can use the dashboard as you, so do not
share it. --print prints it instead (-o json: {"url", "login"}).

The daemon serves the dashboard only with skyopsd --http 127.0.0.1:PORT
(every daemon skyops testnet starts has it on).`,
		Example: `  skyops dashboard
  skyops dashboard --print`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			info, err := c.Web(ctx)
			if err != nil {
				return fmt.Errorf("ask the daemon for its dashboard: %w", o.daemonErr(err))
			}
			if o.json() {
				return o.printJSON(info)
			}
			if print {
				_, err := fmt.Fprintln(o.stdout, info.Login)
				return err
			}
			opener := "xdg-open"
			if runtime.GOOS == "darwin" {
				opener = "open"
			}
			if err := exec.CommandContext(cmd.Context(), opener, info.Login).Run(); err != nil {
				return fmt.Errorf("open the dashboard with %s: %w (run 'skyops dashboard --print' and open the link yourself)", opener, err)
			}
			_, err = fmt.Fprintf(o.stdout, "opened the dashboard of %s in your browser\n", info.URL)
			return err
		},
	}
	cmd.Flags().BoolVar(&print, "print", false, "print the login link instead of opening it")
	return cmd
}
