package workflow

import (
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ipfs/go-cid"
	"gopkg.in/yaml.v3"

	"github.com/skyops/skyops/types"
)

func (p *parser) inputs(j *Job, n *yaml.Node) {
	what := "job " + j.Name + ": inputs"
	items, ok := p.list(n, what, `[{file: ./data.csv}, {from: prepare/outputs/clean.csv}]`)
	if !ok {
		return
	}
	if len(items) > types.MaxJobInputs {
		p.at(n, "%s: %d items, at most %d", what, len(items), types.MaxJobInputs)
		return
	}
	for i, it := range items {
		w := fmt.Sprintf("%s[%d]", what, i)
		in := Input{Line: it.Line, Col: it.Column}
		var given []string
		var asNode *yaml.Node
		before := len(p.errs)
		good := p.fields(it, w, inputKeys, func(key string, k, v *yaml.Node) {
			if key == "as" {
				asNode = v
				if s, ok := p.str(v, w+": as", 255); ok {
					if !plainName(s) {
						p.at(v, "%s: as %q: give one file name, without / (it lands under /inputs)", w, clip(s))
						return
					}
					in.As = s
				}
				return
			}
			given = append(given, key)
			s, ok := p.str(v, w+": "+key, 4096)
			if !ok {
				return
			}
			switch key {
			case "file":
				in.Kind = InputFile
				base := path.Base(filepath.ToSlash(s))
				if s == "" || !plainName(base) {
					p.at(v, "%s: file %q names no file: give its path, relative to this file", w, clip(s))
					return
				}
				in.Local = p.local(s)
			case "dataset":
				in.Kind = InputDataset
				if msg := checkDataset(s); msg != "" {
					p.at(v, "%s: dataset %q %s", w, clip(s), msg)
					return
				}
				in.Dataset = s
			case "from":
				in.Kind = InputFrom
				if msg := p.from(&in, s); msg != "" {
					p.at(v, "%s: from %q: %s", w, clip(s), msg)
				}
			}
		})
		if !good || len(p.errs) > before {
			continue
		}
		switch {
		case len(given) == 0:
			p.at(it, "%s: say what it is: file: PATH, dataset: ipfs://CID or from: JOB/outputs/PATH", w)
			continue
		case len(given) > 1:
			p.at(it, "%s has both %s and %s: an input is one of file, dataset and from", w, given[0], given[1])
			continue
		case in.Kind == InputDataset && asNode != nil:
			p.at(asNode, "%s: a dataset lands at /inputs/<CID>, it cannot be renamed: drop as:", w)
			continue
		}
		j.Inputs = append(j.Inputs, in)
	}
	files, datasets := 0, 0
	for _, in := range j.Inputs {
		switch in.Kind {
		case InputFile:
			files++
		case InputDataset:
			datasets++
		}
	}
	// Uploaded files, datasets and the secrets' package are all inputs of
	// the signed spec.
	if extra := min(len(j.Secrets), 1); files+datasets+extra > types.MaxJobInputs {
		p.at(n, "%s: %d files and datasets, at most %d", what, files+datasets, types.MaxJobInputs-extra)
	}
}

// plainName is one path component that names something under /inputs.
func plainName(s string) bool {
	return s != "" && s != "." && s != ".." && !strings.ContainsAny(s, "/\\")
}

// checkDataset holds a dataset to what types.JobSpec.Validate accepts;
// the message finishes a sentence about it.
func checkDataset(s string) string {
	c, ok := types.DatasetCID(s)
	if !ok {
		return "is not a dataset: write ipfs://CID (skyops add FILE prints one), or use file: for a local file"
	}
	parsed, err := cid.Decode(c)
	if err != nil {
		return "is not ipfs://CID: the CID does not parse"
	}
	if parsed.Version() != 1 {
		return "is a CIDv0: name a dataset by its CIDv1 (ipfs add --cid-version 1; ipfs cid format -v 1 converts)"
	}
	if parsed.String() != c {
		return fmt.Sprintf("is not in canonical form: write ipfs://%s", parsed)
	}
	return ""
}

// from reads JOB/outputs/PATH into in; the parent is checked to exist with
// the graph. The message finishes a sentence about it.
func (p *parser) from(in *Input, s string) string {
	job, rest, _ := strings.Cut(s, "/")
	if !nameRE.MatchString(job) {
		return "want JOB/outputs/PATH (a job of this workflow, then a path in its outputs)"
	}
	if rest == "outputs" {
		return fmt.Sprintf("write %s/outputs/ (with the slash) for the whole outputs directory", job)
	}
	if !strings.HasPrefix(rest, "outputs/") {
		return fmt.Sprintf("a job's results are its outputs: want %s/outputs/PATH", job)
	}
	dir := strings.HasSuffix(rest, "/")
	clean := strings.TrimSuffix(rest, "/")
	if strings.Contains(rest, "\\") || path.Clean(clean) != clean || slices.Contains(strings.Split(clean, "/"), "..") {
		return "the path must be clean and stay in the outputs: no .., no . components, no // and no \\"
	}
	in.FromJob, in.FromPath, in.Dir = job, rest, dir
	return ""
}
