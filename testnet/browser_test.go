package testnet

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/models"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// artifactsDir is where the browser tests leave their screenshots:
// $SKYOPS_ARTIFACTS/browser, or artifacts/browser at the repository root.
func artifactsDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("SKYOPS_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "artifacts")
	}
	dir = filepath.Join(dir, "browser")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// tab drives one browser tab against one daemon's dashboard.
type tab struct {
	t     testing.TB
	ctx   context.Context
	shots string
}

func (p *tab) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 90*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.t.Fatalf("%s: %v", what, err)
	}
}

// until waits for a JavaScript predicate to hold on the page.
func (p *tab) until(what, js string, timeout time.Duration) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, timeout+5*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(timeout))); err != nil {
		p.t.Fatalf("waiting for %s (%s): %v; the page says: %s", what, js, err, p.text("#app"))
	}
}

func (p *tab) eval(js string) string {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	if err != nil {
		p.t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

func (p *tab) text(sel string) string {
	ctx, cancel := context.WithTimeout(p.ctx, 5*time.Second)
	defer cancel()
	v, _ := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`(document.querySelector(%q) || {}).innerText || ""`, sel)))
	return v
}

// newTab opens a tab in a browser context of its own (its own cookies:
// another user). Its first action runs without a deadline, which would
// otherwise end the tab with it.
func newTab(t testing.TB, browser context.Context) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	// The page's console and uncaught errors go to the test log.
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, string(a.Value))
			}
			t.Logf("page console.%s: %s", e.Type, strings.Join(parts, " "))
		case *runtime.EventExceptionThrown:
			t.Logf("page exception: %s", e.ExceptionDetails.Text)
		}
	}); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// click presses a button as a user would (the element's click(), which
// also runs where a layout shift would make a mouse click miss).
func (p *tab) click(what, sel string) {
	p.t.Helper()
	p.until(what+": "+sel+" on the page", fmt.Sprintf(`(() => { const e = document.querySelector(%q); return !!e && !e.disabled; })()`, sel), 30*time.Second)
	p.eval(fmt.Sprintf(`(document.querySelector(%q).click(), "")`, sel))
}

