package testnet

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/web"
)

// webChainWorkflow is prepare -> train (an array of 3) -> evaluate: 5
// instances, 6 parent links.
const webChainWorkflow = `name: webchain
jobs:
  prepare:
    process: sh
    args: ["-c", "echo prepared > data.txt"]
    resources: {cpus: 1, ram: 1, duration: 5m}
  train:
    process: sh
    count: 3
    args: ["-c", "{ cat \"$SKYOPS_INPUTS/data.txt\"; echo model ${{ index }}; } > model.txt"]
    inputs: [{from: prepare/outputs/data.txt}]
    resources: {cpus: 1, ram: 1, duration: 5m}
  evaluate:
    process: sh
    args: ["-c", "cat \"$SKYOPS_INPUTS\"/train/*/model.txt > report.txt"]
    inputs: [{from: train/outputs/model.txt}]
    resources: {cpus: 1, ram: 1, duration: 5m}
`

// webWideWorkflow is an array of 500 and a fan-in, placed in a region no
// node is in: its jobs stay pending, and the page draws it as it is.
const webWideWorkflow = `name: wide
jobs:
  square:
    process: sh
    count: 500
    args: ["-c", "echo ${{ index }} > sq.txt"]
    resources: {cpus: 1, ram: 1, duration: 5m}
    placement: {region: nowhere}
  sum:
    process: sh
    args: ["-c", "cat \"$SKYOPS_INPUTS\"/square/*/sq.txt > sum.txt"]
    inputs: [{from: square/outputs/sq.txt}]
    resources: {cpus: 1, ram: 1, duration: 5m}
    placement: {region: nowhere}
`

