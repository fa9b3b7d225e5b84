package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/skyops/skyops/models"
)

// modelsFlag is --models, shared by `models` and `submit-task`.
type modelsFlag struct{ file string }

func (m *modelsFlag) register(fs *pflag.FlagSet) {
	fs.StringVar(&m.file, "models", models.DefaultFile(), "your model templates file, added to the shipped ones (env "+models.FileEnv+")")
}

// load reads the catalog. The default file may be absent; one the user
// named, by flag or environment, must exist.
func (m *modelsFlag) load(cmd *cobra.Command) (*models.Catalog, error) {
	named := cmd.Flags().Changed("models") || os.Getenv(models.FileEnv) != ""
	return models.Load(m.file, named, hooksOf(cmd).builtin)
}

func newModelsCmd(o *options) *cobra.Command {
	var m modelsFlag
	cmd := &cobra.Command{
		Use:   "models",
		Short: "List the model templates that submit-task --model can use",
		Long: `List the model templates: what --model NAME fills in (runtime, program,
arguments, GPU, RAM, maximum run time). Flags given to submit-task override
the template.

Your own templates go in ~/.skyops/models.yaml (or --models FILE, or
SKYOPS_MODELS), in the shipped format: see models/catalog.yaml in the
source. A template there with a shipped name replaces the shipped one.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cat, err := m.load(cmd)
			if err != nil {
				return err
			}
			list := cat.List()
			if o.json() {
				return o.printJSON(list)
			}
			return renderModels(o, list)
		},
	}
	m.register(cmd.Flags())
	return cmd
}

func renderModels(o *options, list []models.Template) error {
	tw := newTable(o.stdout)
	fmt.Fprintln(tw, "NAME\tRUNTIME\tFRAMEWORK\tGPU\tRAM\tDURATION\tDESCRIPTION")
	var yours []string
	for _, t := range list {
		name := t.Name
		if t.Source != "shipped" {
			name += "*"
			yours = append(yours, t.Source)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", clean(name), clean(t.Runtime), orDash(clean(t.Framework)),
			templateGPU(t), formatMiB(t.RAMMiB), shortDuration(time.Duration(t.DurationSec)*time.Second), clean(t.Description))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(yours) > 0 {
		fmt.Fprintf(o.stdout, "\n* from %s\n", yours[0])
	}
	return nil
}

func templateGPU(t models.Template) string {
	switch {
	case t.GPUCount == 0:
		return "none"
	case t.GPUModel == "":
		return fmt.Sprintf("%dx any", t.GPUCount)
	}
	return fmt.Sprintf("%dx %s", t.GPUCount, clean(t.GPUModel))
}

// shortDuration writes 4h, 90m, 1h30m, 45s: Go's "4h0m0s" without the
// zero units.
func shortDuration(d time.Duration) string {
	if d <= 0 {
		return "-"
	}
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