// set gives a form field a value as typing would (input and change fire).
func (p *tab) set(sel, value string) {
	p.t.Helper()
	p.eval(fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.value = %q; e.dispatchEvent(new Event("input", {bubbles: true})); e.dispatchEvent(new Event("change", {bubbles: true})); return ""; })()`, sel, value))
}

// route opens a hash route and waits until its page says it is loaded.
func (p *tab) route(hash, name string) {
	p.t.Helper()
	p.eval(fmt.Sprintf(`(location.hash = %q, "")`, hash))
	p.until("page "+name, fmt.Sprintf(`(() => { const a = document.getElementById("app"); return a && a.dataset.page === %q && a.dataset.ready === "true"; })()`, name), 30*time.Second)
}

func (p *tab) screenshot(name string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(p.shots, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
	p.t.Logf("screenshot %s", path)
}

// noOverflow checks that nothing on the page is wider than the viewport.
func (p *tab) noOverflow(name string) {
	p.t.Helper()
	w := p.eval(`String(document.documentElement.scrollWidth) + " " + String(window.innerWidth)`)
	var sw, iw int
	fmt.Sscan(w, &sw, &iw)
	if sw > iw {
		p.t.Errorf("%s: the page is %d px wide in a %d-px viewport (it scrolls sideways)", name, sw, iw)
	}
}

// The dashboard in a real browser against a running testnet: every page
// loads, a job is submitted through the form and signed by the page's
// wallet (an EIP-1193 provider backed by a test key), its progress and
// telemetry chart move while it runs, its logs open for the owner and not
// for another wallet, its receipt verifies in the explorer, another job is
// cancelled from its page, a declined signature submits nothing, and the
// pages fit a 390-px-wide phone screen.
func TestDashboardInABrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons, a dev chain and a browser")
	}
	browser := startBrowser(t, 1280, 900)
	module := demoModule(t)
	moduleFile := filepath.Join(t.TempDir(), "demo.wasm")
	if err := os.WriteFile(moduleFile, module, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "web", Chain: true,
		Fleets:  []string{"H100:2", "H100:2", "none"},
		Options: func(int) []node.Option { return []node.Option{node.HTTP("127.0.0.1:0")} }})
	home := api.NewClient(c.Nodes[0].SocketPath())
	info, err := home.Web(ctx)
	if err != nil {
		t.Fatalf("the daemon's dashboard link: %v", err)
	}
	shots := artifactsDir(t)

	// Someone who has not logged in sees the way in, and no data.
	anon := newTab(t, browser)
	ap := &tab{t: t, ctx: anon, shots: shots}
	ap.do("open the dashboard without the token", chromedp.Navigate(info.URL))
	body := ap.eval(`document.body ? document.body.innerText : ""`)
	if !strings.Contains(body, "skyops dashboard --print") {
		t.Fatalf("a browser without the token is shown %q, not the way in", body)
	}
	if ap.eval(`String(document.querySelectorAll("#nodes-table").length)`) != "0" {
		t.Fatal("a browser without the token sees the dashboard")
	}
	ap.screenshot("no-token")

	// Page after page loaded in full, as a user reloading or following
	// links does: each loads and answers. (Pages kept in the back/forward
	// cache once held their event streams open, until the browser had no
	// connection left to the daemon and a page's requests never went out.)
	rl := &tab{t: t, ctx: newTab(t, browser)}
	rl.do("log in", chromedp.Navigate(info.Login))
	base := strings.TrimSuffix(info.URL, "/")
	for i := range 30 {
		rl.do("reload", chromedp.Navigate(fmt.Sprintf("%s/?load=%d#/jobs?all=1", base, i)))
		rl.until(fmt.Sprintf("full load %d of the jobs page", i+1), `(() => { const a = document.getElementById("app"); return a.dataset.page === "jobs" && a.dataset.ready === "true" && !!(document.getElementById("jobs-table") || document.getElementById("jobs-empty")); })()`, 15*time.Second)
	}

	key, _ := crypto.GenerateKey()
	w := &browserWallet{key: key}
	owner := strings.ToLower(w.address().Hex())
	tctx := newTab(t, browser)
	if err := w.install(tctx); err != nil {
		t.Fatal(err)
	}
	p := &tab{t: t, ctx: tctx, shots: shots}
	p.do("log in", chromedp.Navigate(info.Login))
	p.route("#/network", "network")
	p.until("all three nodes", `document.querySelectorAll("#nodes-table tbody tr[data-node-id]").length === 3`, 30*time.Second)
	if p.eval(`String(document.querySelectorAll('#nodes-table tbody tr[data-simulated="true"]').length)`) != "2" {
		t.Errorf("the network page does not label the two simulated GPU nodes: %s", p.text("#nodes-table"))
	}
	p.screenshot("network")

	p.click("connect the wallet", "#wallet-button")
	p.until("the connected wallet", fmt.Sprintf(`document.getElementById("wallet-address").dataset.address === %q`, owner), 30*time.Second)

	// A declined signature submits nothing.
	before, err := home.Jobs(ctx, api.JobQuery{})
	if err != nil {
		t.Fatal(err)
	}
	// template "": upload the module; else the template's builtin
	// program, which the daemon's draft supplies.
	submitForm := func(template, args string) {
		p.route("#/submit", "submit")
		if template != "" {
			p.set("#submit-template", template)
		}
		p.set("#submit-runtime", "wasm")
		if template == "" {
			p.do("choose the module", chromedp.SetUploadFiles("#submit-artifact", []string{moduleFile}))
		} else {
			p.eval(`(document.getElementById("submit-artifact").value = "", "")`) // no upload left from before
		}
		p.set("#submit-args", strings.ReplaceAll(args, " ", "\n")) // one argument per line
		p.set("#submit-gpu-model", "H100")
		p.set("#submit-gpu-count", "1")
		p.set("#submit-ram", "1")       // GiB
		p.set("#submit-duration", "10") // minutes
		p.click("submit", "#submit-button")
	}
	w.Reject.Store(true)
	submitForm("", "--epochs 1 --steps 1")
	p.until("the form saying the signature was declined", `document.getElementById("submit-status").dataset.state === "rejected"`, 30*time.Second)
	w.Reject.Store(false)
	if after, _ := home.Jobs(ctx, api.JobQuery{}); len(after) != len(before) {
		t.Fatalf("a declined signature submitted a job: %d jobs, were %d", len(after), len(before))
	}

	// Submitted through the form from a model template (no upload): ~15 s
	// of steps, on a simulated H100.
	submitForm("cpu-demo", "--epochs 3 --steps 10 --sleep-ms 500 --model web")
	// Once submitted, the page goes to the job's page.
	p.until("the submit to go through", `location.hash.startsWith("#/jobs/0x")`, 60*time.Second)
	id := p.eval(`decodeURIComponent(location.hash.slice("#/jobs/".length))`)
	j, err := home.Job(ctx, id)
	if err != nil {
		t.Fatalf("the job the form submitted (%q): %v", id, err)
	}
	if !strings.EqualFold(j.Owner, owner) {
		t.Fatalf("the form's job is owned by %s, want the wallet %s", j.Owner, owner)
	}
	if builtin, err := models.Builtin("demo-train"); err != nil || j.Spec.Model != "cpu-demo" || j.Spec.Artifact != result.CIDOf(builtin) {
		t.Fatalf("the form's job from the cpu-demo template: spec %+v (%v); want model cpu-demo running the builtin demo-train", j.Spec, err)
	}

	p.until("the job page", `document.getElementById("app").dataset.page === "job" && document.getElementById("app").dataset.ready === "true"`, 30*time.Second)
	p.until("the job to run", `document.getElementById("job-state").dataset.state === "running"`, 90*time.Second)
	// The progress bar and the chart move with the run, from the event
	// stream (the page is not reloaded).
	p.eval(`(window.__loads = performance.getEntriesByType("navigation").length, "")`)
	first := p.eval(`document.getElementById("job-progress").dataset.progress || ""`)
	p.until("the progress bar to move", fmt.Sprintf(`(() => { const v = document.getElementById("job-progress").dataset.progress || ""; return v !== "" && v !== %q && Number(v) > 0 && Number(v) < 1; })()`, first), 60*time.Second)
	pts := p.eval(`document.getElementById("chart-util").dataset.points || "0"`)
	p.until("the telemetry chart to grow", fmt.Sprintf(`Number(document.getElementById("chart-util").dataset.points || 0) > %s`, pts), 30*time.Second)
	if p.eval(`document.getElementById("chart-util").dataset.simulated || ""`) != "true" {
		t.Error("the telemetry chart of a simulated GPU is not labelled simulated")
	}
	p.screenshot("job-running")
	// The page opens the owner's logs by itself once it holds the
	// wallet's results signature (it does since the submit); otherwise
	// the button does.
	if p.text("#logs-button") == "Show logs" {
		p.click("open the logs", "#logs-button")
	}
	// Live: the log so far shows while the job still runs.
	p.until("the owner's live logs", `document.getElementById("job-logs").innerText.includes("epoch") && document.getElementById("job-state").dataset.state === "running"`, 60*time.Second)
	p.until("the job to finish", `document.getElementById("job-state").dataset.state === "completed"`, 120*time.Second)
	if p.eval(`String(performance.getEntriesByType("navigation").length === window.__loads)`) != "true" {
		t.Error("the job page reloaded to show the run")
	}
	p.screenshot("job-completed")

	// Another wallet is refused the logs.
	k2, _ := crypto.GenerateKey()
	w2 := &browserWallet{key: k2}
	tctx2 := newTab(t, browser)
	if err := w2.install(tctx2); err != nil {
		t.Fatal(err)
	}
	p2 := &tab{t: t, ctx: tctx2, shots: shots}
	p2.do("log in as another user", chromedp.Navigate(info.Login))
	p2.route("#/network", "network")
	p2.click("connect the other wallet", "#wallet-button")
	p2.until("the other wallet", fmt.Sprintf(`document.getElementById("wallet-address").dataset.address === %q`, strings.ToLower(w2.address().Hex())), 30*time.Second)
	p2.route("#/jobs/"+id, "job")
	p2.click("ask for the logs", "#logs-button")
	p2.until("the refusal", `document.getElementById("logs-status").classList.contains("text-error")`, 30*time.Second)
	if logs := p2.text("#job-logs"); strings.Contains(logs, "epoch") {
		t.Fatalf("another wallet read the owner's logs: %q", logs)
	}
	if msg := p2.text("#logs-status"); !strings.Contains(msg, "owner") {
		t.Errorf("another wallet is told %q, not that the logs are the owner's", msg)
	}

	// The receipt, anchored, verifies in the explorer.
	p.route("#/explorer/"+id, "explorer")
	p.until("the receipt", `document.querySelectorAll("#receipts-table tbody tr[data-attempt]").length > 0`, 60*time.Second)
	deadline := time.Now().Add(2 * time.Minute)
	for {
		p.click("verify", "#verify-button")
		p.until("a verdict", `document.getElementById("verify-result").dataset.valid !== undefined`, 30*time.Second)
		if p.eval(`document.getElementById("verify-result").dataset.valid`) == "true" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the receipt never verified in the explorer: %s", p.text("#verify-result"))
		}
		time.Sleep(time.Second) // the batch is not anchored yet
	}
	p.screenshot("explorer")

	// Another job, cancelled from its page: submitted with the CLI's path
	// (signed in Go), cancelled by the wallet in the page.
	long := signedJob(t, "web", c.Nodes[0].ID(), types.KeySigner{Key: key}, module, "H100", 1, "--epochs", "1", "--steps", "600", "--sleep-ms", "500")
	resp, err := home.Submit(ctx, long)
	if err != nil {
		t.Fatal(err)
	}
	p.route("#/jobs/"+resp.ID, "job")
	p.until("the long job to run", `document.getElementById("job-state").dataset.state === "running"`, 90*time.Second)
	p.click("cancel", "#cancel-button")
	p.until("the cancel", `document.getElementById("job-state").dataset.state === "cancelled"`, 60*time.Second)
	if j, err := home.Job(ctx, resp.ID); err != nil || j.State != "cancelled" {
		t.Fatalf("after the page's cancel the daemon says %v %v", j, err)
	}

	// Jobs list, paginated, mine by default.
	p.route("#/jobs", "jobs")
	p.until("my jobs", `document.querySelectorAll("#jobs-table tbody tr[data-job-id]").length === 2`, 30*time.Second)
	p.screenshot("jobs")

	// A phone: every page fits 390 px.
	for _, r := range []struct{ hash, name string }{
		{"#/network", "network"}, {"#/jobs", "jobs"}, {"#/jobs/" + id, "job"}, {"#/explorer/" + id, "explorer"}, {"#/submit", "submit"},
	} {
		p.do("a 390-px viewport", chromedp.EmulateViewport(390, 844))
		p.route(r.hash, r.name)
		p.noOverflow(r.name + " at 390 px")
		p.screenshot(r.name + "-390")
	}
}
