package workflow

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// yamlBlock is a ```yaml block of a Markdown file.
var yamlBlock = regexp.MustCompile("(?s)```yaml\n(.*?)```")

// Every workflow docs/workflow.md shows parses, and the matrix one
// expands to the instances it says.
func TestDocExamples(t *testing.T) {
	doc, err := os.ReadFile("../docs/workflow.md")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range yamlBlock.FindAllStringSubmatch(string(doc), -1) {
		if !strings.HasPrefix(m[1], "name:") {
			continue
		}
		n++
		f, err := Parse("docs/workflow.md", []byte(m[1]))
		if err != nil {
			t.Errorf("an example does not parse: %v\n%s", err, m[1])
			continue
		}
		if f.Name != "sweep" {
			continue
		}
		var names []string
		for _, in := range f.Instances() {
			names = append(names, in.Name)
		}
		want := "train[batch=32,lr=0.1] train[batch=32,lr=0.01] train[batch=64,lr=0.1] train[batch=64,lr=0.01]"
		if got := strings.Join(names, " "); got != want {
			t.Errorf("sweep expands to %s, the doc says %s", got, want)
		}
	}
	if n < 3 {
		t.Errorf("found %d example workflows in docs/workflow.md, want 3", n)
	}
}
