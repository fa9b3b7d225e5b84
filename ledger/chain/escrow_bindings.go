// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package chain

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// SkyopsEscrowAnswer is an auto generated low-level Go binding around an user-defined struct.
type SkyopsEscrowAnswer struct {
	AnchorRoot   [32]byte
	ReceiptProof [][32]byte
	SpecWords    [][32]byte
	Signature    []byte
}

// SkyopsEscrowLeaf is an auto generated low-level Go binding around an user-defined struct.
type SkyopsEscrowLeaf struct {
	Index         *big.Int
	Job           [32]byte
	Attempt       *big.Int
	Owner         *big.Int
	Token         *big.Int
	PriceWei      *big.Int
	BilledMs      *big.Int
	CostWei       *big.Int
	CumulativeWei *big.Int
	Run           *big.Int
	ReceiptDigest [32]byte
}

// SkyopsEscrowOwed is an auto generated low-level Go binding around an user-defined struct.
type SkyopsEscrowOwed struct {
	Owner  common.Address
	Token  common.Address
	Amount *big.Int
}

// SkyopsEscrowMetaData contains all meta data concerning the SkyopsEscrow contract.
var SkyopsEscrowMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"skyops_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"params_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"disputeWindow_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[2]\",\"name\":\"specHashes_\",\"type\":\"bytes32[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"specFields_\",\"type\":\"uint256[2]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"ChallengeDeadline\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"open\",\"type\":\"uint256\"}],\"name\":\"ChallengeOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"ClaimNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owedEntries\",\"type\":\"uint256\"}],\"name\":\"EmptyClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAFraud\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotChallengeable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotOwnerSigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"OwedMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"OwedNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"capWei\",\"type\":\"uint256\"}],\"name\":\"PriceAboveCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"RootAlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"}],\"name\":\"RootNotAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"StillInDisputeWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"UnexpectedValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"UnknownToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongPaymentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"paymentsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ethPaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"skyopsPaid\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"Shortfall\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"disputer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumSkyopsEscrow.Fraud\",\"name\":\"fraud\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Voided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NO_FIELD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawing\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"receiptProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"specWords\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSkyopsEscrow.Answer\",\"name\":\"a\",\"type\":\"tuple\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paymentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"}],\"name\":\"claimIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"claimOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"paymentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"owedHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"otherClaimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"other\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"otherProof\",\"type\":\"bytes32[]\"}],\"name\":\"disputeDuplicate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"disputeLeaf\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"disputeOwed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proofA\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proofB\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"disputePair\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"openChallenges\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"skyops\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"specDomainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"specPriceCapField\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"specTokenField\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"specTypeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"voidUnanswered\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6101c0604052348015610010575f5ffd5b506040516140a33803806140a383398101604081905261002f91610268565b60015f5587856001600160a01b038216610063576040516340d1d8df60e11b81525f60048201526024015b60405180910390fd5b63ffffffff8111156100c55760405162461bcd60e51b815260206004820152602560248201527f536b796f7073457363726f773a2077697468647261772064656c617920746f6f604482015264206c6f6e6760d81b606482015260840161005a565b6001600160a01b0391821660805260a05287166101245760405162461bcd60e51b815260206004820152601960248201527f536b796f7073457363726f773a206e6f20726567697374727900000000000000604482015260640161005a565b8315801590610137575063ffffffff8411155b6101835760405162461bcd60e51b815260206004820181905260248201527f536b796f7073457363726f773a2062616420646973707574652077696e646f77604482015260640161005a565b6001600160a01b0396871660c0529490951660e0526101009190915261012052508151610140526020918201516101605280516101805201516101a0525061032d565b6001600160a01b03811681146101da575f5ffd5b50565b604051601f8201601f191681016001600160401b038111828210171561021157634e487b7160e01b5f52604160045260245ffd5b604052919050565b5f82601f830112610228575f5ffd5b61023260406101dd565b806040840185811115610243575f5ffd5b845b8181101561025d578051845260209384019301610245565b509095945050505050565b5f5f5f5f5f5f5f5f610140898b031215610280575f5ffd5b885161028b816101c6565b60208a015190985061029c816101c6565b60408a01519097506102ad816101c6565b60608a015160808b015160a08c01519298509096509450925060df89018a136102d4575f5ffd5b6102de60406101dd565b806101008b018c8111156102f0575f5ffd5b60c08c015b8181101561030d5780518452602093840193016102f5565b5081945061031b8d82610219565b93505050509295985092959890939650565b60805160a05160c05160e05161010051610120516101405161016051610180516101a051613c6661043d5f395f81816102f901528181612fbb0152612fef01525f81816102c60152612f2801525f818161044d0152612db601525f81816102720152612e3701525f81816103fb0152818161129801528181611b0c015281816124d8015261252b01525f81816102200152818161162c015261262c01525f61067b01525f81816104ca015281816112fa015261197501525f81816101da015261097801525f818161035f01528181610bc401528181610ca101528181610d2101528181610d8301528181611046015281816114b7015281816122ab01528181612a61015261305e0152613c665ff3fe6080604052600436106101c5575f3560e01c80635b11bd11116100f2578063894bbf2c11610092578063bc670d1d11610062578063bc670d1d1461064b578063cff0ab961461066a578063e2083c181461069d578063f6326fb3146106b0575f5ffd5b8063894bbf2c1461053d578063903fafea1461055c5780639ed55403146105b4578063b65c536d1461062c575f5ffd5b80637b103999116100cd5780637b103999146104b95780637dea5f29146104ec5780638322fff21461050b57806387e5ce2d1461051e575f5ffd5b80635b11bd111461043c5780635fd391461461046f57806379258c7a1461048e575f5ffd5b8063397a1b281161016857806347e7ef241161013857806347e7ef24146103b857806351cff8d9146103cb57806352305151146103ea57806354427f711461041d575f5ffd5b8063397a1b281461031b5780633fce0f321461033a57806344fda1fd1461034e578063477d349a14610399575f5ffd5b8063185be069116101a3578063185be069146102615780631b12b26d146102945780631f8c2e66146102b5578063308e0d9e146102e8575f5ffd5b80630288a39c146101c9578063117f5f921461020f5780631799c38e14610242575b5f5ffd5b3480156101d4575f5ffd5b506101fc7f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b34801561021a575f5ffd5b506101fc7f000000000000000000000000000000000000000000000000000000000000000081565b34801561024d575f5ffd5b506101fc61025c36600461336e565b6106b8565b34801561026c575f5ffd5b506101fc7f000000000000000000000000000000000000000000000000000000000000000081565b34801561029f575f5ffd5b506102b36102ae3660046133f5565b610712565b005b3480156102c0575f5ffd5b506101fc7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102f3575f5ffd5b506101fc7f000000000000000000000000000000000000000000000000000000000000000081565b348015610326575f5ffd5b506102b361033536600461336e565b610880565b348015610345575f5ffd5b506101fc5f1981565b348015610359575f5ffd5b506103817f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610206565b3480156103a4575f5ffd5b506102b36103b336600461348f565b610a23565b6102b36103c636600461336e565b610b80565b3480156103d6575f5ffd5b506102b36103e536600461351c565b610e81565b3480156103f5575f5ffd5b506101fc7f000000000000000000000000000000000000000000000000000000000000000081565b348015610428575f5ffd5b506102b3610437366004613535565b6110bb565b348015610447575f5ffd5b506101fc7f000000000000000000000000000000000000000000000000000000000000000081565b34801561047a575f5ffd5b506101fc610489366004613555565b6112c3565b348015610499575f5ffd5b506101fc6104a83660046135b1565b5f9081526003602052604090205490565b3480156104c4575f5ffd5b506103817f000000000000000000000000000000000000000000000000000000000000000081565b3480156104f7575f5ffd5b506102b36105063660046135c8565b6117ce565b348015610516575f5ffd5b506103815f81565b348015610529575f5ffd5b506102b3610538366004613655565b611b70565b348015610548575f5ffd5b506101fc6105573660046136fe565b611e5e565b348015610567575f5ffd5b5061057b6105763660046135b1565b611efd565b604080516001600160a01b03909716875260ff9095166020870152938501929092526060840152608083015260a082015260c001610206565b3480156105bf575f5ffd5b506106116105ce366004613719565b6001600160a01b038083165f908152600160208181526040808420948616845293905291902080549181015460029091015467ffffffffffffffff169250925092565b60408051938452602084019290925290820152606001610206565b348015610637575f5ffd5b506102b361064636600461374a565b611fbe565b348015610656575f5ffd5b506102b3610665366004613792565b61231f565b348015610675575f5ffd5b506103817f000000000000000000000000000000000000000000000000000000000000000081565b6102b36106ab366004613535565b6124d6565b6102b3612739565b6040517fffffffffffffffffffffffffffffffffffffffff000000000000000000000000606084901b166020820152603481018290525f906054016040516020818303038152906040528051906020012090505b92915050565b5f61071c856127d9565b905061072b8582868686612876565b80545f907a010000000000000000000000000000000000000000000000000000900464ffffffffff16853510158061076a575063ffffffff6040860135115b8061077f57506001600160a01b036060860135115b8061079457506001600160a01b036080860135115b806107b257506fffffffffffffffffffffffffffffffff60a0860135115b806107c8575067ffffffffffffffff60c0860135115b156107d457505f61086b565b6236ee806107ea60a087013560c0880135613891565b6107f491906138a8565b8560e00135146108065750600161086b565b843515801561082c575061012085013515158061082c57508460e0013585610100013514155b156108395750600261086b565b6040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61087886838388356129cf565b505050505050565b61088982612a4c565b805f036108c2576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526001602090815260408083206001600160a01b0386168452909152902080548211156109405780546040517fdb42144d0000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024810191909152604481018390526064015b60405180910390fd5b81815f015f82825461095291906138e0565b9250508190555081816001015f82825461096c91906138f3565b909155505f905061099d7f0000000000000000000000000000000000000000000000000000000000000000436138f3565b6002830180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff831617905560408051858152602081018390529192506001600160a01b0386169133917f196e6601eb68141737e4636af773e3013089d698090efd395ba859863e1f2f9c91015b60405180910390a350505050565b5f610a2d876127d9565b9050610a3c8782888888612876565b610a4887828585612ad8565b6101208601355f8382101580610a925750848483818110610a6b57610a6b613906565b610a81926020606090920201908101915061351c565b6001600160a01b0316886060013514155b80610ad35750848483818110610aaa57610aaa613906565b9050606002016020016020810190610ac2919061351c565b6001600160a01b0316886080013514155b15610ae057506003610b68565b8254610b13906001907a010000000000000000000000000000000000000000000000000000900464ffffffffff16613933565b64ffffffffff16885f0135148015610b5f5750610b316001856138e0565b82141580610b5f5750848483818110610b4c57610b4c613906565b9050606002016040013588610100013514155b15610839575060045b610b758984838b356129cf565b505050505050505050565b610b88612b46565b3415610bc2576040517f4fbe3465000000000000000000000000000000000000000000000000000000008152346004820152602401610937565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031614610c38576040517f81a3b1be0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610937565b805f03610c71576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610cee573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d129190613950565b9050610d496001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085612b87565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610dc8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dec9190613950565b610df691906138e0565b335f9081526001602090815260408083206001600160a01b0389168452909152812080549293508392909190610e2d9084906138f3565b90915550506040518181526001600160a01b0385169033907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a35050610e7d60015f55565b5050565b610e89612b46565b610e9281612a4c565b335f9081526001602081815260408084206001600160a01b03861685529091528220908101549091819003610efe576040517fdc69dc160000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610937565b600282015467ffffffffffffffff16431015610f6d5760028201546040517fe56da3600000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015267ffffffffffffffff9091166024820152436044820152606401610937565b5f60018301556002820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690556001600160a01b038316611039576040515f90339083908381818185875af1925050503d805f8114610fea576040519150601f19603f3d011682016040523d82523d5f602084013e610fef565b606091505b5050905080611033576040517fa09e616500000000000000000000000000000000000000000000000000000000815233600482015260248101839052604401610937565b5061106d565b61106d6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383612c03565b6040518181526001600160a01b0384169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a350506110b860015f55565b50565b60408051602081018490529081018290525f9060600160408051808303601f1901815282825280516020918201205f8181526002835283902084840190935291546001600160a01b0381168085527401000000000000000000000000000000000000000090910467ffffffffffffffff1691840191909152909250611176576040517fc954f61b0000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604401610937565b5f848152600460205260409020600181547f0100000000000000000000000000000000000000000000000000000000000000900460ff1660038111156111be576111be613967565b0361123d57816020015167ffffffffffffffff1643116112305760208201516040517fdd878786000000000000000000000000000000000000000000000000000000008152600481018790526024810186905267ffffffffffffffff9091166044820152436064820152608401610937565b61123d85826008876129cf565b5f83815260026020908152604080832080547fffffffff0000000000000000000000000000000000000000000000000000000016905587835260039091528120805490919061128b90613994565b9091555081516112bc905f7f0000000000000000000000000000000000000000000000000000000000000000612c39565b5050505050565b6040517ff8c2919d000000000000000000000000000000000000000000000000000000008152336004820152602481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f8c2919d90604401602060405180830381865afa158015611347573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061136b9190613950565b5f036113ac576040517f6abe67b400000000000000000000000000000000000000000000000000000000815233600482015260248101879052604401610937565b6113b633876106b8565b5f81815260046020526040812091925081547f0100000000000000000000000000000000000000000000000000000000000000900460ff1660038111156113ff576113ff613967565b14611446576040517f2ba4157a0000000000000000000000000000000000000000000000000000000081523360048201526024810188905260448101839052606401610937565b82851580611458575064ffffffffff86115b80611461575080155b8061146b57508581115b80611474575086155b156114b5576040517fd7bc021d0000000000000000000000000000000000000000000000000000000081526004810187905260248101829052604401610937565b7f00000000000000000000000000000000000000000000000000000000000000005f805b83811015611625575f8888838181106114f4576114f4613906565b905060600201602001602081019061150c919061351c565b90506001600160a01b038116158015906115385750836001600160a01b0316816001600160a01b031614155b1561157a576040517f81a3b1be0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610937565b5f6001600160a01b03821615611591576001611593565b5f5b60ff1660018b8b868181106115aa576115aa613906565b6115c0926020606090920201908101915061351c565b6001600160a01b0316901b1790508381101561160b576040517f4d21d35500000000000000000000000000000000000000000000000000000000815260048101849052602401610937565b6116168160016138f3565b935050508060010190506114d9565b505f6116517f0000000000000000000000000000000000000000000000000000000000000000436138f3565b85547fffffffffffff000000000000000000000000000000000000000000000000000016337fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff16177401000000000000000000000000000000000000000065ffffffffffff8316021779ffffffffffffffffffffffffffffffffffffffffffffffffffff167a01000000000000000000000000000000000000000000000000000064ffffffffff8c16027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16177f0100000000000000000000000000000000000000000000000000000000000000178655600186018b905560405190915061175e90899089906020016139a9565b60408051808303601f19018152828252805160209182012060028901558d835282018c905281018a905260608101829052339087907f36d7ed82994afed0c54621aa3e7fc8f315d89410c2f0a6ebe56851d4f3d515489060800160405180910390a3505050505095945050505050565b5f6117d886612c79565b90505f86865f01356040516020016117fa929190918252602082015260400190565b60408051808303601f1901815282825280516020918201205f8181526002835283902084840190935291546001600160a01b0381168085527401000000000000000000000000000000000000000090910467ffffffffffffffff169184019190915290925061189f576040517fc954f61b0000000000000000000000000000000000000000000000000000000081526004810189905287356024820152604401610937565b806020015167ffffffffffffffff1643111561190d5760208101516040517fdd878786000000000000000000000000000000000000000000000000000000008152600481018a90528835602482015267ffffffffffffffff9091166044820152436064820152608401610937565b61191a8884898989612876565b82548890611932906001600160a01b031686356106b8565b14611973576040517f3e373a5a0000000000000000000000000000000000000000000000000000000081526004810189905287356024820152604401610937565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166356b504ed8861014001356040516020016119ba91815260200190565b604051602081830303815290604052805190602001208680602001906119e09190613a17565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e086901b168152611a1e939291908a3590600401613a7b565b602060405180830381865afa158015611a39573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a5d9190613ad7565b611a9d576040517f3e373a5a0000000000000000000000000000000000000000000000000000000081526004810189905287356024820152604401610937565b611aa8888886612db3565b5f82815260026020908152604080832080547fffffffff000000000000000000000000000000000000000000000000000000001690558a8352600390915281208054909190611af690613994565b909155508254611b30906001600160a01b03165f7f0000000000000000000000000000000000000000000000000000000000000000612c39565b6040518735815288907fb75ebdd7ba36f52c51b76e1a5d57f910e7014ce85c14c20193abd507f55a279d9060200160405180910390a25050505050505050565b5f611b7a896127d9565b9050611b8989828a8a8a612876565b83602001358860200135141580611ba857508360400135886040013514155b80611bda575080547a010000000000000000000000000000000000000000000000000000900464ffffffffff16883510155b15611c11576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b888503611c65578735843503611c53576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611c608982868686612876565b611de4565b5f8581526004602052604081209081547f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115611cac57611cac613967565b03611ce6576040517fb724c9ee00000000000000000000000000000000000000000000000000000000815260048101879052602401610937565b815481545f9165ffffffffffff74010000000000000000000000000000000000000000918290048116919092049091161080611d56575082548254740100000000000000000000000000000000000000009182900465ffffffffffff9081169290910416148015611d5657508a87105b9050801580611d9d5750600382547f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115611d9b57611d9b613967565b145b15611dd4576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611de18783888888612876565b50505b5f858152600460205260409020547a010000000000000000000000000000000000000000000000000000900464ffffffffff16843510611e50576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610b75898260078b356129cf565b5f81604051602001611ee09190813581526020808301359082015260408083013590820152606080830135908201526080808301359082015260a0808301359082015260c0808301359082015260e080830135908201526101008083013590820152610120808301359082015261014091820135918101919091526101600190565b604051602081830303815290604052805190602001209050919050565b5f818152600460205260408120805482918291829182918291906001600160a01b038116907f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115611f5957611f59613967565b82546001840154600290940154929b919a5074010000000000000000000000000000000000000000810465ffffffffffff1699507a010000000000000000000000000000000000000000000000000000900464ffffffffff1697509195509350915050565b5f611fc884612c79565b805490915074010000000000000000000000000000000000000000900465ffffffffffff164310156120575780546040517fe4a35a6b000000000000000000000000000000000000000000000000000000008152600481018690527401000000000000000000000000000000000000000090910465ffffffffffff166024820152436044820152606401610937565b5f84815260036020526040902054156120b6575f84815260036020526040908190205490517f35df61b5000000000000000000000000000000000000000000000000000000008152610937918691600401918252602082015260400190565b806002015483836040516020016120ce9291906139a9565b604051602081830303815290604052805190602001201461211e576040517fb293a41b00000000000000000000000000000000000000000000000000000000815260048101859052602401610937565b80547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f02000000000000000000000000000000000000000000000000000000000000001781555f80805b84811015612282573686868381811061218457612184613906565b6060029190910191505f90506121ba6121a0602084018461351c565b6121b0604085016020860161351c565b8460400135613122565b9050816040013581101561223b576121d5602083018361351c565b6001600160a01b0316897f5752e5029c39d743eea33bb91a748c752931cc2d2431ad3b6a63749a8c822813612210604086016020870161351c565b604080516001600160a01b039092168252808701356020830152810185905260600160405180910390a35b5f61224c604084016020850161351c565b6001600160a01b03160361226b5761226481866138f3565b9450612278565b61227581856138f3565b93505b5050600101612169565b5082546001600160a01b0316821561229f5761229f815f85612c39565b81156122d0576122d0817f000000000000000000000000000000000000000000000000000000000000000084612c39565b60408051848152602081018490526001600160a01b0383169189917f8dfe2e4992c35f0c2e1a1ae78bde2b832d7fabb19bb9e73ec22c5cc2ee89db23910160405180910390a350505050505050565b5f6123298a6127d9565b90506123388a828b8b8b612876565b6123458a82888888612876565b612351893560016138f3565b86351461238a576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6123968a828585612ad8565b5f8661012001358a6101200135036124465786606001358a606001351415806123c7575086608001358a6080013514155b156123d4575060036124bc565b89610100013587610100013510806123fc57508660e001358a61010001358861010001350314155b15612409575060056124bc565b86602001358a602001351180612439575086602001358a60200135148015612439575086604001358a6040013510155b15610839575060066124bc565b89610120013560010187610120013514612462575060066124bc565b8660e001358761010001351461247a575060056124bc565b6101208a0135831115806124b3575083838b61012001358181106124a0576124a0613906565b905060600201604001358a610100013514155b15610839575060045b6124c98b83838a356129cf565b5050505050505050505050565b7f00000000000000000000000000000000000000000000000000000000000000003414612557576040517f0c5e03da0000000000000000000000000000000000000000000000000000000081523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610937565b5f612561836127d9565b90505f8383604051602001612580929190918252602082015260400190565b60408051808303601f19018152919052805160209091012082549091507a010000000000000000000000000000000000000000000000000000900464ffffffffff16831015806125e557505f818152600260205260409020546001600160a01b031615155b15612626576040517fd6b8b1780000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604401610937565b5f6126517f0000000000000000000000000000000000000000000000000000000000000000436138f3565b60408051808201825233815267ffffffffffffffff80841660208084019182525f8881526002825285812094518554935190941674010000000000000000000000000000000000000000027fffffffff000000000000000000000000000000000000000000000000000000009093166001600160a01b0394909416939093179190911790925588815260039091529081208054929350916126f190613af6565b909155506040805185815260208101839052339187917f861fb716223003b0bb3f09167c9e7b4d23bc1d5ea79c08e3846421e90d388bb6910160405180910390a35050505050565b345f03612772576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526001602090815260408083208380529091528120805434929061279b9084906138f3565b90915550506040513481525f9033907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a3565b5f6127e382612c79565b805490915074010000000000000000000000000000000000000000900465ffffffffffff1643106128715780546040517fde847d80000000000000000000000000000000000000000000000000000000008152600481018490527401000000000000000000000000000000000000000090910465ffffffffffff166024820152436044820152606401610937565b919050565b5f5b84547a010000000000000000000000000000000000000000000000000000900464ffffffffff166001821b10156128b9576128b281613af6565b9050612878565b833582821415806128cb575080821c15155b1561290c576040517f3e373a5a0000000000000000000000000000000000000000000000000000000081526004810188905260248101829052604401610937565b5f61291686611e5e565b90505f5b8381101561297d575f86868381811061293557612935613906565b905060200201359050836001165f1461295a575f818152602084905260409020612968565b5f8381526020829052604090205b9250600184901c93505080600101905061291a565b50866001015481146129c5576040517f3e373a5a0000000000000000000000000000000000000000000000000000000081526004810189905286356024820152604401610937565b5050505050505050565b82547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f0300000000000000000000000000000000000000000000000000000000000000178355604051339085907f9d59a3326aa5c861639c7500fbbc625c6e737d287475ee60daf97cc2e4ee616790610a159086908690613b0e565b6001600160a01b03811615801590612a9657507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b031614155b156110b8576040517f81a3b1be0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610937565b82600201548282604051602001612af09291906139a9565b6040516020818303038152906040528051906020012014612b40576040517fb293a41b00000000000000000000000000000000000000000000000000000000815260048101859052602401610937565b50505050565b60025f5403612b81576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60025f55565b6040516001600160a01b038481166024830152838116604483015260648201839052612b409186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506131c1565b6040516001600160a01b03838116602483015260448201839052612c3491859182169063a9059cbb90606401612bbc565b505050565b6001600160a01b038084165f90815260016020908152604080832093861683529290529081208054839290612c6f9084906138f3565b9091555050505050565b5f8181526004602052604081209081547f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115612cc057612cc0613967565b03612cfa576040517fb724c9ee00000000000000000000000000000000000000000000000000000000815260048101839052602401610937565b600181547f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115612d3557612d35613967565b1461287157805482907f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115612d7557612d75613967565b6040517fec940013000000000000000000000000000000000000000000000000000000008152600481019290925260ff166024820152604401610937565b5f7f0000000000000000000000000000000000000000000000000000000000000000612de26040840184613a17565b604051602001612df493929190613b51565b60408051601f198184030181529082905280516020918201207f1901000000000000000000000000000000000000000000000000000000000000918301919091527f000000000000000000000000000000000000000000000000000000000000000060228301526042820181905291505f90606201604051602081830303815290604052805190602001209050836020013581141580612e9e57506001600160a01b036060850135115b80612ed7575083606001356001600160a01b0316612ecb82858060600190612ec69190613b9b565b613246565b6001600160a01b031614155b15612f18576040517f3e4347aa0000000000000000000000000000000000000000000000000000000081526004810186905284356024820152604401610937565b5f612f266040850185613a17565b7f0000000000000000000000000000000000000000000000000000000000000000818110612f5657612f56613906565b60200291909101359150508015801590612f735750808560a00135115b15612fb7576040517f842c488a00000000000000000000000000000000000000000000000000000000815260a0860135600482015260248101829052604401610937565b5f197f000000000000000000000000000000000000000000000000000000000000000014610878575f612fed6040860186613a17565b7f000000000000000000000000000000000000000000000000000000000000000081811061301d5761301d613906565b9050602002013590505f86608001355f14613092577fc144a19c954468ac5602b599393b15337c119b1ff594178a82dff60d46571adc8214801561308d57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168760800135145b6130df565b7faaaebeba3810b1e6b70781f14b2d72c1cb89c0b2b320c43bb67ff79f562f5ff48214806130df57507fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a47082145b9050806129c5576040517f25c6af9e0000000000000000000000000000000000000000000000000000000081526004810189905287356024820152604401610937565b6001600160a01b038084165f908152600160209081526040808320938616835292905290812080548381106131675761315b84826138e0565b909155508190506131ba565b5f8083556001830154908161317c84886138e0565b106131875781613191565b61319183876138e0565b905080156131a9576131a381836138e0565b60018501555b6131b381846138f3565b9450505050505b9392505050565b5f5f60205f8451602086015f885af1806131e0576040513d5f823e3d81fd5b50505f513d915081156131f7578060011415613204565b6001600160a01b0384163b155b15612b40576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610937565b5f6041821461325657505f6131ba565b5f6132646020828587613bfc565b61326d91613c23565b90505f61327e604060208688613bfc565b61328791613c23565b90505f8585604081811061329d5761329d613906565b919091013560f81c915050601b8110156132bf576132bc601b82613c40565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156132f2575f93505050506131ba565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015613342573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b80356001600160a01b0381168114612871575f5ffd5b5f5f6040838503121561337f575f5ffd5b61338883613358565b946020939093013593505050565b5f61016082840312156133a7575f5ffd5b50919050565b5f5f83601f8401126133bd575f5ffd5b50813567ffffffffffffffff8111156133d4575f5ffd5b6020830191508360208260051b85010111156133ee575f5ffd5b9250929050565b5f5f5f5f6101a08587031215613409575f5ffd5b8435935061341a8660208701613396565b925061018085013567ffffffffffffffff811115613436575f5ffd5b613442878288016133ad565b95989497509550505050565b5f5f83601f84011261345e575f5ffd5b50813567ffffffffffffffff811115613475575f5ffd5b6020830191508360206060830285010111156133ee575f5ffd5b5f5f5f5f5f5f6101c087890312156134a5575f5ffd5b863595506134b68860208901613396565b945061018087013567ffffffffffffffff8111156134d2575f5ffd5b6134de89828a016133ad565b9095509350506101a087013567ffffffffffffffff8111156134fe575f5ffd5b61350a89828a0161344e565b979a9699509497509295939492505050565b5f6020828403121561352c575f5ffd5b6131ba82613358565b5f5f60408385031215613546575f5ffd5b50508035926020909101359150565b5f5f5f5f5f60808688031215613569575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115613594575f5ffd5b6135a08882890161344e565b969995985093965092949392505050565b5f602082840312156135c1575f5ffd5b5035919050565b5f5f5f5f5f6101c086880312156135dd575f5ffd5b853594506135ee8760208801613396565b935061018086013567ffffffffffffffff81111561360a575f5ffd5b613616888289016133ad565b9094509250506101a086013567ffffffffffffffff811115613636575f5ffd5b860160808189031215613647575f5ffd5b809150509295509295909350565b5f5f5f5f5f5f5f5f610340898b03121561366d575f5ffd5b8835975061367e8a60208b01613396565b965061018089013567ffffffffffffffff81111561369a575f5ffd5b6136a68b828c016133ad565b9097509550506101a089013593506136c28a6101c08b01613396565b925061032089013567ffffffffffffffff8111156136de575f5ffd5b6136ea8b828c016133ad565b999c989b5096995094979396929594505050565b5f610160828403121561370f575f5ffd5b6131ba8383613396565b5f5f6040838503121561372a575f5ffd5b61373383613358565b915061374160208401613358565b90509250929050565b5f5f5f6040848603121561375c575f5ffd5b83359250602084013567ffffffffffffffff811115613779575f5ffd5b6137858682870161344e565b9497909650939450505050565b5f5f5f5f5f5f5f5f5f6103408a8c0312156137ab575f5ffd5b893598506137bc8b60208c01613396565b97506101808a013567ffffffffffffffff8111156137d8575f5ffd5b6137e48c828d016133ad565b90985096506137f990508b6101a08c01613396565b94506103008a013567ffffffffffffffff811115613815575f5ffd5b6138218c828d016133ad565b9095509350506103208a013567ffffffffffffffff811115613841575f5ffd5b61384d8c828d0161344e565b915080935050809150509295985092959850929598565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808202811582820484141761070c5761070c613864565b5f826138db577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b8181038181111561070c5761070c613864565b8082018082111561070c5761070c613864565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b64ffffffffff828116828216039081111561070c5761070c613864565b5f60208284031215613960575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f816139a2576139a2613864565b505f190190565b602080825281018290525f8360408301825b85811015613a0d576001600160a01b036139d484613358565b1682526001600160a01b036139eb60208501613358565b16602083015260408381013590830152606092830192909101906001016139bb565b5095945050505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613a4a575f5ffd5b83018035915067ffffffffffffffff821115613a64575f5ffd5b6020019150600581901b36038213156133ee575f5ffd5b848152606060208201528260608201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff841115613ab8575f5ffd5b8360051b80866080850137604083019390935250016080019392505050565b5f60208284031215613ae7575f5ffd5b815180151581146131ba575f5ffd5b5f5f198203613b0757613b07613864565b5060010190565b6040810160098410613b47577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9281526020015290565b8381525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115613b81575f5ffd5b8260051b8085602085013791909101602001949350505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613bce575f5ffd5b83018035915067ffffffffffffffff821115613be8575f5ffd5b6020019150368190038213156133ee575f5ffd5b5f5f85851115613c0a575f5ffd5b83861115613c16575f5ffd5b5050820193919092039150565b8035602083101561070c575f19602084900360031b1b1692915050565b60ff818116838216019081111561070c5761070c61386456fea164736f6c634300081e000a",
}

