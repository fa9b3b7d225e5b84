// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title EscrowAccounts
/// @notice The owners' accounts of SkyopsEscrow: what each owner deposited,
///         per token (ETH or $SKYOPS), and what it is taking back.
/// @dev Money leaves an owner's account in two steps: requestWithdraw moves
///      an amount out of the balance, and withdraw pays it withdrawDelay
///      blocks later. The delay is what makes a balance worth something to
///      an executor: an owner who could take the money back at once could
///      let a job run and empty the account before the executor's
///      redemption lands. Only the balance, never what is being withdrawn,
///      can pay for new jobs (docs/payments.md).
///
///      The token is fixed at deployment ($SKYOPS); ETH is token address 0.
///      The contract that inherits this one moves money between accounts
///      with _charge and _credit; it deploys nothing of its own.
abstract contract EscrowAccounts is ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice ETH's token address in this contract's accounts.
    address public constant ETH = address(0);

    /// @notice The $SKYOPS token.
    IERC20 public immutable skyops;
    /// @notice Blocks between requestWithdraw and withdraw.
    uint256 public immutable withdrawDelay;

    struct Account {
        uint256 balance; // can pay for jobs
        uint256 withdrawing; // requested out, paid from withdrawableAt
        uint64 withdrawableAt; // block; 0 while nothing is being withdrawn
    }

    /// @dev owner => token => account.
    mapping(address => mapping(address => Account)) private _accounts;

    /// @notice An amount of zero was given where one is needed.
    error ZeroAmount();
    /// @notice The token is neither ETH (address 0) nor $SKYOPS.
    error UnknownToken(address token);
    /// @notice ETH was sent with a call that takes none (a $SKYOPS deposit).
    error UnexpectedValue(uint256 value);
    /// @notice The account's balance is below what the call needs.
    error InsufficientBalance(address token, uint256 balance, uint256 needed);
    /// @notice withdraw was called with no withdrawal requested.
    error NothingToWithdraw(address token);
    /// @notice withdraw was called before the requested amount's delay ended.
    error WithdrawalNotReady(address token, uint256 readyAtBlock, uint256 currentBlock);
    /// @notice The ETH payment to the caller failed.
    error PaymentFailed(address to, uint256 amount);

    /// @notice Emitted on every deposit.
    event Deposited(address indexed owner, address indexed token, uint256 amount);
    /// @notice Emitted when an owner asks for money back; it is paid from block withdrawableAt.
    event WithdrawalRequested(address indexed owner, address indexed token, uint256 amount, uint256 withdrawableAt);
    /// @notice Emitted when a requested withdrawal is paid out.
    event Withdrawn(address indexed owner, address indexed token, uint256 amount);

    constructor(IERC20 skyops_, uint256 withdrawDelay_) {
        if (address(skyops_) == address(0)) revert UnknownToken(address(0));
        require(withdrawDelay_ <= type(uint32).max, "SkyopsEscrow: withdraw delay too long");
        skyops = skyops_;
        withdrawDelay = withdrawDelay_;
    }

    /// @notice Adds msg.value to the sender's ETH balance.
    function depositETH() external payable {
        if (msg.value == 0) revert ZeroAmount();
        _accounts[msg.sender][ETH].balance += msg.value;
        emit Deposited(msg.sender, ETH, msg.value);
    }

    /// @notice Takes amount of $SKYOPS from the sender (approve this
    ///         contract first) into the sender's balance.
    function deposit(address token, uint256 amount) external payable nonReentrant {
        if (msg.value != 0) revert UnexpectedValue(msg.value);
        if (token != address(skyops)) revert UnknownToken(token);
        if (amount == 0) revert ZeroAmount();
        // Counted by what arrived, not by what was asked.
        uint256 before = skyops.balanceOf(address(this));
        skyops.safeTransferFrom(msg.sender, address(this), amount);
        uint256 got = skyops.balanceOf(address(this)) - before;
        _accounts[msg.sender][token].balance += got;
        emit Deposited(msg.sender, token, got);
    }

    /// @notice Moves amount of the sender's balance in token out, to be
    ///         paid by withdraw withdrawDelay blocks from now. A second
    ///         request adds to the first and restarts its delay.
    function requestWithdraw(address token, uint256 amount) external {
        _known(token);
        if (amount == 0) revert ZeroAmount();
        Account storage a = _accounts[msg.sender][token];
        if (a.balance < amount) revert InsufficientBalance(token, a.balance, amount);
        a.balance -= amount;
        a.withdrawing += amount;
        uint256 at = block.number + withdrawDelay;
        a.withdrawableAt = uint64(at);
        emit WithdrawalRequested(msg.sender, token, amount, at);
    }

    /// @notice Pays the sender what it requested out in token, once the
    ///         delay has passed.
    function withdraw(address token) external nonReentrant {
        _known(token);
        Account storage a = _accounts[msg.sender][token];
        uint256 amount = a.withdrawing;
        if (amount == 0) revert NothingToWithdraw(token);
        if (block.number < a.withdrawableAt) revert WithdrawalNotReady(token, a.withdrawableAt, block.number);
        a.withdrawing = 0;
        a.withdrawableAt = 0;
        if (token == ETH) {
            (bool ok,) = payable(msg.sender).call{value: amount}("");
            if (!ok) revert PaymentFailed(msg.sender, amount);
        } else {
            skyops.safeTransfer(msg.sender, amount);
        }
        emit Withdrawn(msg.sender, token, amount);
    }

    /// @notice An owner's account in token: the balance that can pay for
    ///         jobs, what is being withdrawn, and the block it can be.
    function accountOf(address owner, address token)
        external
        view
        returns (uint256 balance, uint256 withdrawing, uint256 withdrawableAt)
    {
        Account storage a = _accounts[owner][token];
        return (a.balance, a.withdrawing, a.withdrawableAt);
    }

    /// @dev Takes up to amount from owner's balance, then from what it is
    ///      withdrawing: money asked back is still owed for work done before
    ///      it is paid out (what the withdraw delay is for).
    function _charge(address owner, address token, uint256 amount) internal returns (uint256 paid) {
        Account storage a = _accounts[owner][token];
        uint256 bal = a.balance;
        if (bal >= amount) {
            a.balance = bal - amount;
            return amount;
        }
        a.balance = 0;
        uint256 w = a.withdrawing;
        uint256 more = amount - bal < w ? amount - bal : w;
        if (more != 0) a.withdrawing = w - more;
        return bal + more;
    }

    /// @dev Adds amount to owner's balance in token (a known token).
    function _credit(address owner, address token, uint256 amount) internal {
        _accounts[owner][token].balance += amount;
    }

    function _known(address token) internal view {
        if (token != ETH && token != address(skyops)) revert UnknownToken(token);
    }
}
