# skyops — build, test, and a local multi-peer network.
#
#   make testnet   build both binaries and start a 5-peer network on loopback
#   make test      vet, build the test tools (geth, kubo), run every test
#   make test-race the packages that run goroutines, under the race detector
#   make tools     build what the tests run besides Go: geth (bin/geth), kubo (bin/ipfs)
#   make arlocal   install arlocal (a local Arweave gateway) into tools/arlocal for deliver's test
#   make ethers-check  install ethers.js into tools/ethers-check for ledger/chain's ERC-20 check
#   make bench     the benchmarks whose figures are in the README

GO          ?= go
BIN         := bin
TESTNET_DIR ?= .testnet
PEERS       ?= 5
# go-nvml's cgo bindings declare NVML functions that NVML itself marks
# deprecated; the warnings are theirs, not ours.
export CGO_CFLAGS ?= -Wno-deprecated-declarations
export CGO_ENABLED := 1

# geth, built from the go-ethereum module go.mod pins (a tool dependency
# there), for the tests that run a real geth --dev node.
GETH := $(BIN)/geth
# kubo (IPFS), built from its own module, tools/kubo (its go.mod pins kubo and
# the upstream go-libp2p it builds against), for the tests that run a real
# IPFS node (testnet/kubo).
IPFS := $(BIN)/ipfs

.PHONY: all build test test-race tools testnet testnet-down bench fuzz vet clean builtins contracts arlocal ethers-check examples

all: build

build:
	@echo "building skyopsd and skyops into $(BIN)/ (the first build takes a few minutes)…"
	$(GO) build -o $(BIN)/skyopsd ./cmd/skyopsd
	$(GO) build -o $(BIN)/skyops ./cmd/skyops

vet:
	$(GO) vet ./...

tools: $(GETH) $(IPFS)

# Rebuilt when go.mod changes (a new pinned go-ethereum).
$(GETH): go.mod go.sum
	@echo "building geth $$($(GO) list -m -f '{{.Version}}' github.com/ethereum/go-ethereum) into $(GETH) for the tests (the first build takes a few minutes)…"
	$(GO) build -o $(GETH) github.com/ethereum/go-ethereum/cmd/geth

# Rebuilt when tools/kubo/go.mod or go.sum changes (a new pinned kubo).
$(IPFS): tools/kubo/go.mod tools/kubo/go.sum
	@echo "building kubo $$(cd tools/kubo && $(GO) list -m -f '{{.Version}}' github.com/ipfs/kubo) into $(IPFS) for the tests (the first build takes many minutes)…"
	cd tools/kubo && $(GO) build -o $(abspath $(IPFS)) github.com/ipfs/kubo/cmd/ipfs

# arlocal, pinned by tools/arlocal/package-lock.json, for the deliver
# package's Arweave end-to-end test (which skips without it, unless
# SKYOPS_REQUIRE_ARLOCAL=1). Needs node and npm; sqlite3 may build from
# source the first time (a few minutes).
ARLOCAL := tools/arlocal/node_modules/.bin/arlocal
arlocal: $(ARLOCAL)
$(ARLOCAL): tools/arlocal/package.json tools/arlocal/package-lock.json
	cd tools/arlocal && npm ci --no-audit --no-fund
	@touch $@

# ethers.js, pinned by tools/ethers-check/package-lock.json, for ledger/chain's
# check that the token and escrow read as standard contracts from outside Go
# (skips without it, unless SKYOPS_REQUIRE_ETHERS=1).
ETHERS := tools/ethers-check/node_modules/ethers/package.json
ethers-check: $(ETHERS)
$(ETHERS): tools/ethers-check/package.json tools/ethers-check/package-lock.json
	cd tools/ethers-check && npm ci --no-audit --no-fund
	@touch $@

test: vet tools
	SKYOPS_GETH=$(abspath $(GETH)) SKYOPS_IPFS=$(abspath $(IPFS)) $(GO) test -count=1 -timeout 20m ./...

# The packages whose code runs goroutines (the daemon, the p2p layer, the
# API server, the content exchange, the runtimes, the ledger and chain, the
# CLI), under -race.
# The testnet package is left out: its process and chaos runs are too slow
# under the race detector, and its in-process nodes are node's code, which
# runs here already.
RACE_PKGS := ./node ./p2p ./api ./web ./content ./exec/... ./ledger/... ./wallet ./cmd/skyops
test-race: tools
	SKYOPS_GETH=$(abspath $(GETH)) SKYOPS_IPFS=$(abspath $(IPFS)) $(GO) test -race -count=1 -timeout 40m $(RACE_PKGS)

# Restarting the testnet is what a developer means by running this twice, so
# a running one in the same dir is stopped first.
testnet: build examples
	@$(BIN)/skyops testnet down --dir $(TESTNET_DIR) >/dev/null 2>&1 || true
	$(BIN)/skyops testnet up --peers $(PEERS) --dir $(TESTNET_DIR)