// SkyopsEscrowABI is the input ABI used to generate the binding from.
// Deprecated: Use SkyopsEscrowMetaData.ABI instead.
var SkyopsEscrowABI = SkyopsEscrowMetaData.ABI

// SkyopsEscrowBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SkyopsEscrowMetaData.Bin instead.
var SkyopsEscrowBin = SkyopsEscrowMetaData.Bin

// DeploySkyopsEscrow deploys a new Ethereum contract, binding an instance of SkyopsEscrow to it.
func DeploySkyopsEscrow(auth *bind.TransactOpts, backend bind.ContractBackend, skyops_ common.Address, registry_ common.Address, params_ common.Address, withdrawDelay_ *big.Int, disputeWindow_ *big.Int, challengeBond_ *big.Int, specHashes_ [2][32]byte, specFields_ [2]*big.Int) (common.Address, *types.Transaction, *SkyopsEscrow, error) {
	parsed, err := SkyopsEscrowMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SkyopsEscrowBin), backend, skyops_, registry_, params_, withdrawDelay_, disputeWindow_, challengeBond_, specHashes_, specFields_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SkyopsEscrow{SkyopsEscrowCaller: SkyopsEscrowCaller{contract: contract}, SkyopsEscrowTransactor: SkyopsEscrowTransactor{contract: contract}, SkyopsEscrowFilterer: SkyopsEscrowFilterer{contract: contract}}, nil
}

