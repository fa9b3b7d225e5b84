// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title SkyopsRegistry
/// @notice Anchors the Merkle roots of skyops execution-receipt batches,
///         verifies a receipt against an anchored root, and holds the bonds
///         that make a node id placeable where a network requires one.
/// @dev A daemon batches the receipts it signed into a Merkle tree (see
///      ledger/merkle) and calls anchor(root, count) once per batch. Anyone
///      holding a receipt, its signature and its inclusion proof can then check
///      it with verifyAnchoredReceipt, on chain or with an eth_call.
///
///      Digest of a receipt (must equal types.SigningHash in Go):
///        keccak256("\x19skyops signed object v1\n" ‖ network ‖ 0x00 ‖ 0x03 ‖ keccak256(body))
///      Leaf = keccak256(digest); inner node = keccak256(min(a,b) ‖ max(a,b)).
///
///      Bonds: a node bonds its own id, from its own key (the daemon's one
///      secp256k1 key is both its libp2p peer id and its Ethereum address),
///      so nobody can bond, unbond or block another node's id. The id is the
///      libp2p peer id's bytes, which this contract derives from the key
///      (nodeIdOf). A bond of at least minBond counts until its bonder
///      unbonds; then it can be withdrawn unbondDelay blocks later.
contract SkyopsRegistry {
    /// @notice Emitted once per anchored batch.
    event Anchored(address indexed submitter, bytes32 indexed root, uint64 count);

    /// @dev submitter => root => block number it was anchored in (0 = never).
    ///      The only storage: one SSTORE per anchor. The count lives in the event.
    mapping(address => mapping(bytes32 => uint256)) private _anchoredAt;

    /// @dev The kind byte of an execution receipt (types.KindReceipt).
    uint8 private constant KIND_RECEIPT = 3;

    /// @dev secp256k1n / 2: signatures with a larger s are the malleable twin
    ///      of a low-s one and are rejected, as in Go.
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// @notice Emitted when a node's bond is posted.
    event NodeBonded(bytes nodeId, address indexed bonder, uint256 amount);
    /// @notice Emitted when a bond stops counting; it can be withdrawn from block withdrawableAt.
    event NodeUnbonding(bytes nodeId, address indexed bonder, uint256 withdrawableAt);
    /// @notice Emitted when an unbonded bond is paid back.
    event BondWithdrawn(bytes nodeId, address indexed bonder, uint256 amount);

    /// @notice The least a bond must be, in wei.
    uint256 public immutable minBond;
    /// @notice Blocks between unbond and withdraw.
    uint256 public immutable unbondDelay;
    /// @notice Bumped on every change of the bonded set: a reader re-reads
    ///         the set only when it changed.
    uint256 public bondsVersion;

    struct Bond {
        address bonder;
        uint64 withdrawableAt; // 0 while the bond counts
        uint256 amount;
    }

    /// @dev keccak256(nodeId) => its bond (amount 0: none).
    mapping(bytes32 => Bond) private _bonds;
    /// @dev The ids whose bond counts, unordered.
    bytes[] private _bonded;
    /// @dev keccak256(nodeId) => its position in _bonded, plus one (0: not in it).
    mapping(bytes32 => uint256) private _bondedIndex;

    constructor(uint256 minBond_, uint256 unbondDelay_) {
        require(minBond_ != 0, "SkyopsRegistry: zero minimum bond");
        require(unbondDelay_ <= type(uint32).max, "SkyopsRegistry: unbond delay too long");
        minBond = minBond_;
        unbondDelay = unbondDelay_;
    }

    /// @notice Records that msg.sender anchored root, a tree of count receipts.
    function anchor(bytes32 root, uint64 count) external {
        require(root != bytes32(0), "SkyopsRegistry: zero root");
        require(count != 0, "SkyopsRegistry: zero count");
        require(_anchoredAt[msg.sender][root] == 0, "SkyopsRegistry: root already anchored by this submitter");
        _anchoredAt[msg.sender][root] = block.number;
        emit Anchored(msg.sender, root, count);
    }

    /// @notice The block in which submitter anchored root; 0 if it never did.
    function anchoredAt(address submitter, bytes32 root) external view returns (uint256 blockNumber) {
        return _anchoredAt[submitter][root];
    }

    /// @notice Whether proof (sibling hashes, sorted-pair hashing) proves leaf
    ///         is in the tree whose root is root.
    function verifyInclusion(bytes32 leaf, bytes32[] calldata proof, bytes32 root) public pure returns (bool) {
        bytes32 node = leaf;
        for (uint256 i = 0; i < proof.length; ++i) {
            node = _hashPair(node, proof[i]);
        }
        return node == root;
    }

    /// @notice The signing digest of a receipt whose body hashes to bodyHash on network.
    function receiptDigest(string calldata network, bytes32 bodyHash) public pure returns (bytes32) {
        return keccak256(abi.encodePacked("\x19skyops signed object v1\n", network, uint8(0), KIND_RECEIPT, bodyHash));
    }

    /// @notice Whether sig (65 bytes, r ‖ s ‖ v, v in {0,1,27,28}, low s) is
    ///         executor's signature of the receipt.
    function verifyReceipt(string calldata network, bytes32 bodyHash, bytes calldata sig, address executor)
        public
        pure
        returns (bool)
    {
        if (sig.length != 65 || executor == address(0)) {
            return false;
        }
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v < 27) {
            v += 27;
        }
        if ((v != 27 && v != 28) || uint256(s) > HALF_N) {
            return false;
        }
        address signer = ecrecover(receiptDigest(network, bodyHash), v, r, s);
        return signer != address(0) && signer == executor;
    }

    /// @notice Whether the receipt is signed by executor, is in the tree with
    ///         root, and submitter anchored that root here.
    function verifyAnchoredReceipt(
        string calldata network,
        bytes32 bodyHash,
        bytes calldata sig,
        address executor,
        bytes32[] calldata proof,
        bytes32 root,
        address submitter
    ) external view returns (bool) {
        if (_anchoredAt[submitter][root] == 0) {
            return false;
        }
        if (!verifyReceipt(network, bodyHash, sig, executor)) {
            return false;
        }
        bytes32 leaf = keccak256(abi.encodePacked(receiptDigest(network, bodyHash)));
        return verifyInclusion(leaf, proof, root);
    }

    function _hashPair(bytes32 a, bytes32 b) private pure returns (bytes32 h) {
        if (a > b) {
            (a, b) = (b, a);
        }
        assembly ("memory-safe") {
            mstore(0x00, a)
            mstore(0x20, b)
            h := keccak256(0x00, 0x40)
        }
    }

    // ---- Node bonds ----

    /// @notice The libp2p peer id (its bytes) of the secp256k1 key whose
    ///         uncompressed public key, without the 0x04 prefix, is pubkey
    ///         (x ‖ y, 64 bytes): the identity multihash of the protobuf
    ///         PublicKey {Type: Secp256k1, Data: compressed key}.
    function nodeIdOf(bytes calldata pubkey) public pure returns (bytes memory) {
        require(pubkey.length == 64, "SkyopsRegistry: public key must be 64 bytes (x || y)");
        bytes1 prefix = (uint8(pubkey[63]) & 1) == 1 ? bytes1(0x03) : bytes1(0x02);
        return abi.encodePacked(hex"002508021221", prefix, pubkey[0:32]);
    }

    /// @notice Bonds the node id of msg.sender's own key with msg.value
    ///         (at least minBond). pubkey is that key's public key (see
    ///         nodeIdOf); its address must be msg.sender.
    function bondNode(bytes calldata pubkey) external payable returns (bytes memory nodeId) {
        nodeId = nodeIdOf(pubkey);
        require(address(uint160(uint256(keccak256(pubkey)))) == msg.sender, "SkyopsRegistry: the public key is not the sender's");
        require(msg.value >= minBond, "SkyopsRegistry: bond below the minimum");
        bytes32 k = keccak256(nodeId);
        Bond storage b = _bonds[k];
        if (b.amount != 0) {
            revert(b.withdrawableAt == 0 ? "SkyopsRegistry: node already bonded" : "SkyopsRegistry: node unbonding: withdraw first");
        }
        b.bonder = msg.sender;
        b.amount = msg.value;
        _bonded.push(nodeId);
        _bondedIndex[k] = _bonded.length;
        ++bondsVersion;
        emit NodeBonded(nodeId, msg.sender, msg.value);
    }

    /// @notice The node's bond in wei, 0 if it has none that counts (none, or unbonding).
    function bondOf(bytes calldata nodeId) external view returns (uint256) {
        Bond storage b = _bonds[keccak256(nodeId)];
        return b.withdrawableAt == 0 ? b.amount : 0;
    }

    /// @notice Everything about the node's bond: who posted it, how much,
    ///         and the block it can be withdrawn from (0 while it counts).
    function bondInfo(bytes calldata nodeId) external view returns (address bonder, uint256 amount, uint256 withdrawableAt) {
        Bond storage b = _bonds[keccak256(nodeId)];
        return (b.bonder, b.amount, b.withdrawableAt);
    }

    /// @notice How many node ids hold a bond that counts.
    function bondedCount() external view returns (uint256) {
        return _bonded.length;
    }

    /// @notice The i-th bonded node id (in no particular order; the order
    ///         changes as nodes unbond).
    function bondedAt(uint256 i) external view returns (bytes memory) {
        return _bonded[i];
    }

    /// @notice Up to max bonded node ids from position start on.
    function bondedPage(uint256 start, uint256 max) external view returns (bytes[] memory ids) {
        uint256 n = _bonded.length;
        if (start >= n) {
            return new bytes[](0);
        }
        if (max > n - start) {
            max = n - start;
        }
        ids = new bytes[](max);
        for (uint256 i = 0; i < max; ++i) {
            ids[i] = _bonded[start + i];
        }
    }

    /// @notice Stops the node's bond counting (by its bonder only); it can
    ///         be withdrawn unbondDelay blocks later.
    function unbond(bytes calldata nodeId) external {
        bytes32 k = keccak256(nodeId);
        Bond storage b = _bonds[k];
        require(b.amount != 0 && b.withdrawableAt == 0, "SkyopsRegistry: node not bonded");
        require(b.bonder == msg.sender, "SkyopsRegistry: not the bonder");
        uint256 at = block.number + unbondDelay;
        b.withdrawableAt = uint64(at);
        uint256 i = _bondedIndex[k] - 1;
        uint256 last = _bonded.length - 1;
        if (i != last) {
            bytes memory moved = _bonded[last];
            _bonded[i] = moved;
            _bondedIndex[keccak256(moved)] = i + 1;
        }
        _bonded.pop();
        delete _bondedIndex[k];
        ++bondsVersion;
        emit NodeUnbonding(nodeId, msg.sender, at);
    }

    /// @notice Pays an unbonded bond back to its bonder, once the delay has passed.
    function withdraw(bytes calldata nodeId) external {
        bytes32 k = keccak256(nodeId);
        Bond storage b = _bonds[k];
        require(b.withdrawableAt != 0, "SkyopsRegistry: node not unbonding");
        require(b.bonder == msg.sender, "SkyopsRegistry: not the bonder");
        require(block.number >= b.withdrawableAt, "SkyopsRegistry: still in the unbonding delay");
        uint256 amount = b.amount;
        delete _bonds[k];
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "SkyopsRegistry: payment failed");
        emit BondWithdrawn(nodeId, msg.sender, amount);
    }
}
