#!/usr/bin/env bash
# Regenerates everything derived from SkyopsRegistry.sol:
#   build/SkyopsRegistry.abi, build/SkyopsRegistry.bin  (solc-js, pinned in package-lock.json)
#   build/SkyopsRegistry.sol.sha256                      (the source these were built from)
#   ../ledger/chain/registry_bindings.go                 (abigen, pinned by go.mod's tool line)
# Needs node/npm (first run: npm ci, from the npm registry) and go.
# ledger/chain's TestBuildArtifactsUpToDate fails when these are stale.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if [ ! -d node_modules/solc ]; then
	npm ci --no-audit --no-fund
fi
node compile.js
sha256sum SkyopsRegistry.sol > build/SkyopsRegistry.sol.sha256

cd "$here/.."
go tool abigen \
	--abi contracts/build/SkyopsRegistry.abi \
	--bin contracts/build/SkyopsRegistry.bin \
	--pkg chain --type SkyopsRegistry \
	--out ledger/chain/registry_bindings.go
echo "wrote contracts/build/ and ledger/chain/registry_bindings.go"