// SkyopsEscrow is an auto generated Go binding around an Ethereum contract.
type SkyopsEscrow struct {
	SkyopsEscrowCaller     // Read-only binding to the contract
	SkyopsEscrowTransactor // Write-only binding to the contract
	SkyopsEscrowFilterer   // Log filterer for contract events
}

// SkyopsEscrowCaller is an auto generated read-only Go binding around an Ethereum contract.
type SkyopsEscrowCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SkyopsEscrowTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SkyopsEscrowTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SkyopsEscrowFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SkyopsEscrowFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SkyopsEscrowSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SkyopsEscrowSession struct {
	Contract     *SkyopsEscrow     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SkyopsEscrowCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SkyopsEscrowCallerSession struct {
	Contract *SkyopsEscrowCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// SkyopsEscrowTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SkyopsEscrowTransactorSession struct {
	Contract     *SkyopsEscrowTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// SkyopsEscrowRaw is an auto generated low-level Go binding around an Ethereum contract.
type SkyopsEscrowRaw struct {
	Contract *SkyopsEscrow // Generic contract binding to access the raw methods on
}

// SkyopsEscrowCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SkyopsEscrowCallerRaw struct {
	Contract *SkyopsEscrowCaller // Generic read-only contract binding to access the raw methods on
}

// SkyopsEscrowTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SkyopsEscrowTransactorRaw struct {
	Contract *SkyopsEscrowTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSkyopsEscrow creates a new instance of SkyopsEscrow, bound to a specific deployed contract.
func NewSkyopsEscrow(address common.Address, backend bind.ContractBackend) (*SkyopsEscrow, error) {
	contract, err := bindSkyopsEscrow(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrow{SkyopsEscrowCaller: SkyopsEscrowCaller{contract: contract}, SkyopsEscrowTransactor: SkyopsEscrowTransactor{contract: contract}, SkyopsEscrowFilterer: SkyopsEscrowFilterer{contract: contract}}, nil
}

// NewSkyopsEscrowCaller creates a new read-only instance of SkyopsEscrow, bound to a specific deployed contract.
func NewSkyopsEscrowCaller(address common.Address, caller bind.ContractCaller) (*SkyopsEscrowCaller, error) {
	contract, err := bindSkyopsEscrow(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrowCaller{contract: contract}, nil
}

// NewSkyopsEscrowTransactor creates a new write-only instance of SkyopsEscrow, bound to a specific deployed contract.
func NewSkyopsEscrowTransactor(address common.Address, transactor bind.ContractTransactor) (*SkyopsEscrowTransactor, error) {
	contract, err := bindSkyopsEscrow(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrowTransactor{contract: contract}, nil
}

// NewSkyopsEscrowFilterer creates a new log filterer instance of SkyopsEscrow, bound to a specific deployed contract.
func NewSkyopsEscrowFilterer(address common.Address, filterer bind.ContractFilterer) (*SkyopsEscrowFilterer, error) {
	contract, err := bindSkyopsEscrow(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrowFilterer{contract: contract}, nil
}

// bindSkyopsEscrow binds a generic wrapper to an already deployed contract.
func bindSkyopsEscrow(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SkyopsEscrowMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SkyopsEscrow *SkyopsEscrowRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SkyopsEscrow.Contract.SkyopsEscrowCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SkyopsEscrow *SkyopsEscrowRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.SkyopsEscrowTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SkyopsEscrow *SkyopsEscrowRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.SkyopsEscrowTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SkyopsEscrow *SkyopsEscrowCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SkyopsEscrow.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SkyopsEscrow *SkyopsEscrowTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SkyopsEscrow *SkyopsEscrowTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.contract.Transact(opts, method, params...)
}

// ETH is a free data retrieval call binding the contract method 0x8322fff2.
//
// Solidity: function ETH() view returns(address)
func (_SkyopsEscrow *SkyopsEscrowCaller) ETH(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "ETH")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ETH is a free data retrieval call binding the contract method 0x8322fff2.
//
// Solidity: function ETH() view returns(address)
func (_SkyopsEscrow *SkyopsEscrowSession) ETH() (common.Address, error) {
	return _SkyopsEscrow.Contract.ETH(&_SkyopsEscrow.CallOpts)
}

// ETH is a free data retrieval call binding the contract method 0x8322fff2.
//
// Solidity: function ETH() view returns(address)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) ETH() (common.Address, error) {
	return _SkyopsEscrow.Contract.ETH(&_SkyopsEscrow.CallOpts)
}

// NOFIELD is a free data retrieval call binding the contract method 0x3fce0f32.
//
// Solidity: function NO_FIELD() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCaller) NOFIELD(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "NO_FIELD")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NOFIELD is a free data retrieval call binding the contract method 0x3fce0f32.
//
// Solidity: function NO_FIELD() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowSession) NOFIELD() (*big.Int, error) {
	return _SkyopsEscrow.Contract.NOFIELD(&_SkyopsEscrow.CallOpts)
}

// NOFIELD is a free data retrieval call binding the contract method 0x3fce0f32.
//
// Solidity: function NO_FIELD() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) NOFIELD() (*big.Int, error) {
	return _SkyopsEscrow.Contract.NOFIELD(&_SkyopsEscrow.CallOpts)
}

// AccountOf is a free data retrieval call binding the contract method 0x9ed55403.
//
// Solidity: function accountOf(address owner, address token) view returns(uint256 balance, uint256 withdrawing, uint256 withdrawableAt)
func (_SkyopsEscrow *SkyopsEscrowCaller) AccountOf(opts *bind.CallOpts, owner common.Address, token common.Address) (struct {
	Balance        *big.Int
	Withdrawing    *big.Int
	WithdrawableAt *big.Int
}, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "accountOf", owner, token)

	outstruct := new(struct {
		Balance        *big.Int
		Withdrawing    *big.Int
		WithdrawableAt *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Balance = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Withdrawing = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.WithdrawableAt = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// AccountOf is a free data retrieval call binding the contract method 0x9ed55403.
//
// Solidity: function accountOf(address owner, address token) view returns(uint256 balance, uint256 withdrawing, uint256 withdrawableAt)
func (_SkyopsEscrow *SkyopsEscrowSession) AccountOf(owner common.Address, token common.Address) (struct {
	Balance        *big.Int
	Withdrawing    *big.Int
	WithdrawableAt *big.Int
}, error) {
	return _SkyopsEscrow.Contract.AccountOf(&_SkyopsEscrow.CallOpts, owner, token)
}

// AccountOf is a free data retrieval call binding the contract method 0x9ed55403.
//
// Solidity: function accountOf(address owner, address token) view returns(uint256 balance, uint256 withdrawing, uint256 withdrawableAt)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) AccountOf(owner common.Address, token common.Address) (struct {
	Balance        *big.Int
	Withdrawing    *big.Int
	WithdrawableAt *big.Int
}, error) {
	return _SkyopsEscrow.Contract.AccountOf(&_SkyopsEscrow.CallOpts, owner, token)
}

// ChallengeBond is a free data retrieval call binding the contract method 0x52305151.
//
// Solidity: function challengeBond() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCaller) ChallengeBond(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "challengeBond")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ChallengeBond is a free data retrieval call binding the contract method 0x52305151.
//
// Solidity: function challengeBond() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowSession) ChallengeBond() (*big.Int, error) {
	return _SkyopsEscrow.Contract.ChallengeBond(&_SkyopsEscrow.CallOpts)
}

// ChallengeBond is a free data retrieval call binding the contract method 0x52305151.
//
// Solidity: function challengeBond() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) ChallengeBond() (*big.Int, error) {
	return _SkyopsEscrow.Contract.ChallengeBond(&_SkyopsEscrow.CallOpts)
}

