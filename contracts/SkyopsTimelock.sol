// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title SkyopsTimelock
/// @notice OpenZeppelin's TimelockController, unchanged: the conventional
///         governor of SkyopsParams. Proposers schedule a call, it waits
///         minDelay seconds, then executors run it.
contract SkyopsTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
