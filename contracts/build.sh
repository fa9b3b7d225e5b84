#!/usr/bin/env bash
# Regenerates everything derived from the contracts (SkyopsRegistry,
# SkyopsToken, SkyopsEscrow, SkyopsParams, SkyopsTimelock):
#   build/<Name>.abi, build/<Name>.bin  (solc-js and OpenZeppelin's contracts, pinned in package-lock.json)
#   build/<Name>.sol.sha256             (the source these were built from)
#   build/EscrowAccounts.sol.sha256     (SkyopsEscrow's abstract base: no .abi or .bin of its own)
#   ../ledger/chain/<name>_bindings.go  (abigen, pinned by go.mod's tool line)
#   test/ReentrantOwner.sol: a hostile owner for ledger/chain's tests (bindings in a _test.go file)
# Needs node/npm (first run: npm ci, from the npm registry) and go.
# ledger/chain's TestBuildArtifactsUpToDate fails when these are stale.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if [ ! -d node_modules/solc ] || [ ! -d node_modules/@openzeppelin/contracts ]; then
	npm ci --no-audit --no-fund
fi
node compile.js
for name in SkyopsRegistry SkyopsToken SkyopsEscrow SkyopsParams SkyopsTimelock EscrowAccounts; do
	sha256sum "$name.sol" > "build/$name.sol.sha256"
done
sha256sum test/ReentrantOwner.sol > build/test/ReentrantOwner.sol.sha256

cd "$here/.."
bind() { # contract, output file
	go tool abigen \
		--abi "contracts/build/$1.abi" \
		--bin "contracts/build/$1.bin" \
		--pkg chain --type "$1" \
		--out "ledger/chain/$2"
}
bind SkyopsRegistry registry_bindings.go
bind SkyopsToken token_bindings.go
bind SkyopsEscrow escrow_bindings.go
bind SkyopsParams params_bindings.go
bind SkyopsTimelock timelock_bindings.go
# A hostile owner only tests deploy: its bindings are a _test.go file.
go tool abigen \
	--abi contracts/build/test/ReentrantOwner.abi \
	--bin contracts/build/test/ReentrantOwner.bin \
	--pkg chain --type ReentrantOwner \
	--out ledger/chain/reentrant_bindings_test.go
echo "wrote contracts/build/ and ledger/chain/*_bindings.go"