// ClaimIdOf is a free data retrieval call binding the contract method 0x1799c38e.
//
// Solidity: function claimIdOf(address executor, bytes32 anchorRoot) pure returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowCaller) ClaimIdOf(opts *bind.CallOpts, executor common.Address, anchorRoot [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "claimIdOf", executor, anchorRoot)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ClaimIdOf is a free data retrieval call binding the contract method 0x1799c38e.
//
// Solidity: function claimIdOf(address executor, bytes32 anchorRoot) pure returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowSession) ClaimIdOf(executor common.Address, anchorRoot [32]byte) ([32]byte, error) {
	return _SkyopsEscrow.Contract.ClaimIdOf(&_SkyopsEscrow.CallOpts, executor, anchorRoot)
}

// ClaimIdOf is a free data retrieval call binding the contract method 0x1799c38e.
//
// Solidity: function claimIdOf(address executor, bytes32 anchorRoot) pure returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) ClaimIdOf(executor common.Address, anchorRoot [32]byte) ([32]byte, error) {
	return _SkyopsEscrow.Contract.ClaimIdOf(&_SkyopsEscrow.CallOpts, executor, anchorRoot)
}

// ClaimOf is a free data retrieval call binding the contract method 0x903fafea.
//
// Solidity: function claimOf(bytes32 claimId) view returns(address executor, uint8 state, uint256 readyAt, uint256 count, bytes32 paymentsRoot, bytes32 owedHash)
func (_SkyopsEscrow *SkyopsEscrowCaller) ClaimOf(opts *bind.CallOpts, claimId [32]byte) (struct {
	Executor     common.Address
	State        uint8
	ReadyAt      *big.Int
	Count        *big.Int
	PaymentsRoot [32]byte
	OwedHash     [32]byte
}, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "claimOf", claimId)

	outstruct := new(struct {
		Executor     common.Address
		State        uint8
		ReadyAt      *big.Int
		Count        *big.Int
		PaymentsRoot [32]byte
		OwedHash     [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Executor = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.State = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.ReadyAt = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.Count = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.PaymentsRoot = *abi.ConvertType(out[4], new([32]byte)).(*[32]byte)
	outstruct.OwedHash = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// ClaimOf is a free data retrieval call binding the contract method 0x903fafea.
//
// Solidity: function claimOf(bytes32 claimId) view returns(address executor, uint8 state, uint256 readyAt, uint256 count, bytes32 paymentsRoot, bytes32 owedHash)
func (_SkyopsEscrow *SkyopsEscrowSession) ClaimOf(claimId [32]byte) (struct {
	Executor     common.Address
	State        uint8
	ReadyAt      *big.Int
	Count        *big.Int
	PaymentsRoot [32]byte
	OwedHash     [32]byte
}, error) {
	return _SkyopsEscrow.Contract.ClaimOf(&_SkyopsEscrow.CallOpts, claimId)
}

// ClaimOf is a free data retrieval call binding the contract method 0x903fafea.
//
// Solidity: function claimOf(bytes32 claimId) view returns(address executor, uint8 state, uint256 readyAt, uint256 count, bytes32 paymentsRoot, bytes32 owedHash)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) ClaimOf(claimId [32]byte) (struct {
	Executor     common.Address
	State        uint8
	ReadyAt      *big.Int
	Count        *big.Int
	PaymentsRoot [32]byte
	OwedHash     [32]byte
}, error) {
	return _SkyopsEscrow.Contract.ClaimOf(&_SkyopsEscrow.CallOpts, claimId)
}

// DisputeWindow is a free data retrieval call binding the contract method 0x117f5f92.
//
// Solidity: function disputeWindow() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCaller) DisputeWindow(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "disputeWindow")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DisputeWindow is a free data retrieval call binding the contract method 0x117f5f92.
//
// Solidity: function disputeWindow() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowSession) DisputeWindow() (*big.Int, error) {
	return _SkyopsEscrow.Contract.DisputeWindow(&_SkyopsEscrow.CallOpts)
}