// The workflow pages in a browser against an in-process testnet: a chain
// with an array in the middle, submitted as skyops run does, is listed on
// the Workflows page; its page draws its 5 instances in 3 layers and its 6
// edges, follows it live to the end (each node's class then says
// completed), and a node opens the job page of its try. A 500-wide array
// with a fan-in is drawn as one box and one node, the page staying small;
// choosing the box lists its instances. Both pages fit a phone.
func TestBrowserWorkflowPages(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and a browser")
	}
	browser := startBrowser(t, 1280, 900)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "wfweb", Fleets: []string{"none"},
		Options: func(i int) []node.Option {
			if i == 0 {
				return []node.Option{node.HTTP("127.0.0.1:0")}
			}
			return []node.Option{node.AllowProcess()}
		}})
	cl := api.NewClient(c.Nodes[0].SocketPath())
	info, err := cl.Web(ctx)
	if err != nil {
		t.Fatalf("the daemon's dashboard link: %v", err)
	}
	owner, _ := crypto.GenerateKey()
	signer := types.KeySigner{Key: owner}
	home := c.Nodes[0].ID().String()

	p := &tab{t: t, ctx: newTab(t, browser), shots: artifactsDir(t)}
	p.do("log in", chromedp.Navigate(info.Login))
	p.route("#/workflows", "workflows")
	p.until("the empty list", `!!document.getElementById("workflows-empty")`, 30*time.Second)

	resp, err := cl.SubmitWorkflow(ctx, signedWorkflow(t, "wfweb", home, signer, webChainWorkflow, nil))
	if err != nil {
		t.Fatal(err)
	}
	id := resp.ID
	// Listed live: the page is not reloaded.
	p.eval(`(window.__loads = performance.getEntriesByType("navigation").length, "")`)
	p.until("the workflow in the list", fmt.Sprintf(`!!document.querySelector('#workflows-table tr[data-workflow-id=%q]')`, id), 30*time.Second)
	if name := p.text(fmt.Sprintf(`#workflows-table tr[data-workflow-id=%q]`, id)); !strings.Contains(name, "webchain") || !strings.Contains(name, "5:") {
		t.Errorf("the list's row says %q, not its name and its 5 instances", name)
	}
	p.click("open the workflow", fmt.Sprintf(`#workflows-table tr[data-workflow-id=%q] a`, id))
	p.until("the workflow page", fmt.Sprintf(`document.getElementById("app").dataset.page === "workflow" && document.getElementById("app").dataset.ready === "true" && !!document.querySelector('#workflow-id[data-workflow-id=%q]')`, id), 30*time.Second)

	// 5 instances, 6 edges, in 3 layers, in index order.
	p.until("the graph", `!!document.getElementById("wf-graph")`, 30*time.Second)
	if got := p.eval(`String(document.querySelectorAll("#wf-graph g.wf-node.wf-instance").length) + " " + String(document.querySelectorAll("#wf-graph g.wf-group").length) + " " + String(document.querySelectorAll("#wf-graph path.wf-edge").length)`); got != "5 0 6" {
		t.Fatalf("the graph has %s instances, boxes and edges, want 5 0 6", got)
	}
	cols := p.eval(`[0,1,2,3,4].map((i) => { const r = document.querySelector('#wf-graph g.wf-instance[data-index="' + i + '"]').getBoundingClientRect(); return Math.round(r.left) + ":" + Math.round(r.top); }).join(" ")`)
	var x, y [5]int
	for i, f := range strings.Fields(cols) {
		fmt.Sscanf(f, "%d:%d", &x[i], &y[i])
	}
	if !(x[0] < x[1] && x[1] == x[2] && x[2] == x[3] && x[3] < x[4]) || !(y[1] < y[2] && y[2] < y[3]) {
		t.Errorf("the instances are not in layers by depth, in index order: %s (left:top of prepare, train[0..2], evaluate)", cols)
	}
	if n := p.eval(`String(document.querySelectorAll("#wf-instances tbody tr[data-index]").length)`); n != "5" {
		t.Errorf("the instance table has %s rows, want 5", n)
	}

	// Live to the end.
	p.until("the workflow to succeed", `document.getElementById("workflow-state").dataset.state === "succeeded"`, 2*time.Minute)
	p.until("every node completed", `[...document.querySelectorAll("#wf-graph g.wf-instance")].every((g) => g.classList.contains("wf-state-completed") && g.dataset.state === "completed" && g.dataset.tries === "1")`, 30*time.Second)
	if p.eval(`String(performance.getEntriesByType("navigation").length === window.__loads)`) != "true" {
		t.Error("the pages reloaded to follow the workflow")
	}
	if got := p.text(`#wf-legend li[data-state="completed"]`); !strings.Contains(got, "(5)") {
		t.Errorf("the legend says %q for completed, want 5", got)
	}
	if n := p.eval(`String(document.querySelectorAll("#wf-graph path.wf-edge.done").length)`); n != "6" {
		t.Errorf("%s of 6 edges are drawn as done", n)
	}
	p.screenshot("workflow")

	// A node opens its try's job page.
	w, err := cl.Workflow(ctx, id)
	if err != nil || len(w.Instances) != 5 || len(w.Instances[2].Tries) != 1 {
		t.Fatalf("the workflow: %+v (%v)", w, err)
	}
	try := w.Instances[2].Tries[0]
	p.do("click train[1]", chromedp.Click(`#wf-graph g.wf-instance[data-index="2"]`))
	p.until("train[1]'s job page", fmt.Sprintf(`location.hash.startsWith("#/jobs/" + %q) && document.getElementById("app").dataset.page === "job" && document.getElementById("app").dataset.ready === "true"`, try), 30*time.Second)
	p.until("its job", fmt.Sprintf(`(() => { const e = document.getElementById("job-id"); return !!e && e.dataset.jobId === %q && document.getElementById("job-state").dataset.state === "completed"; })()`, try), 30*time.Second)
	p.click("back to the workflow", "#job-workflow-link")
	p.until("the workflow page again", workflowShown(id), 30*time.Second)

	// 500 wide and a fan-in: one box, one node, one edge; few DOM nodes.
	resp2, err := cl.SubmitWorkflow(ctx, signedWorkflow(t, "wfweb", home, signer, webWideWorkflow, nil))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	p.eval(fmt.Sprintf(`(location.hash = "#/workflows/" + %q, "")`, resp2.ID))
	p.until("the wide workflow's page", workflowShown(resp2.ID), 30*time.Second)
	t.Logf("the 501-instance workflow's page loaded in %s", time.Since(start).Round(time.Millisecond))
	if got := p.eval(`(() => { const g = document.getElementById("wf-graph"); return [g.dataset.nodes, g.dataset.groups, g.dataset.edges].join(" "); })()`); got != "1 1 1" {
		t.Fatalf("the wide graph has %s instances, boxes and edges, want 1 1 1", got)
	}
	if got := p.eval(`(() => { const b = document.querySelector('#wf-graph g.wf-group[data-job="square"]'); return b ? b.dataset.count + " " + b.textContent : ""; })()`); !strings.HasPrefix(got, "500 ") || !strings.Contains(got, "square ×500") {
		t.Errorf("the array's box says %q, want 500 instances named square ×500", got)
	}
	if n, _ := strconv.Atoi(p.eval(`String(document.getElementsByTagName("*").length)`)); n > 2500 {
		t.Errorf("the page of a 501-instance workflow holds %d elements: it should draw boxes and a page of the table, not every instance", n)
	} else {
		t.Logf("the page of a 501-instance workflow holds %d elements", n)
	}
	if n := p.eval(`String(document.querySelectorAll("#wf-instances tbody tr[data-index]").length)`); n != "100" {
		t.Errorf("the instance table shows %s rows, want a page of 100", n)
	}
	if note := p.text("#wf-instances-note"); !strings.Contains(note, "1–100 of 501") {
		t.Errorf("the table's note says %q", note)
	}
	p.do("choose the box", chromedp.Click(`#wf-graph g.wf-group[data-job="square"]`))
	p.until("the box's instances listed", `document.getElementById("wf-instances-note").innerText.includes("of 500") && document.getElementById("wf-job-filter").value === "square"`, 10*time.Second)
	if !strings.Contains(p.eval(`location.hash`), "job=square") {
		t.Errorf("the filter is not in the address: %s", p.eval(`location.hash`))
	}
	p.screenshot("workflow-wide")

	// A phone.
	for _, r := range []struct{ hash, name string }{{"#/workflows", "workflows"}, {"#/workflows/" + id, "workflow"}} {
		p.do("a 390-px viewport", chromedp.EmulateViewport(390, 844))
		p.route(r.hash, r.name)
		p.noOverflow(r.name + " at 390 px")
		p.screenshot(r.name + "-390")
	}
}

