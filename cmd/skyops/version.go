package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is set at release time: go build -ldflags "-X main.version=v1.2.3".
// Without it the module version from the build info is shown.
var version string

type versionInfo struct {
	Version  string `json:"version"`
	Commit   string `json:"commit,omitempty"`
	Go       string `json:"go"`
	Platform string `json:"platform"`
}

func getVersion() versionInfo {
	v := versionInfo{Version: version, Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v.Version == "" {
			v.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				v.Commit = s.Value
			}
		}
	}
	if v.Version == "" {
		v.Version = "(devel)"
	}
	return v
}

func newVersionCmd(o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Show the skyops version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			v := getVersion()
			if o.json() {
				return o.printJSON(v)
			}
			commit := ""
			if v.Commit != "" {
				commit = ", commit " + v.Commit
			}
			_, err := fmt.Fprintf(o.stdout, "skyops %s (%s %s%s)\n", v.Version, v.Go, v.Platform, commit)
			return err
		},
	}
}