// DisputeWindow is a free data retrieval call binding the contract method 0x117f5f92.
//
// Solidity: function disputeWindow() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) DisputeWindow() (*big.Int, error) {
	return _SkyopsEscrow.Contract.DisputeWindow(&_SkyopsEscrow.CallOpts)
}

// LeafHash is a free data retrieval call binding the contract method 0x894bbf2c.
//
// Solidity: function leafHash((uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf) pure returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowCaller) LeafHash(opts *bind.CallOpts, leaf SkyopsEscrowLeaf) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "leafHash", leaf)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LeafHash is a free data retrieval call binding the contract method 0x894bbf2c.
//
// Solidity: function leafHash((uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf) pure returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowSession) LeafHash(leaf SkyopsEscrowLeaf) ([32]byte, error) {
	return _SkyopsEscrow.Contract.LeafHash(&_SkyopsEscrow.CallOpts, leaf)
}

// LeafHash is a free data retrieval call binding the contract method 0x894bbf2c.
//
// Solidity: function leafHash((uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf) pure returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) LeafHash(leaf SkyopsEscrowLeaf) ([32]byte, error) {
	return _SkyopsEscrow.Contract.LeafHash(&_SkyopsEscrow.CallOpts, leaf)
}

// OpenChallenges is a free data retrieval call binding the contract method 0x79258c7a.
//
// Solidity: function openChallenges(bytes32 claimId) view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCaller) OpenChallenges(opts *bind.CallOpts, claimId [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "openChallenges", claimId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// OpenChallenges is a free data retrieval call binding the contract method 0x79258c7a.
//
// Solidity: function openChallenges(bytes32 claimId) view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowSession) OpenChallenges(claimId [32]byte) (*big.Int, error) {
	return _SkyopsEscrow.Contract.OpenChallenges(&_SkyopsEscrow.CallOpts, claimId)
}

// OpenChallenges is a free data retrieval call binding the contract method 0x79258c7a.
//
// Solidity: function openChallenges(bytes32 claimId) view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) OpenChallenges(claimId [32]byte) (*big.Int, error) {
	return _SkyopsEscrow.Contract.OpenChallenges(&_SkyopsEscrow.CallOpts, claimId)
}

// Params is a free data retrieval call binding the contract method 0xcff0ab96.
//
// Solidity: function params() view returns(address)
func (_SkyopsEscrow *SkyopsEscrowCaller) Params(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "params")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Params is a free data retrieval call binding the contract method 0xcff0ab96.
//
// Solidity: function params() view returns(address)
func (_SkyopsEscrow *SkyopsEscrowSession) Params() (common.Address, error) {
	return _SkyopsEscrow.Contract.Params(&_SkyopsEscrow.CallOpts)
}

// Params is a free data retrieval call binding the contract method 0xcff0ab96.
//
// Solidity: function params() view returns(address)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) Params() (common.Address, error) {
	return _SkyopsEscrow.Contract.Params(&_SkyopsEscrow.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_SkyopsEscrow *SkyopsEscrowCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_SkyopsEscrow *SkyopsEscrowSession) Registry() (common.Address, error) {
	return _SkyopsEscrow.Contract.Registry(&_SkyopsEscrow.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) Registry() (common.Address, error) {
	return _SkyopsEscrow.Contract.Registry(&_SkyopsEscrow.CallOpts)
}

// Skyops is a free data retrieval call binding the contract method 0x44fda1fd.
//
// Solidity: function skyops() view returns(address)
func (_SkyopsEscrow *SkyopsEscrowCaller) Skyops(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "skyops")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Skyops is a free data retrieval call binding the contract method 0x44fda1fd.
//
// Solidity: function skyops() view returns(address)
func (_SkyopsEscrow *SkyopsEscrowSession) Skyops() (common.Address, error) {
	return _SkyopsEscrow.Contract.Skyops(&_SkyopsEscrow.CallOpts)
}

// Skyops is a free data retrieval call binding the contract method 0x44fda1fd.
//
// Solidity: function skyops() view returns(address)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) Skyops() (common.Address, error) {
	return _SkyopsEscrow.Contract.Skyops(&_SkyopsEscrow.CallOpts)
}

// SpecDomainSeparator is a free data retrieval call binding the contract method 0x185be069.
//
// Solidity: function specDomainSeparator() view returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowCaller) SpecDomainSeparator(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "specDomainSeparator")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SpecDomainSeparator is a free data retrieval call binding the contract method 0x185be069.
//
// Solidity: function specDomainSeparator() view returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowSession) SpecDomainSeparator() ([32]byte, error) {
	return _SkyopsEscrow.Contract.SpecDomainSeparator(&_SkyopsEscrow.CallOpts)
}

// SpecDomainSeparator is a free data retrieval call binding the contract method 0x185be069.
//
// Solidity: function specDomainSeparator() view returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) SpecDomainSeparator() ([32]byte, error) {
	return _SkyopsEscrow.Contract.SpecDomainSeparator(&_SkyopsEscrow.CallOpts)
}

// SpecPriceCapField is a free data retrieval call binding the contract method 0x1f8c2e66.
//
// Solidity: function specPriceCapField() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCaller) SpecPriceCapField(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "specPriceCapField")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SpecPriceCapField is a free data retrieval call binding the contract method 0x1f8c2e66.
//
// Solidity: function specPriceCapField() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowSession) SpecPriceCapField() (*big.Int, error) {
	return _SkyopsEscrow.Contract.SpecPriceCapField(&_SkyopsEscrow.CallOpts)
}

// SpecPriceCapField is a free data retrieval call binding the contract method 0x1f8c2e66.
//
// Solidity: function specPriceCapField() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) SpecPriceCapField() (*big.Int, error) {
	return _SkyopsEscrow.Contract.SpecPriceCapField(&_SkyopsEscrow.CallOpts)
}

// SpecTokenField is a free data retrieval call binding the contract method 0x308e0d9e.
//
// Solidity: function specTokenField() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCaller) SpecTokenField(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "specTokenField")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SpecTokenField is a free data retrieval call binding the contract method 0x308e0d9e.
//
// Solidity: function specTokenField() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowSession) SpecTokenField() (*big.Int, error) {
	return _SkyopsEscrow.Contract.SpecTokenField(&_SkyopsEscrow.CallOpts)
}

// SpecTokenField is a free data retrieval call binding the contract method 0x308e0d9e.
//
// Solidity: function specTokenField() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) SpecTokenField() (*big.Int, error) {
	return _SkyopsEscrow.Contract.SpecTokenField(&_SkyopsEscrow.CallOpts)
}

// SpecTypeHash is a free data retrieval call binding the contract method 0x5b11bd11.
//
// Solidity: function specTypeHash() view returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowCaller) SpecTypeHash(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "specTypeHash")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SpecTypeHash is a free data retrieval call binding the contract method 0x5b11bd11.
//
// Solidity: function specTypeHash() view returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowSession) SpecTypeHash() ([32]byte, error) {
	return _SkyopsEscrow.Contract.SpecTypeHash(&_SkyopsEscrow.CallOpts)
}

// SpecTypeHash is a free data retrieval call binding the contract method 0x5b11bd11.
//
// Solidity: function specTypeHash() view returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) SpecTypeHash() ([32]byte, error) {
	return _SkyopsEscrow.Contract.SpecTypeHash(&_SkyopsEscrow.CallOpts)
}

// WithdrawDelay is a free data retrieval call binding the contract method 0x0288a39c.
//
// Solidity: function withdrawDelay() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCaller) WithdrawDelay(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "withdrawDelay")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WithdrawDelay is a free data retrieval call binding the contract method 0x0288a39c.
//
// Solidity: function withdrawDelay() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowSession) WithdrawDelay() (*big.Int, error) {
	return _SkyopsEscrow.Contract.WithdrawDelay(&_SkyopsEscrow.CallOpts)
}

// WithdrawDelay is a free data retrieval call binding the contract method 0x0288a39c.
//
// Solidity: function withdrawDelay() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) WithdrawDelay() (*big.Int, error) {
	return _SkyopsEscrow.Contract.WithdrawDelay(&_SkyopsEscrow.CallOpts)
}

// Answer is a paid mutator transaction binding the contract method 0x7dea5f29.
//
// Solidity: function answer(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof, (bytes32,bytes32[],bytes32[],bytes) a) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) Answer(opts *bind.TransactOpts, claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte, a SkyopsEscrowAnswer) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "answer", claimId, leaf, proof, a)
}

// Answer is a paid mutator transaction binding the contract method 0x7dea5f29.
//
// Solidity: function answer(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof, (bytes32,bytes32[],bytes32[],bytes) a) returns()
func (_SkyopsEscrow *SkyopsEscrowSession) Answer(claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte, a SkyopsEscrowAnswer) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.Answer(&_SkyopsEscrow.TransactOpts, claimId, leaf, proof, a)
}

// Answer is a paid mutator transaction binding the contract method 0x7dea5f29.
//
// Solidity: function answer(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof, (bytes32,bytes32[],bytes32[],bytes) a) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) Answer(claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte, a SkyopsEscrowAnswer) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.Answer(&_SkyopsEscrow.TransactOpts, claimId, leaf, proof, a)
}

// Challenge is a paid mutator transaction binding the contract method 0xe2083c18.
//
// Solidity: function challenge(bytes32 claimId, uint256 index) payable returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) Challenge(opts *bind.TransactOpts, claimId [32]byte, index *big.Int) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "challenge", claimId, index)
}

// Challenge is a paid mutator transaction binding the contract method 0xe2083c18.
//
// Solidity: function challenge(bytes32 claimId, uint256 index) payable returns()
func (_SkyopsEscrow *SkyopsEscrowSession) Challenge(claimId [32]byte, index *big.Int) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.Challenge(&_SkyopsEscrow.TransactOpts, claimId, index)
}

// Challenge is a paid mutator transaction binding the contract method 0xe2083c18.
//
// Solidity: function challenge(bytes32 claimId, uint256 index) payable returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) Challenge(claimId [32]byte, index *big.Int) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.Challenge(&_SkyopsEscrow.TransactOpts, claimId, index)
}

// Claim is a paid mutator transaction binding the contract method 0x5fd39146.
//
// Solidity: function claim(bytes32 anchorRoot, bytes32 paymentsRoot, uint256 count, (address,address,uint256)[] owed) returns(bytes32 claimId)
func (_SkyopsEscrow *SkyopsEscrowTransactor) Claim(opts *bind.TransactOpts, anchorRoot [32]byte, paymentsRoot [32]byte, count *big.Int, owed []SkyopsEscrowOwed) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "claim", anchorRoot, paymentsRoot, count, owed)
}

// Claim is a paid mutator transaction binding the contract method 0x5fd39146.
//
// Solidity: function claim(bytes32 anchorRoot, bytes32 paymentsRoot, uint256 count, (address,address,uint256)[] owed) returns(bytes32 claimId)
func (_SkyopsEscrow *SkyopsEscrowSession) Claim(anchorRoot [32]byte, paymentsRoot [32]byte, count *big.Int, owed []SkyopsEscrowOwed) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.Claim(&_SkyopsEscrow.TransactOpts, anchorRoot, paymentsRoot, count, owed)
}