// workflowShown holds once the page shows workflow id, loaded, with its
// graph (a route from one workflow's page to another's first shows the
// old one, ready).
func workflowShown(id string) string {
	return fmt.Sprintf(`(() => { const a = document.getElementById("app"); const w = document.getElementById("workflow-id");
  return a.dataset.page === "workflow" && a.dataset.ready === "true" && !!w && w.dataset.workflowId === %q && !!document.getElementById("wf-graph"); })()`, id)
}

// stubWorkflows answers the API the workflow pages ask, from made-up
// workflows: no daemon, so graphs as large as the daemon allows cost
// nothing to set up.
type stubWorkflows map[string]api.Workflow

func (s stubWorkflows) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.URL.Path == "/v1/id":
		_ = json.NewEncoder(w).Encode(map[string]string{"id": "stub", "network": "stub", "address": "0x0000000000000000000000000000000000000000", "agent": "stub"})
	case r.URL.Path == "/v1/workflows":
		var out []api.Workflow
		for _, wf := range s {
			wf.Instances = nil
			out = append(out, wf)
		}
		_ = json.NewEncoder(w).Encode(out)
	case strings.HasPrefix(r.URL.Path, "/v1/workflows/"):
		wf, ok := s[strings.TrimPrefix(r.URL.Path, "/v1/workflows/")]
		if !ok {
			api.WriteError(w, http.StatusNotFound, "not_found", "no such workflow")
			return
		}
		_ = json.NewEncoder(w).Encode(wf)
	default:
		api.WriteError(w, http.StatusNotFound, "not_found", "stub: "+r.URL.Path)
	}
}

type noOwners struct{}

func (noOwners) JobOwner(context.Context, string) (common.Address, error) {
	return common.Address{}, api.Errorf("not_found", "stub")
}

// madeUp is a workflow of the given jobs, each count instances needing
// every instance of the jobs named in needs, in that order.
func madeUp(id string, jobs ...struct {
	name  string
	count int
	needs []string
}) api.Workflow {
	wf := api.Workflow{ID: id, Name: "made-up", Owner: "0x00000000000000000000000000000000000000aa", State: "running", CreatedAt: time.Now(), Counts: map[string]int{}}
	of := map[string][]int{}
	for _, j := range jobs {
		var parents []int
		for _, n := range j.needs {
			parents = append(parents, of[n]...)
		}
		for k := range j.count {
			i := len(wf.Instances)
			state := []string{"waiting", "released", "completed", "failed"}[i%4]
			name := j.name
			if j.count > 1 {
				name = fmt.Sprintf("%s[%d]", j.name, k)
			}
			inst := api.WorkflowInstance{Index: i, Name: name, Job: j.name, State: state, Parents: parents}
			if state != "waiting" {
				inst.Tries = []string{fmt.Sprintf("0x%064x", i+1)}
			}
			wf.Instances = append(wf.Instances, inst)
			wf.Counts[state]++
			of[j.name] = append(of[j.name], i)
		}
	}
	return wf
}

