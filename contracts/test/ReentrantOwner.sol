// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title ReentrantOwner
/// @notice A test's hostile owner: it deposits ETH in the escrow, and when
///         the escrow pays it a withdrawal, it calls withdraw again from its
///         receive hook to be paid twice. Only tests deploy it.
interface IEscrow {
    function depositETH() external payable;
    function requestWithdraw(address token, uint256 amount) external;
    function withdraw(address token) external;
}

contract ReentrantOwner {
    IEscrow public immutable escrow;
    uint256 public reentered; // calls made from the hook
    bool public reentryFailed; // the inner withdraw reverted

    constructor(IEscrow escrow_) payable {
        escrow = escrow_;
    }

    function depositAndRequest(uint256 amount) external payable {
        escrow.depositETH{value: msg.value}();
        escrow.requestWithdraw(address(0), amount);
    }

    function attack() external {
        escrow.withdraw(address(0));
    }

    receive() external payable {
        if (msg.sender != address(escrow) || reentered > 0) return;
        reentered++;
        try escrow.withdraw(address(0)) {} catch {
            reentryFailed = true;
        }
    }
}