// Claim is a paid mutator transaction binding the contract method 0x5fd39146.
//
// Solidity: function claim(bytes32 anchorRoot, bytes32 paymentsRoot, uint256 count, (address,address,uint256)[] owed) returns(bytes32 claimId)
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) Claim(anchorRoot [32]byte, paymentsRoot [32]byte, count *big.Int, owed []SkyopsEscrowOwed) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.Claim(&_SkyopsEscrow.TransactOpts, anchorRoot, paymentsRoot, count, owed)
}

// Deposit is a paid mutator transaction binding the contract method 0x47e7ef24.
//
// Solidity: function deposit(address token, uint256 amount) payable returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) Deposit(opts *bind.TransactOpts, token common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "deposit", token, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0x47e7ef24.
//
// Solidity: function deposit(address token, uint256 amount) payable returns()
func (_SkyopsEscrow *SkyopsEscrowSession) Deposit(token common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.Deposit(&_SkyopsEscrow.TransactOpts, token, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0x47e7ef24.
//
// Solidity: function deposit(address token, uint256 amount) payable returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) Deposit(token common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.Deposit(&_SkyopsEscrow.TransactOpts, token, amount)
}

// DepositETH is a paid mutator transaction binding the contract method 0xf6326fb3.
//
// Solidity: function depositETH() payable returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) DepositETH(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "depositETH")
}

// DepositETH is a paid mutator transaction binding the contract method 0xf6326fb3.
//
// Solidity: function depositETH() payable returns()
func (_SkyopsEscrow *SkyopsEscrowSession) DepositETH() (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.DepositETH(&_SkyopsEscrow.TransactOpts)
}

// DepositETH is a paid mutator transaction binding the contract method 0xf6326fb3.
//
// Solidity: function depositETH() payable returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) DepositETH() (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.DepositETH(&_SkyopsEscrow.TransactOpts)
}

// DisputeDuplicate is a paid mutator transaction binding the contract method 0x87e5ce2d.
//
// Solidity: function disputeDuplicate(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof, bytes32 otherClaimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) other, bytes32[] otherProof) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) DisputeDuplicate(opts *bind.TransactOpts, claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte, otherClaimId [32]byte, other SkyopsEscrowLeaf, otherProof [][32]byte) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "disputeDuplicate", claimId, leaf, proof, otherClaimId, other, otherProof)
}

// DisputeDuplicate is a paid mutator transaction binding the contract method 0x87e5ce2d.
//
// Solidity: function disputeDuplicate(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof, bytes32 otherClaimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) other, bytes32[] otherProof) returns()
func (_SkyopsEscrow *SkyopsEscrowSession) DisputeDuplicate(claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte, otherClaimId [32]byte, other SkyopsEscrowLeaf, otherProof [][32]byte) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.DisputeDuplicate(&_SkyopsEscrow.TransactOpts, claimId, leaf, proof, otherClaimId, other, otherProof)
}

// DisputeDuplicate is a paid mutator transaction binding the contract method 0x87e5ce2d.
//
// Solidity: function disputeDuplicate(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof, bytes32 otherClaimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) other, bytes32[] otherProof) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) DisputeDuplicate(claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte, otherClaimId [32]byte, other SkyopsEscrowLeaf, otherProof [][32]byte) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.DisputeDuplicate(&_SkyopsEscrow.TransactOpts, claimId, leaf, proof, otherClaimId, other, otherProof)
}

// DisputeLeaf is a paid mutator transaction binding the contract method 0x1b12b26d.
//
// Solidity: function disputeLeaf(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) DisputeLeaf(opts *bind.TransactOpts, claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "disputeLeaf", claimId, leaf, proof)
}

// DisputeLeaf is a paid mutator transaction binding the contract method 0x1b12b26d.
//
// Solidity: function disputeLeaf(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof) returns()
func (_SkyopsEscrow *SkyopsEscrowSession) DisputeLeaf(claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.DisputeLeaf(&_SkyopsEscrow.TransactOpts, claimId, leaf, proof)
}

// DisputeLeaf is a paid mutator transaction binding the contract method 0x1b12b26d.
//
// Solidity: function disputeLeaf(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) DisputeLeaf(claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.DisputeLeaf(&_SkyopsEscrow.TransactOpts, claimId, leaf, proof)
}

// DisputeOwed is a paid mutator transaction binding the contract method 0x477d349a.
//
// Solidity: function disputeOwed(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof, (address,address,uint256)[] owed) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) DisputeOwed(opts *bind.TransactOpts, claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte, owed []SkyopsEscrowOwed) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "disputeOwed", claimId, leaf, proof, owed)
}

// DisputeOwed is a paid mutator transaction binding the contract method 0x477d349a.
//
// Solidity: function disputeOwed(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof, (address,address,uint256)[] owed) returns()
func (_SkyopsEscrow *SkyopsEscrowSession) DisputeOwed(claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte, owed []SkyopsEscrowOwed) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.DisputeOwed(&_SkyopsEscrow.TransactOpts, claimId, leaf, proof, owed)
}

// DisputeOwed is a paid mutator transaction binding the contract method 0x477d349a.
//
// Solidity: function disputeOwed(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof, (address,address,uint256)[] owed) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) DisputeOwed(claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte, owed []SkyopsEscrowOwed) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.DisputeOwed(&_SkyopsEscrow.TransactOpts, claimId, leaf, proof, owed)
}

// DisputePair is a paid mutator transaction binding the contract method 0xbc670d1d.
//
// Solidity: function disputePair(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) a, bytes32[] proofA, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) b, bytes32[] proofB, (address,address,uint256)[] owed) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) DisputePair(opts *bind.TransactOpts, claimId [32]byte, a SkyopsEscrowLeaf, proofA [][32]byte, b SkyopsEscrowLeaf, proofB [][32]byte, owed []SkyopsEscrowOwed) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "disputePair", claimId, a, proofA, b, proofB, owed)
}

// DisputePair is a paid mutator transaction binding the contract method 0xbc670d1d.
//
// Solidity: function disputePair(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) a, bytes32[] proofA, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) b, bytes32[] proofB, (address,address,uint256)[] owed) returns()
func (_SkyopsEscrow *SkyopsEscrowSession) DisputePair(claimId [32]byte, a SkyopsEscrowLeaf, proofA [][32]byte, b SkyopsEscrowLeaf, proofB [][32]byte, owed []SkyopsEscrowOwed) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.DisputePair(&_SkyopsEscrow.TransactOpts, claimId, a, proofA, b, proofB, owed)
}

// DisputePair is a paid mutator transaction binding the contract method 0xbc670d1d.
//
// Solidity: function disputePair(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) a, bytes32[] proofA, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) b, bytes32[] proofB, (address,address,uint256)[] owed) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) DisputePair(claimId [32]byte, a SkyopsEscrowLeaf, proofA [][32]byte, b SkyopsEscrowLeaf, proofB [][32]byte, owed []SkyopsEscrowOwed) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.DisputePair(&_SkyopsEscrow.TransactOpts, claimId, a, proofA, b, proofB, owed)
}

// Finalize is a paid mutator transaction binding the contract method 0xb65c536d.
//
// Solidity: function finalize(bytes32 claimId, (address,address,uint256)[] owed) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) Finalize(opts *bind.TransactOpts, claimId [32]byte, owed []SkyopsEscrowOwed) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "finalize", claimId, owed)
}

// Finalize is a paid mutator transaction binding the contract method 0xb65c536d.
//
// Solidity: function finalize(bytes32 claimId, (address,address,uint256)[] owed) returns()
func (_SkyopsEscrow *SkyopsEscrowSession) Finalize(claimId [32]byte, owed []SkyopsEscrowOwed) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.Finalize(&_SkyopsEscrow.TransactOpts, claimId, owed)
}

// Finalize is a paid mutator transaction binding the contract method 0xb65c536d.
//
// Solidity: function finalize(bytes32 claimId, (address,address,uint256)[] owed) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) Finalize(claimId [32]byte, owed []SkyopsEscrowOwed) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.Finalize(&_SkyopsEscrow.TransactOpts, claimId, owed)
}

// RequestWithdraw is a paid mutator transaction binding the contract method 0x397a1b28.
//
// Solidity: function requestWithdraw(address token, uint256 amount) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) RequestWithdraw(opts *bind.TransactOpts, token common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "requestWithdraw", token, amount)
}

// RequestWithdraw is a paid mutator transaction binding the contract method 0x397a1b28.
//
// Solidity: function requestWithdraw(address token, uint256 amount) returns()
func (_SkyopsEscrow *SkyopsEscrowSession) RequestWithdraw(token common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.RequestWithdraw(&_SkyopsEscrow.TransactOpts, token, amount)
}

// RequestWithdraw is a paid mutator transaction binding the contract method 0x397a1b28.
//
// Solidity: function requestWithdraw(address token, uint256 amount) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) RequestWithdraw(token common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.RequestWithdraw(&_SkyopsEscrow.TransactOpts, token, amount)
}

// VoidUnanswered is a paid mutator transaction binding the contract method 0x54427f71.
//
// Solidity: function voidUnanswered(bytes32 claimId, uint256 index) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) VoidUnanswered(opts *bind.TransactOpts, claimId [32]byte, index *big.Int) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "voidUnanswered", claimId, index)
}

// VoidUnanswered is a paid mutator transaction binding the contract method 0x54427f71.
//
// Solidity: function voidUnanswered(bytes32 claimId, uint256 index) returns()
func (_SkyopsEscrow *SkyopsEscrowSession) VoidUnanswered(claimId [32]byte, index *big.Int) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.VoidUnanswered(&_SkyopsEscrow.TransactOpts, claimId, index)
}

// VoidUnanswered is a paid mutator transaction binding the contract method 0x54427f71.
//
// Solidity: function voidUnanswered(bytes32 claimId, uint256 index) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) VoidUnanswered(claimId [32]byte, index *big.Int) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.VoidUnanswered(&_SkyopsEscrow.TransactOpts, claimId, index)
}

// Withdraw is a paid mutator transaction binding the contract method 0x51cff8d9.
//
// Solidity: function withdraw(address token) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) Withdraw(opts *bind.TransactOpts, token common.Address) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "withdraw", token)
}

// Withdraw is a paid mutator transaction binding the contract method 0x51cff8d9.
//
// Solidity: function withdraw(address token) returns()
func (_SkyopsEscrow *SkyopsEscrowSession) Withdraw(token common.Address) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.Withdraw(&_SkyopsEscrow.TransactOpts, token)
}

// Withdraw is a paid mutator transaction binding the contract method 0x51cff8d9.
//
// Solidity: function withdraw(address token) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) Withdraw(token common.Address) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.Withdraw(&_SkyopsEscrow.TransactOpts, token)
}

