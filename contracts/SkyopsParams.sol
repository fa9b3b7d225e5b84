// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title SkyopsParams
/// @notice The network's placement parameters, changed only by its governor
///         (a TimelockController, by convention: SkyopsTimelock), each change
///         taking effect at a time fixed on chain and announced at least
///         minNotice seconds ahead.
/// @dev Every daemon reads the list of changes and applies, to each job, the
///      values in effect at the job's signed submit time: so every peer
///      ranks a job with the same values, and the switch lands in the same
///      block for all (the first whose timestamp reaches `fromTime`). The
///      notice is what makes that hold: every peer reads a change before it
///      takes effect, so none ranks a job with values it has not seen.
///      Changes are append-only and in nondecreasing fromTime order, and
///      each parameter has bounds, so a governor cannot schedule a value that
///      breaks placement (a zero reference price), rewrite the past, or grow
///      the list a daemon must read without bound.
contract SkyopsParams {
    /// @notice The reference price per GPU-hour (wei) at which a node's price factor is 1.
    bytes32 public constant REF_PRICE_WEI = keccak256("refPriceWei");
    /// @notice The millionths of a $SKYOPS one ETH buys: the rate a job paid
    ///         in $SKYOPS converts executors' ETH prices at (its cap, its
    ///         receipts), as in effect when its spec was signed.
    bytes32 public constant MICRO_SKYOPS_PER_ETH = keccak256("microSkyopsPerEth");
    /// @notice The weights of the score's five factors, in per mille (0..1000,
    ///         built in 1000): each scales how far its factor moves from 1,
    ///         factor' = 1 + (factor - 1) * w / 1000, so 1000 leaves the factor
    ///         as the rule gives it and 0 makes it 1 for every node (off).
    ///         0 is a value like any other: valueAt says `set` apart from it.
    bytes32 public constant REP_WEIGHT = keccak256("repWeight");
    bytes32 public constant PRICE_WEIGHT = keccak256("priceWeight");
    bytes32 public constant LOCALITY_WEIGHT = keccak256("localityWeight");
    bytes32 public constant FIT_WEIGHT = keccak256("fitWeight");
    bytes32 public constant LATENCY_WEIGHT = keccak256("latencyWeight");
    /// @notice A weight at which its factor counts in full.
    uint256 public constant FULL_WEIGHT = 1000;

    /// @notice The only address that may schedule changes.
    address public immutable governor;
    /// @notice Seconds between a change's scheduling and its effect, at least.
    uint64 public immutable minNotice;
    /// @notice The most changes the list will ever hold.
    uint256 public constant MAX_CHANGES = 256;

    struct Change {
        bytes32 key;
        uint256 value;
        uint64 fromTime; // unix seconds; in effect for jobs submitted at or after it
    }

    Change[] private _changes;

    /// @notice A caller other than the governor tried to schedule a change.
    error NotGovernor(address caller, address governor);
    /// @notice The key is not a parameter this contract knows.
    error UnknownParam(bytes32 key);
    /// @notice The value is outside the parameter's bounds.
    error ValueOutOfRange(bytes32 key, uint256 value, uint256 min, uint256 max);
    /// @notice The change would take effect before the notice period ends.
    error NoticeTooShort(uint64 fromTime, uint256 earliest);
    /// @notice The change would take effect before one already scheduled.
    error OutOfOrder(uint64 fromTime, uint64 lastFromTime);
    /// @notice The list of changes is full.
    error TooManyChanges(uint256 max);

    /// @notice Emitted for every scheduled change.
    event ParamScheduled(bytes32 indexed key, uint256 value, uint64 fromTime, uint256 index);

    constructor(address governor_, uint64 minNotice_) {
        require(governor_ != address(0), "SkyopsParams: no governor");
        governor = governor_;
        minNotice = minNotice_;
    }

    /// @notice The bounds of a parameter; reverts UnknownParam for any other key.
    function bounds(bytes32 key) public pure returns (uint256 min, uint256 max) {
        if (key == REF_PRICE_WEI) return (1e9, 1e19); // 1 gwei .. 10 ETH per GPU-hour (fits a uint64)
        if (key == MICRO_SKYOPS_PER_ETH) return (1, 1e18); // a millionth of a $SKYOPS .. 10^12 $SKYOPS per ETH
        if (
            key == REP_WEIGHT || key == PRICE_WEIGHT || key == LOCALITY_WEIGHT || key == FIT_WEIGHT
                || key == LATENCY_WEIGHT
        ) return (0, FULL_WEIGHT); // off .. in full
        revert UnknownParam(key);
    }

    /// @notice Schedules key to become value for jobs submitted from fromTime on.
    function schedule(bytes32 key, uint256 value, uint64 fromTime) external {
        if (msg.sender != governor) revert NotGovernor(msg.sender, governor);
        (uint256 lo, uint256 hi) = bounds(key);
        if (value < lo || value > hi) revert ValueOutOfRange(key, value, lo, hi);
        uint256 earliest = block.timestamp + minNotice;
        if (fromTime < earliest) revert NoticeTooShort(fromTime, earliest);
        uint256 n = _changes.length;
        if (n >= MAX_CHANGES) revert TooManyChanges(MAX_CHANGES);
        if (n > 0 && fromTime < _changes[n - 1].fromTime) revert OutOfOrder(fromTime, _changes[n - 1].fromTime);
        _changes.push(Change(key, value, fromTime));
        emit ParamScheduled(key, value, fromTime, n);
    }

    /// @notice How many changes were scheduled.
    function changeCount() external view returns (uint256) {
        return _changes.length;
    }

    /// @notice Changes [start, start+max), oldest first.
    function changes(uint256 start, uint256 max) external view returns (Change[] memory out) {
        uint256 n = _changes.length;
        if (start >= n) return new Change[](0);
        uint256 end = start + max > n ? n : start + max;
        out = new Change[](end - start);
        for (uint256 i = start; i < end; i++) out[i - start] = _changes[i];
    }

    /// @notice The value of key for a job submitted at time t; set is false
    ///         when no change had taken effect by then (the built-in default holds).
    function valueAt(bytes32 key, uint64 t) external view returns (uint256 value, bool set) {
        for (uint256 i = _changes.length; i > 0; i--) {
            Change storage c = _changes[i - 1];
            if (c.key == key && c.fromTime <= t) return (c.value, true);
        }
        return (0, false);
    }
}
