// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title SkyopsToken
/// @notice $SKYOPS: a plain ERC-20 (OpenZeppelin's), 18 decimals. The whole
///         supply is minted once, to the holder the deployer names; nobody
///         can mint more, pause or freeze.
contract SkyopsToken is ERC20 {
    constructor(address holder, uint256 supply) ERC20("Skyops", "SKYOPS") {
        _mint(holder, supply);
    }
}