// SkyopsEscrowAnsweredIterator is returned from FilterAnswered and is used to iterate over the raw logs and unpacked data for Answered events raised by the SkyopsEscrow contract.
type SkyopsEscrowAnsweredIterator struct {
	Event *SkyopsEscrowAnswered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SkyopsEscrowAnsweredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsEscrowAnswered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SkyopsEscrowAnswered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SkyopsEscrowAnsweredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsEscrowAnsweredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsEscrowAnswered represents a Answered event raised by the SkyopsEscrow contract.
type SkyopsEscrowAnswered struct {
	ClaimId [32]byte
	Index   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterAnswered is a free log retrieval operation binding the contract event 0xb75ebdd7ba36f52c51b76e1a5d57f910e7014ce85c14c20193abd507f55a279d.
//
// Solidity: event Answered(bytes32 indexed claimId, uint256 index)
func (_SkyopsEscrow *SkyopsEscrowFilterer) FilterAnswered(opts *bind.FilterOpts, claimId [][32]byte) (*SkyopsEscrowAnsweredIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.FilterLogs(opts, "Answered", claimIdRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrowAnsweredIterator{contract: _SkyopsEscrow.contract, event: "Answered", logs: logs, sub: sub}, nil
}

// WatchAnswered is a free log subscription operation binding the contract event 0xb75ebdd7ba36f52c51b76e1a5d57f910e7014ce85c14c20193abd507f55a279d.
//
// Solidity: event Answered(bytes32 indexed claimId, uint256 index)
func (_SkyopsEscrow *SkyopsEscrowFilterer) WatchAnswered(opts *bind.WatchOpts, sink chan<- *SkyopsEscrowAnswered, claimId [][32]byte) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.WatchLogs(opts, "Answered", claimIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsEscrowAnswered)
				if err := _SkyopsEscrow.contract.UnpackLog(event, "Answered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAnswered is a log parse operation binding the contract event 0xb75ebdd7ba36f52c51b76e1a5d57f910e7014ce85c14c20193abd507f55a279d.
//
// Solidity: event Answered(bytes32 indexed claimId, uint256 index)
func (_SkyopsEscrow *SkyopsEscrowFilterer) ParseAnswered(log types.Log) (*SkyopsEscrowAnswered, error) {
	event := new(SkyopsEscrowAnswered)
	if err := _SkyopsEscrow.contract.UnpackLog(event, "Answered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SkyopsEscrowChallengedIterator is returned from FilterChallenged and is used to iterate over the raw logs and unpacked data for Challenged events raised by the SkyopsEscrow contract.
type SkyopsEscrowChallengedIterator struct {
	Event *SkyopsEscrowChallenged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SkyopsEscrowChallengedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsEscrowChallenged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SkyopsEscrowChallenged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SkyopsEscrowChallengedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsEscrowChallengedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsEscrowChallenged represents a Challenged event raised by the SkyopsEscrow contract.
type SkyopsEscrowChallenged struct {
	ClaimId    [32]byte
	Index      *big.Int
	Challenger common.Address
	Deadline   *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterChallenged is a free log retrieval operation binding the contract event 0x861fb716223003b0bb3f09167c9e7b4d23bc1d5ea79c08e3846421e90d388bb6.
//
// Solidity: event Challenged(bytes32 indexed claimId, uint256 index, address indexed challenger, uint256 deadline)
func (_SkyopsEscrow *SkyopsEscrowFilterer) FilterChallenged(opts *bind.FilterOpts, claimId [][32]byte, challenger []common.Address) (*SkyopsEscrowChallengedIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}

	var challengerRule []interface{}
	for _, challengerItem := range challenger {
		challengerRule = append(challengerRule, challengerItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.FilterLogs(opts, "Challenged", claimIdRule, challengerRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrowChallengedIterator{contract: _SkyopsEscrow.contract, event: "Challenged", logs: logs, sub: sub}, nil
}

// WatchChallenged is a free log subscription operation binding the contract event 0x861fb716223003b0bb3f09167c9e7b4d23bc1d5ea79c08e3846421e90d388bb6.
//
// Solidity: event Challenged(bytes32 indexed claimId, uint256 index, address indexed challenger, uint256 deadline)
func (_SkyopsEscrow *SkyopsEscrowFilterer) WatchChallenged(opts *bind.WatchOpts, sink chan<- *SkyopsEscrowChallenged, claimId [][32]byte, challenger []common.Address) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}

	var challengerRule []interface{}
	for _, challengerItem := range challenger {
		challengerRule = append(challengerRule, challengerItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.WatchLogs(opts, "Challenged", claimIdRule, challengerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsEscrowChallenged)
				if err := _SkyopsEscrow.contract.UnpackLog(event, "Challenged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChallenged is a log parse operation binding the contract event 0x861fb716223003b0bb3f09167c9e7b4d23bc1d5ea79c08e3846421e90d388bb6.
//
// Solidity: event Challenged(bytes32 indexed claimId, uint256 index, address indexed challenger, uint256 deadline)
func (_SkyopsEscrow *SkyopsEscrowFilterer) ParseChallenged(log types.Log) (*SkyopsEscrowChallenged, error) {
	event := new(SkyopsEscrowChallenged)
	if err := _SkyopsEscrow.contract.UnpackLog(event, "Challenged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SkyopsEscrowClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the SkyopsEscrow contract.
type SkyopsEscrowClaimedIterator struct {
	Event *SkyopsEscrowClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SkyopsEscrowClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsEscrowClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SkyopsEscrowClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SkyopsEscrowClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsEscrowClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsEscrowClaimed represents a Claimed event raised by the SkyopsEscrow contract.
type SkyopsEscrowClaimed struct {
	ClaimId      [32]byte
	Executor     common.Address
	AnchorRoot   [32]byte
	PaymentsRoot [32]byte
	Count        *big.Int
	ReadyAt      *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0x36d7ed82994afed0c54621aa3e7fc8f315d89410c2f0a6ebe56851d4f3d51548.
//
// Solidity: event Claimed(bytes32 indexed claimId, address indexed executor, bytes32 anchorRoot, bytes32 paymentsRoot, uint256 count, uint256 readyAt)
func (_SkyopsEscrow *SkyopsEscrowFilterer) FilterClaimed(opts *bind.FilterOpts, claimId [][32]byte, executor []common.Address) (*SkyopsEscrowClaimedIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var executorRule []interface{}
	for _, executorItem := range executor {
		executorRule = append(executorRule, executorItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.FilterLogs(opts, "Claimed", claimIdRule, executorRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrowClaimedIterator{contract: _SkyopsEscrow.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0x36d7ed82994afed0c54621aa3e7fc8f315d89410c2f0a6ebe56851d4f3d51548.
//
// Solidity: event Claimed(bytes32 indexed claimId, address indexed executor, bytes32 anchorRoot, bytes32 paymentsRoot, uint256 count, uint256 readyAt)
func (_SkyopsEscrow *SkyopsEscrowFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *SkyopsEscrowClaimed, claimId [][32]byte, executor []common.Address) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var executorRule []interface{}
	for _, executorItem := range executor {
		executorRule = append(executorRule, executorItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.WatchLogs(opts, "Claimed", claimIdRule, executorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsEscrowClaimed)
				if err := _SkyopsEscrow.contract.UnpackLog(event, "Claimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimed is a log parse operation binding the contract event 0x36d7ed82994afed0c54621aa3e7fc8f315d89410c2f0a6ebe56851d4f3d51548.
//
// Solidity: event Claimed(bytes32 indexed claimId, address indexed executor, bytes32 anchorRoot, bytes32 paymentsRoot, uint256 count, uint256 readyAt)
func (_SkyopsEscrow *SkyopsEscrowFilterer) ParseClaimed(log types.Log) (*SkyopsEscrowClaimed, error) {
	event := new(SkyopsEscrowClaimed)
	if err := _SkyopsEscrow.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SkyopsEscrowDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the SkyopsEscrow contract.
type SkyopsEscrowDepositedIterator struct {
	Event *SkyopsEscrowDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SkyopsEscrowDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsEscrowDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SkyopsEscrowDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SkyopsEscrowDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsEscrowDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsEscrowDeposited represents a Deposited event raised by the SkyopsEscrow contract.
type SkyopsEscrowDeposited struct {
	Owner  common.Address
	Token  common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0x8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a7.
//
// Solidity: event Deposited(address indexed owner, address indexed token, uint256 amount)
func (_SkyopsEscrow *SkyopsEscrowFilterer) FilterDeposited(opts *bind.FilterOpts, owner []common.Address, token []common.Address) (*SkyopsEscrowDepositedIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.FilterLogs(opts, "Deposited", ownerRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrowDepositedIterator{contract: _SkyopsEscrow.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0x8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a7.
//
// Solidity: event Deposited(address indexed owner, address indexed token, uint256 amount)
func (_SkyopsEscrow *SkyopsEscrowFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *SkyopsEscrowDeposited, owner []common.Address, token []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.WatchLogs(opts, "Deposited", ownerRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsEscrowDeposited)
				if err := _SkyopsEscrow.contract.UnpackLog(event, "Deposited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeposited is a log parse operation binding the contract event 0x8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a7.
//
// Solidity: event Deposited(address indexed owner, address indexed token, uint256 amount)
func (_SkyopsEscrow *SkyopsEscrowFilterer) ParseDeposited(log types.Log) (*SkyopsEscrowDeposited, error) {
	event := new(SkyopsEscrowDeposited)
	if err := _SkyopsEscrow.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SkyopsEscrowRedeemedIterator is returned from FilterRedeemed and is used to iterate over the raw logs and unpacked data for Redeemed events raised by the SkyopsEscrow contract.
type SkyopsEscrowRedeemedIterator struct {
	Event *SkyopsEscrowRedeemed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SkyopsEscrowRedeemedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsEscrowRedeemed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SkyopsEscrowRedeemed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SkyopsEscrowRedeemedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsEscrowRedeemedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsEscrowRedeemed represents a Redeemed event raised by the SkyopsEscrow contract.
type SkyopsEscrowRedeemed struct {
	ClaimId    [32]byte
	Executor   common.Address
	EthPaid    *big.Int
	SkyopsPaid *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterRedeemed is a free log retrieval operation binding the contract event 0x8dfe2e4992c35f0c2e1a1ae78bde2b832d7fabb19bb9e73ec22c5cc2ee89db23.
//
// Solidity: event Redeemed(bytes32 indexed claimId, address indexed executor, uint256 ethPaid, uint256 skyopsPaid)
func (_SkyopsEscrow *SkyopsEscrowFilterer) FilterRedeemed(opts *bind.FilterOpts, claimId [][32]byte, executor []common.Address) (*SkyopsEscrowRedeemedIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var executorRule []interface{}
	for _, executorItem := range executor {
		executorRule = append(executorRule, executorItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.FilterLogs(opts, "Redeemed", claimIdRule, executorRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrowRedeemedIterator{contract: _SkyopsEscrow.contract, event: "Redeemed", logs: logs, sub: sub}, nil
}

// WatchRedeemed is a free log subscription operation binding the contract event 0x8dfe2e4992c35f0c2e1a1ae78bde2b832d7fabb19bb9e73ec22c5cc2ee89db23.
//
// Solidity: event Redeemed(bytes32 indexed claimId, address indexed executor, uint256 ethPaid, uint256 skyopsPaid)
func (_SkyopsEscrow *SkyopsEscrowFilterer) WatchRedeemed(opts *bind.WatchOpts, sink chan<- *SkyopsEscrowRedeemed, claimId [][32]byte, executor []common.Address) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var executorRule []interface{}
	for _, executorItem := range executor {
		executorRule = append(executorRule, executorItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.WatchLogs(opts, "Redeemed", claimIdRule, executorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsEscrowRedeemed)
				if err := _SkyopsEscrow.contract.UnpackLog(event, "Redeemed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRedeemed is a log parse operation binding the contract event 0x8dfe2e4992c35f0c2e1a1ae78bde2b832d7fabb19bb9e73ec22c5cc2ee89db23.
//
// Solidity: event Redeemed(bytes32 indexed claimId, address indexed executor, uint256 ethPaid, uint256 skyopsPaid)
func (_SkyopsEscrow *SkyopsEscrowFilterer) ParseRedeemed(log types.Log) (*SkyopsEscrowRedeemed, error) {
	event := new(SkyopsEscrowRedeemed)
	if err := _SkyopsEscrow.contract.UnpackLog(event, "Redeemed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SkyopsEscrowShortfallIterator is returned from FilterShortfall and is used to iterate over the raw logs and unpacked data for Shortfall events raised by the SkyopsEscrow contract.
type SkyopsEscrowShortfallIterator struct {
	Event *SkyopsEscrowShortfall // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SkyopsEscrowShortfallIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsEscrowShortfall)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SkyopsEscrowShortfall)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SkyopsEscrowShortfallIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsEscrowShortfallIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsEscrowShortfall represents a Shortfall event raised by the SkyopsEscrow contract.
type SkyopsEscrowShortfall struct {
	ClaimId [32]byte
	Owner   common.Address
	Token   common.Address
	Owed    *big.Int
	Paid    *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterShortfall is a free log retrieval operation binding the contract event 0x5752e5029c39d743eea33bb91a748c752931cc2d2431ad3b6a63749a8c822813.
//
// Solidity: event Shortfall(bytes32 indexed claimId, address indexed owner, address token, uint256 owed, uint256 paid)
func (_SkyopsEscrow *SkyopsEscrowFilterer) FilterShortfall(opts *bind.FilterOpts, claimId [][32]byte, owner []common.Address) (*SkyopsEscrowShortfallIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.FilterLogs(opts, "Shortfall", claimIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrowShortfallIterator{contract: _SkyopsEscrow.contract, event: "Shortfall", logs: logs, sub: sub}, nil
}

// WatchShortfall is a free log subscription operation binding the contract event 0x5752e5029c39d743eea33bb91a748c752931cc2d2431ad3b6a63749a8c822813.
//
// Solidity: event Shortfall(bytes32 indexed claimId, address indexed owner, address token, uint256 owed, uint256 paid)
func (_SkyopsEscrow *SkyopsEscrowFilterer) WatchShortfall(opts *bind.WatchOpts, sink chan<- *SkyopsEscrowShortfall, claimId [][32]byte, owner []common.Address) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.WatchLogs(opts, "Shortfall", claimIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsEscrowShortfall)
				if err := _SkyopsEscrow.contract.UnpackLog(event, "Shortfall", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseShortfall is a log parse operation binding the contract event 0x5752e5029c39d743eea33bb91a748c752931cc2d2431ad3b6a63749a8c822813.
//
// Solidity: event Shortfall(bytes32 indexed claimId, address indexed owner, address token, uint256 owed, uint256 paid)
func (_SkyopsEscrow *SkyopsEscrowFilterer) ParseShortfall(log types.Log) (*SkyopsEscrowShortfall, error) {
	event := new(SkyopsEscrowShortfall)
	if err := _SkyopsEscrow.contract.UnpackLog(event, "Shortfall", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SkyopsEscrowVoidedIterator is returned from FilterVoided and is used to iterate over the raw logs and unpacked data for Voided events raised by the SkyopsEscrow contract.
type SkyopsEscrowVoidedIterator struct {
	Event *SkyopsEscrowVoided // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SkyopsEscrowVoidedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsEscrowVoided)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SkyopsEscrowVoided)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SkyopsEscrowVoidedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsEscrowVoidedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsEscrowVoided represents a Voided event raised by the SkyopsEscrow contract.
type SkyopsEscrowVoided struct {
	ClaimId  [32]byte
	Disputer common.Address
	Fraud    uint8
	Index    *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterVoided is a free log retrieval operation binding the contract event 0x9d59a3326aa5c861639c7500fbbc625c6e737d287475ee60daf97cc2e4ee6167.
//
// Solidity: event Voided(bytes32 indexed claimId, address indexed disputer, uint8 fraud, uint256 index)
func (_SkyopsEscrow *SkyopsEscrowFilterer) FilterVoided(opts *bind.FilterOpts, claimId [][32]byte, disputer []common.Address) (*SkyopsEscrowVoidedIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var disputerRule []interface{}
	for _, disputerItem := range disputer {
		disputerRule = append(disputerRule, disputerItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.FilterLogs(opts, "Voided", claimIdRule, disputerRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrowVoidedIterator{contract: _SkyopsEscrow.contract, event: "Voided", logs: logs, sub: sub}, nil
}

// WatchVoided is a free log subscription operation binding the contract event 0x9d59a3326aa5c861639c7500fbbc625c6e737d287475ee60daf97cc2e4ee6167.
//
// Solidity: event Voided(bytes32 indexed claimId, address indexed disputer, uint8 fraud, uint256 index)
func (_SkyopsEscrow *SkyopsEscrowFilterer) WatchVoided(opts *bind.WatchOpts, sink chan<- *SkyopsEscrowVoided, claimId [][32]byte, disputer []common.Address) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var disputerRule []interface{}
	for _, disputerItem := range disputer {
		disputerRule = append(disputerRule, disputerItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.WatchLogs(opts, "Voided", claimIdRule, disputerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsEscrowVoided)
				if err := _SkyopsEscrow.contract.UnpackLog(event, "Voided", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVoided is a log parse operation binding the contract event 0x9d59a3326aa5c861639c7500fbbc625c6e737d287475ee60daf97cc2e4ee6167.
//
// Solidity: event Voided(bytes32 indexed claimId, address indexed disputer, uint8 fraud, uint256 index)
func (_SkyopsEscrow *SkyopsEscrowFilterer) ParseVoided(log types.Log) (*SkyopsEscrowVoided, error) {
	event := new(SkyopsEscrowVoided)
	if err := _SkyopsEscrow.contract.UnpackLog(event, "Voided", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SkyopsEscrowWithdrawalRequestedIterator is returned from FilterWithdrawalRequested and is used to iterate over the raw logs and unpacked data for WithdrawalRequested events raised by the SkyopsEscrow contract.
type SkyopsEscrowWithdrawalRequestedIterator struct {
	Event *SkyopsEscrowWithdrawalRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SkyopsEscrowWithdrawalRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsEscrowWithdrawalRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SkyopsEscrowWithdrawalRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SkyopsEscrowWithdrawalRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsEscrowWithdrawalRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsEscrowWithdrawalRequested represents a WithdrawalRequested event raised by the SkyopsEscrow contract.
type SkyopsEscrowWithdrawalRequested struct {
	Owner          common.Address
	Token          common.Address
	Amount         *big.Int
	WithdrawableAt *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalRequested is a free log retrieval operation binding the contract event 0x196e6601eb68141737e4636af773e3013089d698090efd395ba859863e1f2f9c.
//
// Solidity: event WithdrawalRequested(address indexed owner, address indexed token, uint256 amount, uint256 withdrawableAt)
func (_SkyopsEscrow *SkyopsEscrowFilterer) FilterWithdrawalRequested(opts *bind.FilterOpts, owner []common.Address, token []common.Address) (*SkyopsEscrowWithdrawalRequestedIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.FilterLogs(opts, "WithdrawalRequested", ownerRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrowWithdrawalRequestedIterator{contract: _SkyopsEscrow.contract, event: "WithdrawalRequested", logs: logs, sub: sub}, nil
}

// WatchWithdrawalRequested is a free log subscription operation binding the contract event 0x196e6601eb68141737e4636af773e3013089d698090efd395ba859863e1f2f9c.
//
// Solidity: event WithdrawalRequested(address indexed owner, address indexed token, uint256 amount, uint256 withdrawableAt)
func (_SkyopsEscrow *SkyopsEscrowFilterer) WatchWithdrawalRequested(opts *bind.WatchOpts, sink chan<- *SkyopsEscrowWithdrawalRequested, owner []common.Address, token []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.WatchLogs(opts, "WithdrawalRequested", ownerRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsEscrowWithdrawalRequested)
				if err := _SkyopsEscrow.contract.UnpackLog(event, "WithdrawalRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalRequested is a log parse operation binding the contract event 0x196e6601eb68141737e4636af773e3013089d698090efd395ba859863e1f2f9c.
//
// Solidity: event WithdrawalRequested(address indexed owner, address indexed token, uint256 amount, uint256 withdrawableAt)
func (_SkyopsEscrow *SkyopsEscrowFilterer) ParseWithdrawalRequested(log types.Log) (*SkyopsEscrowWithdrawalRequested, error) {
	event := new(SkyopsEscrowWithdrawalRequested)
	if err := _SkyopsEscrow.contract.UnpackLog(event, "WithdrawalRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SkyopsEscrowWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the SkyopsEscrow contract.
type SkyopsEscrowWithdrawnIterator struct {
	Event *SkyopsEscrowWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SkyopsEscrowWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsEscrowWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SkyopsEscrowWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SkyopsEscrowWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsEscrowWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsEscrowWithdrawn represents a Withdrawn event raised by the SkyopsEscrow contract.
type SkyopsEscrowWithdrawn struct {
	Owner  common.Address
	Token  common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0xd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb.
//
// Solidity: event Withdrawn(address indexed owner, address indexed token, uint256 amount)
func (_SkyopsEscrow *SkyopsEscrowFilterer) FilterWithdrawn(opts *bind.FilterOpts, owner []common.Address, token []common.Address) (*SkyopsEscrowWithdrawnIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.FilterLogs(opts, "Withdrawn", ownerRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsEscrowWithdrawnIterator{contract: _SkyopsEscrow.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0xd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb.
//
// Solidity: event Withdrawn(address indexed owner, address indexed token, uint256 amount)
func (_SkyopsEscrow *SkyopsEscrowFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *SkyopsEscrowWithdrawn, owner []common.Address, token []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _SkyopsEscrow.contract.WatchLogs(opts, "Withdrawn", ownerRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsEscrowWithdrawn)
				if err := _SkyopsEscrow.contract.UnpackLog(event, "Withdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawn is a log parse operation binding the contract event 0xd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb.
//
// Solidity: event Withdrawn(address indexed owner, address indexed token, uint256 amount)
func (_SkyopsEscrow *SkyopsEscrowFilterer) ParseWithdrawn(log types.Log) (*SkyopsEscrowWithdrawn, error) {
	event := new(SkyopsEscrowWithdrawn)
	if err := _SkyopsEscrow.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