testnet-down:
	$(BIN)/skyops testnet down --dir $(TESTNET_DIR)

# The example workflow's wasm modules, next to examples/pipeline/pipeline.yaml
# where its wasm: paths point (skyops run examples/pipeline/pipeline.yaml).
PIPELINE_JOBS := prepare train evaluate
examples: $(foreach j,$(PIPELINE_JOBS),examples/pipeline/$(j).wasm)
examples/pipeline/%.wasm: examples/pipeline/%/main.go
	GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0 $(GO) build -o $@ ./examples/pipeline/$*

bench:
	$(GO) test ./testnet -run '^$$' -bench AdvertPropagation16 -benchtime 200x -count 1
	$(GO) test ./testnet -run '^$$' -bench IdleDaemons16 -benchtime 1x -count 1
	$(GO) test ./testnet -run '^$$' -bench Placement16 -benchtime 1x -count 1
	$(GO) test ./sched -run '^$$' -bench Rank -benchtime 2s
	$(GO) test ./sched/sim -run '^$$' -bench 'Sim10k$$' -benchtime 1x
	$(GO) test ./sched/sim -run '^$$' -bench 'Sim1kHostile|Sim10kHostile' -benchtime 1x -timeout 90m
	$(GO) test ./exec/wasm -run '^$$' -bench RunVsWazero -count 3
	$(GO) test ./testnet -run '^$$' -bench LogFollow -benchtime 3x
	$(GO) test ./ledger/chain -run '^$$' -bench AnchorGas -benchtime 1x
	$(GO) test ./types -run '^$$' -bench Receipt -count 3
	$(GO) test ./testnet -run '^$$' -bench VerifyLatency -benchtime 50x
	$(GO) test ./testnet -run '^$$' -bench ExecutorLoss -benchtime 8x -timeout 30m
	$(GO) test ./testnet -run '^$$' -bench 'Workflow$$' -benchtime 5x

# A short run of every fuzzer; FUZZTIME=10m for a real one.
FUZZTIME ?= 20s
fuzz:
	$(GO) test ./types -run '^$$' -fuzz FuzzOpenAdvert -fuzztime $(FUZZTIME)
	$(GO) test ./p2p -run '^$$' -fuzz FuzzAdvertValidator -fuzztime $(FUZZTIME)
	$(GO) test ./exec/gpu -run '^$$' -fuzz FuzzParseFleet -fuzztime $(FUZZTIME)
	$(GO) test ./types -run '^$$' -fuzz FuzzOpenJobEvent -fuzztime $(FUZZTIME)
	$(GO) test ./exec/wasm -run '^$$' -fuzz FuzzValidate -fuzztime $(FUZZTIME)
	$(GO) test ./exec/result -run '^$$' -fuzz FuzzUnpack -fuzztime $(FUZZTIME)
	$(GO) test ./exec/progress -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME)
	$(GO) test ./types -run '^$$' -fuzz FuzzOpenReceipt -fuzztime $(FUZZTIME)
	$(GO) test ./types -run '^$$' -fuzz FuzzOpenStream -fuzztime $(FUZZTIME)
	$(GO) test ./node -run '^$$' -fuzz FuzzSyncRequest -fuzztime $(FUZZTIME)
	$(GO) test ./api -run '^$$' -fuzz FuzzParseSubmit -fuzztime $(FUZZTIME)
	$(GO) test ./api -run '^$$' -fuzz FuzzParseWorkflowSubmit -fuzztime $(FUZZTIME)
	$(GO) test ./workflow -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME)
	$(GO) test ./deliver -run '^$$' -fuzz '^FuzzParseJWK$$' -fuzztime $(FUZZTIME)
	$(GO) test ./deliver -run '^$$' -fuzz '^FuzzParseTarget$$' -fuzztime $(FUZZTIME)
	$(GO) test ./deliver -run '^$$' -fuzz '^FuzzDeliveryValidate$$' -fuzztime $(FUZZTIME)

clean:
	rm -rf $(BIN)

# The demo module shipped inside skyops (models/builtin), rebuilt from
# examples/demo-train. A test fails when it is stale.
builtins:
	GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0 $(GO) build -trimpath -ldflags "-s -w" -o $(BIN)/demo-train.wasm ./examples/demo-train
	gzip -9 -n -c $(BIN)/demo-train.wasm > models/builtin/demo-train.wasm.gz

# The registry contract's build (solc-js, pinned in contracts/package-lock.json)
# and its Go bindings (abigen, pinned by go.mod). Needs node and npm. A test
# fails when the checked-in build is stale, so CI needs neither.
contracts:
	contracts/build.sh