// The graph's layout and drawing on made-up workflows (a stub API behind
// the real dashboard handler): depth layers with a skipped layer and a
// second root, a cycle that does not hang the page, a layer of 60 drawn
// instance by instance and one of 61 as a box, and a workflow of 10,000
// instances (the most the daemon takes) drawn as 3 boxes, its page staying
// small and its table paging.
func TestBrowserWorkflowLayout(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	type job = struct {
		name  string
		count int
		needs []string
	}
	huge := "0x" + strings.Repeat("1", 64)
	edge := "0x" + strings.Repeat("2", 64)
	stub := stubWorkflows{
		huge: madeUp(huge, job{"a", 5000, nil}, job{"b", 1, []string{"a"}}, job{"c", 4999, []string{"b"}}),
		edge: madeUp(edge, job{"x", 60, nil}, job{"y", 61, []string{"x"}}),
	}
	var tok [32]byte
	_, _ = rand.Read(tok[:])
	token := hex.EncodeToString(tok[:])
	srv, err := web.New(token, stub, web.Owners(noOwners{}))
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer hs.Close()

	browser := startBrowser(t, 1280, 900)
	p := &tab{t: t, ctx: newTab(t, browser), shots: artifactsDir(t)}
	p.do("log in", chromedp.Navigate(hs.URL+"/login?token="+token))
	p.route("#/workflows", "workflows")
	p.until("the two made-up workflows", `document.querySelectorAll("#workflows-table tbody tr[data-workflow-id]").length === 2`, 30*time.Second)

	// layout() itself, from the page's own module.
	type check struct {
		Layers  []int
		Rows    []int
		Edges   int
		Cyclic  bool
		CycleOK bool
	}
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	got, err := chromedp.Run(ctx, chromedp.Evaluate[check](`(async () => {
  const { layout } = await import("/assets/wfgraph.js");
  const mk = (ps) => ps.map((parents, index) => ({ index, name: "n" + index, job: "n" + index, state: "waiting", parents }));
  // 0 and 3 are roots; 2 needs 1 and 0 (a link that skips a layer).
  const l = layout(mk([[], [0], [1, 0], []]));
  const byPos = [...l.units].sort((a, b) => a.inst.index - b.inst.index);
  const c = layout(mk([[1], [0], []]));
  return { Layers: byPos.map((u) => u.layer), Rows: byPos.map((u) => u.row), Edges: l.edges.length,
    Cyclic: c.cyclic, CycleOK: c.units.length === 3 };
})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got.Layers) != "[0 1 2 0]" || fmt.Sprint(got.Rows) != "[0 0 0 1]" || got.Edges != 3 || !got.Cyclic || !got.CycleOK {
		t.Errorf("layout: %+v; want layers [0 1 2 0], rows [0 0 0 1], 3 edges, the cycle laid out", got)
	}

	// 60 in a layer: each drawn; 61: one box.
	p.route("#/workflows/"+edge, "workflow")
	p.until("the graph", workflowShown(edge), 30*time.Second)
	if g := p.eval(`(() => { const g = document.getElementById("wf-graph"); return [g.dataset.nodes, g.dataset.groups, g.dataset.edges].join(" "); })()`); g != "60 1 60" {
		t.Errorf("60 then 61: %s instances, boxes and edges drawn, want 60 1 60", g)
	}

	// 10,000 instances.
	start := time.Now()
	p.eval(fmt.Sprintf(`(location.hash = "#/workflows/" + %q, "")`, huge))
	p.until("the 10,000-instance page", workflowShown(huge), 30*time.Second)
	t.Logf("the 10,000-instance page loaded in %s", time.Since(start).Round(time.Millisecond))
	if g := p.eval(`(() => { const g = document.getElementById("wf-graph"); return [g.dataset.nodes, g.dataset.groups, g.dataset.edges].join(" "); })()`); g != "1 2 2" {
		t.Errorf("10,000 instances: %s instances, boxes and edges drawn, want 1 2 2", g)
	}
	if n, _ := strconv.Atoi(p.eval(`String(document.getElementsByTagName("*").length)`)); n > 2500 {
		t.Errorf("the page of a 10,000-instance workflow holds %d elements", n)
	} else {
		t.Logf("the page of a 10,000-instance workflow holds %d elements", n)
	}
	if box := p.eval(`document.querySelector('#wf-graph g.wf-group[data-job="a"]').textContent`); !strings.Contains(box, "a ×5000") || !strings.Contains(box, "1250 completed") {
		t.Errorf("the box of a says %q", box)
	}
	p.click("the next page of instances", "#wf-instances-next")
	p.until("the second page", `document.getElementById("wf-instances-note").innerText.includes("101–200 of 10000")`, 10*time.Second)
	p.do("choose c's box", chromedp.Click(`#wf-graph g.wf-group[data-job="c"]`))
	p.until("c's instances", `document.getElementById("wf-instances-note").innerText.includes("1–100 of 4999")`, 10*time.Second)
	p.set("#wf-state-filter", "failed")
	p.until("c's failed instances", `[...document.querySelectorAll("#wf-instances tbody tr[data-index]")].every((r) => r.dataset.state === "failed") && document.getElementById("wf-instances-note").innerText.includes("of 1250")`, 10*time.Second)
	p.screenshot("workflow-10000")
}
