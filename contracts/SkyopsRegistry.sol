// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title SkyopsRegistry
/// @notice Anchors the Merkle roots of skyops execution-receipt batches and
///         verifies a receipt against an anchored root.
/// @dev A daemon batches the receipts it signed into a Merkle tree (see
///      ledger/merkle) and calls anchor(root, count) once per batch. Anyone
///      holding a receipt, its signature and its inclusion proof can then check
///      it with verifyAnchoredReceipt, on chain or with an eth_call.
///
///      Digest of a receipt (must equal types.SigningHash in Go):
///        keccak256("\x19skyops signed object v1\n" ‖ network ‖ 0x00 ‖ 0x03 ‖ keccak256(body))
///      Leaf = keccak256(digest); inner node = keccak256(min(a,b) ‖ max(a,b)).
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
}
