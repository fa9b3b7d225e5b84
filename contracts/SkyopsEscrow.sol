// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {EscrowAccounts} from "./EscrowAccounts.sol";

/// @dev The registry's one view the escrow reads.
interface IAnchors {
    function anchoredAt(address submitter, bytes32 root) external view returns (uint256);
    function verifyInclusion(bytes32 leaf, bytes32[] calldata proof, bytes32 root) external pure returns (bool);
}

/// @title SkyopsEscrow
/// @notice Holds what job owners deposit to pay for work, in ETH or in
///         $SKYOPS, per owner and token, and pays executors from it for
///         their anchored receipts.
/// @dev The owners' accounts (deposits, the delayed withdrawals, the
///      balances) are EscrowAccounts'. Every refusal is a custom error a
///      client can name to a person.
///
///      Redemption (docs/payments.md): an executor claims per-owner totals
///      for a batch of receipts it anchored, committing to a payments tree
///      whose leaves it publishes off chain; anyone may prove a fraud in a
///      leaf, or between two adjacent leaves, during disputeWindow blocks,
///      which voids the claim; after the window anyone finalizes it and the
///      totals move from the owners' accounts to the executor's.
contract SkyopsEscrow is EscrowAccounts {
    /// @notice The SkyopsRegistry whose anchored receipts this escrow pays
    ///         from: a network's daemons need only this contract's address.
    address public immutable registry;
    /// @notice The SkyopsParams of this network: the governed placement
    ///         parameters every daemon applies (named here so that one
    ///         address, this contract's, finds all of the network's).
    address public immutable params;
    /// @notice Blocks a claim waits for disputes before it can be finalized;
    ///         also the blocks an executor has to answer a challenge.
    uint256 public immutable disputeWindow;
    /// @notice The ETH a challenge holds: the executor's if it answers, the
    ///         challenger's back if it does not.
    uint256 public immutable challengeBond;
    /// @notice The EIP-712 domain separator and type hash of the job specs
    ///         owners sign (types.JobSpec), and the positions of its
    ///         priceCapWei and paymentToken fields (paymentToken: NO_FIELD
    ///         while the type has none).
    bytes32 public immutable specDomainSeparator;
    bytes32 public immutable specTypeHash;
    uint256 public immutable specPriceCapField;
    uint256 public immutable specTokenField;
    uint256 public constant NO_FIELD = type(uint256).max;
    /// @notice The EIP-712 type hash of the workflows owners sign
    ///         (types.SignedWorkflow), in the job specs' domain:
    ///         Workflow(string network,string home,uint64 nonce,uint64 createdAt,
    ///         string name,uint256 priceCapWei,string paymentToken,string resultsKey,
    ///         uint32 instances,string file,string bases). Every try of every
    ///         instance is a job of its own, with no signature of its own.
    bytes32 public immutable workflowTypeHash;
    /// @notice The workflow type's encoded fields, and the positions of its
    ///         priceCapWei, paymentToken and instances among them.
    uint256 public constant WORKFLOW_WORDS = 11;
    uint256 public constant WORKFLOW_CAP_WORD = 5;
    uint256 public constant WORKFLOW_TOKEN_WORD = 6;
    uint256 public constant WORKFLOW_INSTANCES_WORD = 8;

    /// @dev A claim's life: Pending until finalized (Paid) or disproved (Voided).
    enum ClaimState {
        None,
        Pending,
        Paid,
        Voided
    }

    /// @dev One storage slot and two roots per claim; no per-receipt storage.
    struct Claim {
        address executor;
        uint48 readyAt; // first block finalize may run in
        uint40 count; // leaves in the payments tree
        ClaimState state;
        bytes32 paymentsRoot;
        bytes32 owedHash; // keccak256(abi.encode(owed))
    }

    /// @notice What one owner owes in one token for a claim's batch.
    struct Owed {
        address owner;
        address token;
        uint256 amount;
    }

    /// @notice A payments-tree leaf. Every field is a full word so that any
    ///         leaf an executor committed to can be passed here, however
    ///         malformed; an out-of-range field is itself a fraud.
    struct Leaf {
        uint256 index; // position in the tree
        bytes32 job;
        uint256 attempt; // uint32
        uint256 owner; // address
        uint256 token; // address; 0 = ETH
        uint256 priceWei; // per GPU-hour, uint128
        uint256 billedMs; // uint64: GPU-ms for a GPU run, core-ms for a CPU-only one
        uint256 costWei; // billedMs * priceWei / 3_600_000
        uint256 cumulativeWei; // running sum of costWei within the (owner, token) run
        uint256 run; // index of the leaf's (owner, token) entry in owed
        bytes32 receiptDigest; // the signed receipt this leaf pays for
    }

    /// @notice The kinds of fraud a dispute proves (in the Voided event).
    enum Fraud {
        Malformed, // a field out of range, or index >= count
        Cost, // costWei != billedMs * priceWei / 3_600_000
        FirstLeaf, // leaf 0 not in run 0, or its cumulative != its cost
        Owner, // a leaf's (owner, token) is not its owed entry's
        Total, // a run's last cumulative != its owed amount (or the last leaf is not in the last run)
        RunningSum, // cumulative broken between adjacent leaves
        Order, // adjacent leaves not strictly increasing, or runs skipped
        Duplicate, // the same (job, attempt) twice, in this claim or an earlier one
        Unanswered // a challenged leaf not shown to be owner-signed work in time
    }

    /// @notice An executor's answer to a challenge of a leaf: the receipt's
    ///         inclusion in the anchored root, and the owner's signed spec
    ///         whose EIP-712 digest is the leaf's job (its encoded fields,
    ///         after the type hash, one word each), or for answerWorkflow
    ///         the owner's signed workflow of which the leaf's job is a try.
    struct Answer {
        bytes32 anchorRoot;
        bytes32[] receiptProof;
        bytes32[] specWords;
        bytes signature;
    }

    struct Challenge {
        address challenger;
        uint64 deadline; // last block an answer is taken in
    }

    /// @dev keccak256(claimId, index) => open challenge.
    mapping(bytes32 => Challenge) private _challenges;
    /// @dev claimId => open challenges: finalize waits for none.
    mapping(bytes32 => uint256) private _open;

    /// @dev claimIdOf(executor, anchorRoot) => claim.
    mapping(bytes32 => Claim) private _claims;

    /// @notice The claimed root was not anchored in the registry by the claimer.
    error RootNotAnchored(address executor, bytes32 anchorRoot);
    /// @notice The executor already claimed this anchored root.
    error RootAlreadyClaimed(address executor, bytes32 anchorRoot, bytes32 claimId);
    /// @notice A claim with no leaves, no owed entries, more entries than leaves, or a zero root.
    error EmptyClaim(uint256 count, uint256 owedEntries);
    /// @notice The owed entries are not strictly increasing by (owner, token) at index.
    error OwedNotSorted(uint256 index);
    /// @notice No claim has this id.
    error UnknownClaim(bytes32 claimId);
    /// @notice The claim is not pending: it was paid (2) or voided (3).
    error ClaimNotPending(bytes32 claimId, uint8 state);
    /// @notice finalize before the claim's dispute window ended.
    error StillInDisputeWindow(bytes32 claimId, uint256 readyAtBlock, uint256 currentBlock);
    /// @notice A dispute after the claim's dispute window ended.
    error DisputeWindowClosed(bytes32 claimId, uint256 readyAtBlock, uint256 currentBlock);
    /// @notice The owed entries given are not the ones the claim committed to.
    error OwedMismatch(bytes32 claimId);
    /// @notice The leaf at index is not in the claim's payments tree.
    error BadProof(bytes32 claimId, uint256 index);
    /// @notice The leaves proven show no fraud.
    error NotAFraud();
    /// @notice The challenge took other than challengeBond wei.
    error WrongBond(uint256 sent, uint256 bond);
    /// @notice The leaf is already challenged, or is beyond the claim's count.
    error NotChallengeable(bytes32 claimId, uint256 index);
    /// @notice There is no open challenge of the leaf.
    error NoChallenge(bytes32 claimId, uint256 index);
    /// @notice finalize while challenges of the claim are unanswered.
    error ChallengeOpen(bytes32 claimId, uint256 open);
    /// @notice An answer after the challenge's deadline, or a void before it.
    error ChallengeDeadline(bytes32 claimId, uint256 index, uint256 deadline, uint256 currentBlock);
    /// @notice The answer does not show the owner signed the leaf's job.
    error NotOwnerSigned(bytes32 claimId, uint256 index);
    /// @notice The leaf's price is above the signed spec's cap.
    error PriceAboveCap(uint256 priceWei, uint256 capWei);
    /// @notice The leaf's token is not the signed spec's payment token.
    error WrongPaymentToken(bytes32 claimId, uint256 index);
    /// @notice The leaf's job is not try try_ of instance of the signed workflow.
    error NotWorkflowTry(bytes32 claimId, uint256 index, uint32 instance, uint32 try_);
    /// @notice The signed workflow has instances instances, and none numbered instance.
    error NoSuchInstance(uint32 instance, uint256 instances);

    /// @notice Emitted per claim; the owed entries are in the transaction's calldata.
    event Claimed(
        bytes32 indexed claimId,
        address indexed executor,
        bytes32 anchorRoot,
        bytes32 paymentsRoot,
        uint256 count,
        uint256 readyAt
    );
    /// @notice Emitted when a dispute proves a fraud: the claim pays nothing.
    event Voided(bytes32 indexed claimId, address indexed disputer, Fraud fraud, uint256 index);
    /// @notice Emitted when an owner's account could not cover its owed amount.
    event Shortfall(bytes32 indexed claimId, address indexed owner, address token, uint256 owed, uint256 paid);
    /// @notice Emitted when a leaf is challenged; it must be answered by block deadline.
    event Challenged(bytes32 indexed claimId, uint256 index, address indexed challenger, uint256 deadline);
    /// @notice Emitted when a challenge is answered: the bond is the executor's.
    event Answered(bytes32 indexed claimId, uint256 index);
    /// @notice Emitted when a claim is finalized: what the executor was paid in each token.
    event Redeemed(bytes32 indexed claimId, address indexed executor, uint256 ethPaid, uint256 skyopsPaid);

    /// @dev specHashes_: the domain separator, the job spec's type hash and
    ///      the workflow's; specFields_: the spec's priceCapWei's and
    ///      paymentToken's field positions (NO_FIELD: none).
    constructor(
        IERC20 skyops_,
        address registry_,
        address params_,
        uint256 withdrawDelay_,
        uint256 disputeWindow_,
        uint256 challengeBond_,
        bytes32[3] memory specHashes_,
        uint256[2] memory specFields_
    ) EscrowAccounts(skyops_, withdrawDelay_) {
        require(registry_ != address(0), "SkyopsEscrow: no registry");
        require(disputeWindow_ != 0 && disputeWindow_ <= type(uint32).max, "SkyopsEscrow: bad dispute window");
        registry = registry_;
        params = params_; // zero: a network without governed parameters
        disputeWindow = disputeWindow_;
        challengeBond = challengeBond_;
        specDomainSeparator = specHashes_[0];
        specTypeHash = specHashes_[1];
        workflowTypeHash = specHashes_[2];
        specPriceCapField = specFields_[0];
        specTokenField = specFields_[1];
    }

    // ---- Redemption (docs/payments.md) ----

    uint256 private constant MS_PER_HOUR = 3_600_000;

    /// @notice The id of executor's claim of anchorRoot.
    function claimIdOf(address executor, bytes32 anchorRoot) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(executor, anchorRoot));
    }

    /// @notice The hash a payments-tree leaf is committed to.
    function leafHash(Leaf calldata leaf) public pure returns (bytes32) {
        return keccak256(abi.encode(leaf));
    }

    /// @notice A claim: who made it, its state (0 none, 1 pending, 2 paid,
    ///         3 voided), the block it can be finalized from, and what it
    ///         committed to.
    function claimOf(bytes32 claimId)
        external
        view
        returns (address executor, uint8 state, uint256 readyAt, uint256 count, bytes32 paymentsRoot, bytes32 owedHash)
    {
        Claim storage c = _claims[claimId];
        return (c.executor, uint8(c.state), c.readyAt, c.count, c.paymentsRoot, c.owedHash);
    }

    /// @notice Claims payment for the receipts of anchorRoot, which the
    ///         sender anchored in the registry: owed are the per-(owner,
    ///         token) totals, strictly increasing by (owner, token), of the
    ///         payments tree paymentsRoot of count leaves. No per-receipt
    ///         data: the leaves are published off chain and checked here
    ///         only in disputes.
    function claim(bytes32 anchorRoot, bytes32 paymentsRoot, uint256 count, Owed[] calldata owed)
        external
        returns (bytes32 claimId)
    {
        if (IAnchors(registry).anchoredAt(msg.sender, anchorRoot) == 0) revert RootNotAnchored(msg.sender, anchorRoot);
        claimId = claimIdOf(msg.sender, anchorRoot);
        Claim storage c = _claims[claimId];
        if (c.state != ClaimState.None) revert RootAlreadyClaimed(msg.sender, anchorRoot, claimId);
        uint256 n = owed.length;
        if (count == 0 || count > type(uint40).max || n == 0 || n > count || paymentsRoot == bytes32(0)) {
            revert EmptyClaim(count, n);
        }
        // Sorted and known tokens here, so a dispute never has to prove them.
        address sky = address(skyops);
        uint256 next; // the least key the next entry may have
        for (uint256 i; i < n; ++i) {
            address token = owed[i].token;
            if (token != ETH && token != sky) revert UnknownToken(token);
            uint256 key = (uint256(uint160(owed[i].owner)) << 1) | (token == ETH ? 0 : 1);
            if (key < next) revert OwedNotSorted(i);
            next = key + 1;
        }
        uint256 readyAt = block.number + disputeWindow;
        c.executor = msg.sender;
        c.readyAt = uint48(readyAt);
        c.count = uint40(count);
        c.state = ClaimState.Pending;
        c.paymentsRoot = paymentsRoot;
        c.owedHash = keccak256(abi.encode(owed));
        emit Claimed(claimId, msg.sender, anchorRoot, paymentsRoot, count, readyAt);
    }

    /// @notice Pays a claim whose dispute window has passed (anyone may
    ///         call): each owner's owed amount, or what its account holds,
    ///         moves to the executor's balance in the same token.
    function finalize(bytes32 claimId, Owed[] calldata owed) external {
        Claim storage c = _pending(claimId);
        if (block.number < c.readyAt) revert StillInDisputeWindow(claimId, c.readyAt, block.number);
        if (_open[claimId] != 0) revert ChallengeOpen(claimId, _open[claimId]);
        if (keccak256(abi.encode(owed)) != c.owedHash) revert OwedMismatch(claimId);
        c.state = ClaimState.Paid;
        uint256 ethPaid;
        uint256 skyPaid;
        for (uint256 i; i < owed.length; ++i) {
            Owed calldata o = owed[i];
            uint256 paid = _charge(o.owner, o.token, o.amount);
            if (paid < o.amount) emit Shortfall(claimId, o.owner, o.token, o.amount, paid);
            if (o.token == ETH) ethPaid += paid;
            else skyPaid += paid;
        }
        address ex = c.executor;
        if (ethPaid != 0) _credit(ex, ETH, ethPaid);
        if (skyPaid != 0) _credit(ex, address(skyops), skyPaid);
        emit Redeemed(claimId, ex, ethPaid, skyPaid);
    }

    /// @notice Voids the claim if one leaf is malformed, beyond count,
    ///         mispriced, or (leaf 0) does not start run 0 at its own cost.
    function disputeLeaf(bytes32 claimId, Leaf calldata leaf, bytes32[] calldata proof) external {
        Claim storage c = _disputable(claimId);
        _prove(claimId, c, leaf, proof);
        Fraud f;
        if (
            leaf.index >= c.count || leaf.attempt > type(uint32).max || leaf.owner > type(uint160).max
                || leaf.token > type(uint160).max || leaf.priceWei > type(uint128).max || leaf.billedMs > type(uint64).max
        ) {
            f = Fraud.Malformed;
        } else if (leaf.costWei != leaf.billedMs * leaf.priceWei / MS_PER_HOUR) {
            f = Fraud.Cost;
        } else if (leaf.index == 0 && (leaf.run != 0 || leaf.cumulativeWei != leaf.costWei)) {
            f = Fraud.FirstLeaf;
        } else {
            revert NotAFraud();
        }
        _void(claimId, c, f, leaf.index);
    }

    /// @notice Voids the claim if the leaf is not its owed entry's (owner,
    ///         token), or it is the last leaf and is not the last run or
    ///         its cumulative is not that run's owed amount.
    function disputeOwed(bytes32 claimId, Leaf calldata leaf, bytes32[] calldata proof, Owed[] calldata owed) external {
        Claim storage c = _disputable(claimId);
        _prove(claimId, c, leaf, proof);
        _checkOwed(claimId, c, owed);
        uint256 r = leaf.run;
        Fraud f;
        if (r >= owed.length || leaf.owner != uint160(owed[r].owner) || leaf.token != uint160(owed[r].token)) {
            f = Fraud.Owner;
        } else if (leaf.index == c.count - 1 && (r != owed.length - 1 || leaf.cumulativeWei != owed[r].amount)) {
            f = Fraud.Total;
        } else {
            revert NotAFraud();
        }
        _void(claimId, c, f, leaf.index);
    }

    /// @notice Voids the claim if adjacent leaves a and b (b.index ==
    ///         a.index + 1) break the running sum, the order, or end a run
    ///         at other than its owed amount.
    function disputePair(
        bytes32 claimId,
        Leaf calldata a,
        bytes32[] calldata proofA,
        Leaf calldata b,
        bytes32[] calldata proofB,
        Owed[] calldata owed
    ) external {
        Claim storage c = _disputable(claimId);
        _prove(claimId, c, a, proofA);
        _prove(claimId, c, b, proofB);
        if (b.index != a.index + 1) revert NotAFraud();
        _checkOwed(claimId, c, owed);
        Fraud f;
        unchecked {
            // Unchecked: a hostile leaf's huge numbers must make a fraud, not a revert.
            if (a.run == b.run) {
                if (a.owner != b.owner || a.token != b.token) {
                    f = Fraud.Owner;
                } else if (b.cumulativeWei < a.cumulativeWei || b.cumulativeWei - a.cumulativeWei != b.costWei) {
                    f = Fraud.RunningSum;
                } else if (a.job > b.job || (a.job == b.job && a.attempt >= b.attempt)) {
                    f = Fraud.Order;
                } else {
                    revert NotAFraud();
                }
            } else if (b.run != a.run + 1) {
                f = Fraud.Order;
            } else if (b.cumulativeWei != b.costWei) {
                f = Fraud.RunningSum;
            } else if (a.run >= owed.length || a.cumulativeWei != owed[a.run].amount) {
                f = Fraud.Total;
            } else {
                revert NotAFraud();
            }
        }
        _void(claimId, c, f, b.index);
    }

    /// @notice Voids the claim if leaf pays for the same (job, attempt) as
    ///         other: another leaf of the same claim, or a leaf of an
    ///         earlier claim (smaller readyAt, then smaller id) that was not
    ///         voided.
    function disputeDuplicate(
        bytes32 claimId,
        Leaf calldata leaf,
        bytes32[] calldata proof,
        bytes32 otherClaimId,
        Leaf calldata other,
        bytes32[] calldata otherProof
    ) external {
        Claim storage c = _disputable(claimId);
        _prove(claimId, c, leaf, proof);
        if (leaf.job != other.job || leaf.attempt != other.attempt || leaf.index >= c.count) revert NotAFraud();
        if (otherClaimId == claimId) {
            if (other.index == leaf.index) revert NotAFraud();
            _prove(claimId, c, other, otherProof);
        } else {
            Claim storage o = _claims[otherClaimId];
            if (o.state == ClaimState.None) revert UnknownClaim(otherClaimId);
            bool earlier = o.readyAt < c.readyAt || (o.readyAt == c.readyAt && otherClaimId < claimId);
            if (!earlier || o.state == ClaimState.Voided) revert NotAFraud();
            _prove(otherClaimId, o, other, otherProof);
        }
        if (other.index >= _claims[otherClaimId].count) revert NotAFraud();
        _void(claimId, c, Fraud.Duplicate, leaf.index);
    }

    /// @notice Asks the executor to show, within disputeWindow blocks, that
    ///         leaf index pays for a receipt it anchored and a job the owner
    ///         signed, at no more than the spec's cap and in its token.
    ///         Takes challengeBond wei: the executor's if it answers.
    function challenge(bytes32 claimId, uint256 index) external payable {
        if (msg.value != challengeBond) revert WrongBond(msg.value, challengeBond);
        Claim storage c = _disputable(claimId);
        bytes32 k = keccak256(abi.encode(claimId, index));
        if (index >= c.count || _challenges[k].challenger != address(0)) revert NotChallengeable(claimId, index);
        uint256 deadline = block.number + disputeWindow;
        _challenges[k] = Challenge(msg.sender, uint64(deadline));
        ++_open[claimId];
        emit Challenged(claimId, index, msg.sender, deadline);
    }

    /// @notice Answers a challenge of leaf.index (anyone may; the bond is
    ///         credited to the executor's ETH balance) with the owner's
    ///         signed job spec.
    function answer(bytes32 claimId, Leaf calldata leaf, bytes32[] calldata proof, Answer calldata a) external {
        (Claim storage c, bytes32 k) = _answerable(claimId, leaf, proof, a);
        _checkSpec(claimId, leaf, a);
        _answered(claimId, c, k, leaf.index);
    }

    /// @notice Answers a challenge of a leaf whose job is try try_ of
    ///         instance of a workflow: a.specWords are the signed
    ///         workflow's encoded fields, a.signature the owner's.
    function answerWorkflow(
        bytes32 claimId,
        Leaf calldata leaf,
        bytes32[] calldata proof,
        Answer calldata a,
        uint32 instance,
        uint32 try_
    ) external {
        (Claim storage c, bytes32 k) = _answerable(claimId, leaf, proof, a);
        _checkWorkflow(claimId, leaf, a, instance, try_);
        _answered(claimId, c, k, leaf.index);
    }

    /// @notice After an unanswered challenge's deadline, voids its claim
    ///         and gives the challenger its bond back (to its ETH balance);
    ///         also gives it back at once if the claim was voided otherwise.
    function voidUnanswered(bytes32 claimId, uint256 index) external {
        bytes32 k = keccak256(abi.encode(claimId, index));
        Challenge memory ch = _challenges[k];
        if (ch.challenger == address(0)) revert NoChallenge(claimId, index);
        Claim storage c = _claims[claimId];
        if (c.state == ClaimState.Pending) {
            if (block.number <= ch.deadline) revert ChallengeDeadline(claimId, index, ch.deadline, block.number);
            _void(claimId, c, Fraud.Unanswered, index);
        }
        delete _challenges[k];
        --_open[claimId];
        _credit(ch.challenger, ETH, challengeBond);
    }

    /// @notice How many challenges of the claim are unanswered.
    function openChallenges(bytes32 claimId) external view returns (uint256) {
        return _open[claimId];
    }

    /// @dev What answer and answerWorkflow check first: the challenge is
    ///      open, the leaf is in the claim's tree, and its receipt is in
    ///      the root the executor anchored and claimed.
    function _answerable(bytes32 claimId, Leaf calldata leaf, bytes32[] calldata proof, Answer calldata a)
        private
        view
        returns (Claim storage c, bytes32 k)
    {
        c = _pending(claimId);
        k = keccak256(abi.encode(claimId, leaf.index));
        Challenge memory ch = _challenges[k];
        if (ch.challenger == address(0)) revert NoChallenge(claimId, leaf.index);
        if (block.number > ch.deadline) revert ChallengeDeadline(claimId, leaf.index, ch.deadline, block.number);
        _prove(claimId, c, leaf, proof);
        if (claimIdOf(c.executor, a.anchorRoot) != claimId) revert BadProof(claimId, leaf.index);
        if (!IAnchors(registry).verifyInclusion(keccak256(abi.encode(leaf.receiptDigest)), a.receiptProof, a.anchorRoot)) {
            revert BadProof(claimId, leaf.index);
        }
    }

    /// @dev Closes an answered challenge: the bond is the executor's.
    function _answered(bytes32 claimId, Claim storage c, bytes32 k, uint256 index) private {
        delete _challenges[k];
        --_open[claimId];
        _credit(c.executor, ETH, challengeBond);
        emit Answered(claimId, index);
    }

    /// @dev The owner signed the spec whose digest is leaf.job, and its cap
    ///      and token allow the leaf.
    function _checkSpec(bytes32 claimId, Leaf calldata leaf, Answer calldata a) private view {
        if (_signedDigest(claimId, leaf, specTypeHash, a) != leaf.job) revert NotOwnerSigned(claimId, leaf.index);
        _checkTerms(
            claimId, leaf, a.specWords[specPriceCapField], specTokenField == NO_FIELD ? bytes32(0) : a.specWords[specTokenField]
        );
    }

    /// @dev The owner signed the workflow, leaf.job is try try_ of its
    ///      instance (types.WorkflowJobID), the workflow has that instance,
    ///      and its cap and token allow the leaf.
    function _checkWorkflow(bytes32 claimId, Leaf calldata leaf, Answer calldata a, uint32 instance, uint32 try_)
        private
        view
    {
        if (a.specWords.length != WORKFLOW_WORDS) revert NotOwnerSigned(claimId, leaf.index);
        bytes32 digest = _signedDigest(claimId, leaf, workflowTypeHash, a);
        if (keccak256(abi.encodePacked("skyops-workflow-job", digest, instance, try_)) != leaf.job) {
            revert NotWorkflowTry(claimId, leaf.index, instance, try_);
        }
        uint256 instances = uint256(a.specWords[WORKFLOW_INSTANCES_WORD]);
        if (instance >= instances) revert NoSuchInstance(instance, instances);
        _checkTerms(claimId, leaf, a.specWords[WORKFLOW_CAP_WORD], a.specWords[WORKFLOW_TOKEN_WORD]);
    }

    /// @dev The EIP-712 digest of a.specWords as typeHash's struct in the
    ///      specs' domain, which a.signature must show leaf.owner signed.
    function _signedDigest(bytes32 claimId, Leaf calldata leaf, bytes32 typeHash, Answer calldata a)
        private
        view
        returns (bytes32 digest)
    {
        digest = keccak256(
            abi.encodePacked(hex"1901", specDomainSeparator, keccak256(abi.encodePacked(typeHash, a.specWords)))
        );
        if (leaf.owner > type(uint160).max || _signer(digest, a.signature) != address(uint160(leaf.owner))) {
            revert NotOwnerSigned(claimId, leaf.index);
        }
    }

    /// @dev The signed cap (0: none, as types.JobSpec) and token allow the
    ///      leaf's price and token. named is the signed paymentToken's
    ///      keccak256: "ETH" or "SKYOPS", "" is ETH too (types.JobSpec.PaysIn);
    ///      0 for a spec type without the field, which checks no token.
    function _checkTerms(bytes32 claimId, Leaf calldata leaf, bytes32 capWord, bytes32 named) private view {
        uint256 cap = uint256(capWord);
        if (cap != 0 && leaf.priceWei > cap) revert PriceAboveCap(leaf.priceWei, cap);
        if (named == bytes32(0)) return;
        bool ok = leaf.token == 0
            ? named == keccak256("ETH") || named == keccak256("")
            : named == keccak256("SKYOPS") && leaf.token == uint160(address(skyops));
        if (!ok) revert WrongPaymentToken(claimId, leaf.index);
    }

    /// @dev ecrecover of a 65-byte r ‖ s ‖ v signature, low s only (as
    ///      types.RecoverJobOwner); address 0 for anything else.
    function _signer(bytes32 digest, bytes calldata sig) private pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v < 27) v += 27;
        if (uint256(s) > 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0) return address(0);
        return ecrecover(digest, v, r, s);
    }

    function _pending(bytes32 id) private view returns (Claim storage c) {
        c = _claims[id];
        if (c.state == ClaimState.None) revert UnknownClaim(id);
        if (c.state != ClaimState.Pending) revert ClaimNotPending(id, uint8(c.state));
    }

    function _disputable(bytes32 id) private view returns (Claim storage c) {
        c = _pending(id);
        if (block.number >= c.readyAt) revert DisputeWindowClosed(id, c.readyAt, block.number);
    }

    function _checkOwed(bytes32 id, Claim storage c, Owed[] calldata owed) private view {
        if (keccak256(abi.encode(owed)) != c.owedHash) revert OwedMismatch(id);
    }

    function _void(bytes32 id, Claim storage c, Fraud f, uint256 index) private {
        c.state = ClaimState.Voided;
        emit Voided(id, msg.sender, f, index);
    }

    /// @dev A positional proof: sibling i is on the left when bit i of the
    ///      index is 1, so each index has one leaf and adjacency is provable.
    function _prove(bytes32 id, Claim storage c, Leaf calldata leaf, bytes32[] calldata proof) private view {
        uint256 depth;
        while ((uint256(1) << depth) < c.count) ++depth;
        uint256 idx = leaf.index;
        if (proof.length != depth || idx >> depth != 0) revert BadProof(id, idx);
        bytes32 node = leafHash(leaf);
        for (uint256 i; i < depth; ++i) {
            bytes32 s = proof[i];
            node = idx & 1 == 0 ? _hash2(node, s) : _hash2(s, node);
            idx >>= 1;
        }
        if (node != c.paymentsRoot) revert BadProof(id, leaf.index);
    }

    function _hash2(bytes32 a, bytes32 b) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0x00, a)
            mstore(0x20, b)
            h := keccak256(0x00, 0x40)
        }
    }
}
