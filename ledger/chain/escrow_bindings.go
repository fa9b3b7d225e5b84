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
	GpuMs         *big.Int
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"skyops_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"disputeWindow_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[2]\",\"name\":\"specHashes_\",\"type\":\"bytes32[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"specFields_\",\"type\":\"uint256[2]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"ChallengeDeadline\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"open\",\"type\":\"uint256\"}],\"name\":\"ChallengeOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"ClaimNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owedEntries\",\"type\":\"uint256\"}],\"name\":\"EmptyClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAFraud\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotChallengeable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotOwnerSigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"OwedMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"OwedNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"capWei\",\"type\":\"uint256\"}],\"name\":\"PriceAboveCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"RootAlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"}],\"name\":\"RootNotAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"StillInDisputeWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"UnexpectedValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"UnknownToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongPaymentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"paymentsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ethPaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"skyopsPaid\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"Shortfall\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"disputer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumSkyopsEscrow.Fraud\",\"name\":\"fraud\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Voided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NO_FIELD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawing\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"receiptProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"specWords\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSkyopsEscrow.Answer\",\"name\":\"a\",\"type\":\"tuple\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paymentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"}],\"name\":\"claimIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"claimOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"paymentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"owedHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"otherClaimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"other\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"otherProof\",\"type\":\"bytes32[]\"}],\"name\":\"disputeDuplicate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"disputeLeaf\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"disputeOwed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proofA\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proofB\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"disputePair\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"openChallenges\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"skyops\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"specDomainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"specPriceCapField\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"specTokenField\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"specTypeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"voidUnanswered\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6101a0604052348015610010575f5ffd5b5060405161408a38038061408a83398101604081905261002f9161025d565b60015f556001600160a01b038716610061576040516340d1d8df60e11b81525f60048201526024015b60405180910390fd5b6001600160a01b0386166100b75760405162461bcd60e51b815260206004820152601960248201527f536b796f7073457363726f773a206e6f207265676973747279000000000000006044820152606401610058565b63ffffffff8511156101195760405162461bcd60e51b815260206004820152602560248201527f536b796f7073457363726f773a2077697468647261772064656c617920746f6f604482015264206c6f6e6760d81b6064820152608401610058565b831580159061012c575063ffffffff8411155b6101785760405162461bcd60e51b815260206004820181905260248201527f536b796f7073457363726f773a2062616420646973707574652077696e646f776044820152606401610058565b6001600160a01b039687166080529490951660a05260c09290925260e052610100528151610120526020918201516101405280516101605201516101805261030e565b6001600160a01b03811681146101cf575f5ffd5b50565b604051601f8201601f191681016001600160401b038111828210171561020657634e487b7160e01b5f52604160045260245ffd5b604052919050565b5f82601f83011261021d575f5ffd5b61022760406101d2565b806040840185811115610238575f5ffd5b845b8181101561025257805184526020938401930161023a565b509095945050505050565b5f5f5f5f5f5f5f610120888a031215610274575f5ffd5b875161027f816101bb565b6020890151909750610290816101bb565b604089015160608a015160808b01519298509096509450925060bf880189136102b7575f5ffd5b6102c160406101d2565b8060e08a018b8111156102d2575f5ffd5b60a08b015b818110156102ef5780518452602093840193016102d7565b508194506102fd8c8261020e565b935050505092959891949750929550565b60805160a05160c05160e0516101005161012051610140516101605161018051613c766104145f395f81816102ee01528181612fe2015261306b01525f81816102bb0152612f5a01525f81816104420152612de801525f81816102670152612e6901525f81816103f00152818161127a01528181611b100152818161254a015261259d01525f81816102150152818161161b015261269e01525f81816101cf015261093b01525f81816104bf015281816112e9015261196401525f818161035401528181610b8701528181610c6401528181610ce401528181610d460152818161100a015281816114a60152818161230201528181612ad301526130b80152613c765ff3fe6080604052600436106101ba575f3560e01c806354427f71116100f257806387e5ce2d11610092578063b65c536d11610062578063b65c536d14610622578063bc670d1d14610641578063e2083c1814610660578063f6326fb314610673575f5ffd5b806387e5ce2d14610513578063894bbf2c14610532578063903fafea146105515780639ed55403146105a9575f5ffd5b806379258c7a116100cd57806379258c7a146104835780637b103999146104ae5780637dea5f29146104e15780638322fff214610500575f5ffd5b806354427f71146104125780635b11bd11146104315780635fd3914614610464575f5ffd5b8063397a1b281161015d578063477d349a11610138578063477d349a1461038e57806347e7ef24146103ad57806351cff8d9146103c057806352305151146103df575f5ffd5b8063397a1b28146103105780633fce0f321461032f57806344fda1fd14610343575f5ffd5b8063185be06911610198578063185be069146102565780631b12b26d146102895780631f8c2e66146102aa578063308e0d9e146102dd575f5ffd5b80630288a39c146101be578063117f5f92146102045780631799c38e14610237575b5f5ffd5b3480156101c9575f5ffd5b506101f17f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b34801561020f575f5ffd5b506101f17f000000000000000000000000000000000000000000000000000000000000000081565b348015610242575f5ffd5b506101f161025136600461337e565b61067b565b348015610261575f5ffd5b506101f17f000000000000000000000000000000000000000000000000000000000000000081565b348015610294575f5ffd5b506102a86102a3366004613405565b6106d5565b005b3480156102b5575f5ffd5b506101f17f000000000000000000000000000000000000000000000000000000000000000081565b3480156102e8575f5ffd5b506101f17f000000000000000000000000000000000000000000000000000000000000000081565b34801561031b575f5ffd5b506102a861032a36600461337e565b610843565b34801561033a575f5ffd5b506101f15f1981565b34801561034e575f5ffd5b506103767f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101fb565b348015610399575f5ffd5b506102a86103a836600461349f565b6109e6565b6102a86103bb36600461337e565b610b43565b3480156103cb575f5ffd5b506102a86103da36600461352c565b610e44565b3480156103ea575f5ffd5b506101f17f000000000000000000000000000000000000000000000000000000000000000081565b34801561041d575f5ffd5b506102a861042c366004613545565b61107f565b34801561043c575f5ffd5b506101f17f000000000000000000000000000000000000000000000000000000000000000081565b34801561046f575f5ffd5b506101f161047e366004613565565b6112b2565b34801561048e575f5ffd5b506101f161049d3660046135c1565b5f9081526002602052604090205490565b3480156104b9575f5ffd5b506103767f000000000000000000000000000000000000000000000000000000000000000081565b3480156104ec575f5ffd5b506102a86104fb3660046135d8565b6117bd565b34801561050b575f5ffd5b506103765f81565b34801561051e575f5ffd5b506102a861052d366004613665565b611b81565b34801561053d575f5ffd5b506101f161054c36600461370e565b611e6f565b34801561055c575f5ffd5b5061057061056b3660046135c1565b611f0e565b604080516001600160a01b03909716875260ff9095166020870152938501929092526060840152608083015260a082015260c0016101fb565b3480156105b4575f5ffd5b506106076105c3366004613729565b6001600160a01b039182165f908152600460209081526040808320939094168252919091522080546001820154600290920154909267ffffffffffffffff90911690565b604080519384526020840192909252908201526060016101fb565b34801561062d575f5ffd5b506102a861063c36600461375a565b611fd1565b34801561064c575f5ffd5b506102a861065b3660046137a2565b612391565b6102a861066e366004613545565b612548565b6102a86127ab565b6040517fffffffffffffffffffffffffffffffffffffffff000000000000000000000000606084901b166020820152603481018290525f906054016040516020818303038152906040528051906020012090505b92915050565b5f6106df8561284b565b90506106ee85828686866128e8565b80545f907a010000000000000000000000000000000000000000000000000000900464ffffffffff16853510158061072d575063ffffffff6040860135115b8061074257506001600160a01b036060860135115b8061075757506001600160a01b036080860135115b8061077557506fffffffffffffffffffffffffffffffff60a0860135115b8061078b575067ffffffffffffffff60c0860135115b1561079757505f61082e565b6236ee806107ad60a087013560c08801356138a1565b6107b791906138b8565b8560e00135146107c95750600161082e565b84351580156107ef57506101208501351515806107ef57508460e0013585610100013514155b156107fc5750600261082e565b6040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61083b8683838835612a41565b505050505050565b61084c82612abe565b805f03610885576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526004602090815260408083206001600160a01b0386168452909152902080548211156109035780546040517fdb42144d0000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024810191909152604481018390526064015b60405180910390fd5b81815f015f82825461091591906138f0565b9250508190555081816001015f82825461092f9190613903565b909155505f90506109607f000000000000000000000000000000000000000000000000000000000000000043613903565b6002830180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff831617905560408051858152602081018390529192506001600160a01b0386169133917f196e6601eb68141737e4636af773e3013089d698090efd395ba859863e1f2f9c91015b60405180910390a350505050565b5f6109f08761284b565b90506109ff87828888886128e8565b610a0b87828585612b4a565b6101208601355f8382101580610a555750848483818110610a2e57610a2e613916565b610a44926020606090920201908101915061352c565b6001600160a01b0316886060013514155b80610a965750848483818110610a6d57610a6d613916565b9050606002016020016020810190610a85919061352c565b6001600160a01b0316886080013514155b15610aa357506003610b2b565b8254610ad6906001907a010000000000000000000000000000000000000000000000000000900464ffffffffff16613943565b64ffffffffff16885f0135148015610b225750610af46001856138f0565b82141580610b225750848483818110610b0f57610b0f613916565b9050606002016040013588610100013514155b156107fc575060045b610b388984838b35612a41565b505050505050505050565b610b4b612bb8565b3415610b85576040517f4fbe34650000000000000000000000000000000000000000000000000000000081523460048201526024016108fa565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031614610bfb576040517f81a3b1be0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016108fa565b805f03610c34576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610cb1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cd59190613960565b9050610d0c6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085612bf9565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610d8b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610daf9190613960565b610db991906138f0565b335f9081526004602090815260408083206001600160a01b0389168452909152812080549293508392909190610df0908490613903565b90915550506040518181526001600160a01b0385169033907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a35050610e4060015f55565b5050565b610e4c612bb8565b610e5581612abe565b335f9081526004602090815260408083206001600160a01b0385168452909152812060018101549091819003610ec2576040517fdc69dc160000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016108fa565b600282015467ffffffffffffffff16431015610f315760028201546040517fe56da3600000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015267ffffffffffffffff90911660248201524360448201526064016108fa565b5f60018301556002820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690556001600160a01b038316610ffd576040515f90339083908381818185875af1925050503d805f8114610fae576040519150601f19603f3d011682016040523d82523d5f602084013e610fb3565b606091505b5050905080610ff7576040517fa09e6165000000000000000000000000000000000000000000000000000000008152336004820152602481018390526044016108fa565b50611031565b6110316001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383612c75565b6040518181526001600160a01b0384169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a3505061107c60015f55565b50565b60408051602081018490529081018290525f9060600160408051808303601f1901815282825280516020918201205f8181526001835283902084840190935291546001600160a01b0381168085527401000000000000000000000000000000000000000090910467ffffffffffffffff169184019190915290925061113a576040517fc954f61b00000000000000000000000000000000000000000000000000000000815260048101859052602481018490526044016108fa565b5f848152600360205260409020600181547f0100000000000000000000000000000000000000000000000000000000000000900460ff16600381111561118257611182613977565b0361120157816020015167ffffffffffffffff1643116111f45760208201516040517fdd878786000000000000000000000000000000000000000000000000000000008152600481018790526024810186905267ffffffffffffffff90911660448201524360648201526084016108fa565b6112018582600887612a41565b5f83815260016020908152604080832080547fffffffff0000000000000000000000000000000000000000000000000000000016905587835260029091528120805490919061124f906139a4565b9091555081516001600160a01b03165f908152600460209081526040808320838052909152812080547f000000000000000000000000000000000000000000000000000000000000000092906112a6908490613903565b90915550505050505050565b6040517ff8c2919d000000000000000000000000000000000000000000000000000000008152336004820152602481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f8c2919d90604401602060405180830381865afa158015611336573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061135a9190613960565b5f0361139b576040517f6abe67b4000000000000000000000000000000000000000000000000000000008152336004820152602481018790526044016108fa565b6113a5338761067b565b5f81815260036020526040812091925081547f0100000000000000000000000000000000000000000000000000000000000000900460ff1660038111156113ee576113ee613977565b14611435576040517f2ba4157a00000000000000000000000000000000000000000000000000000000815233600482015260248101889052604481018390526064016108fa565b82851580611447575064ffffffffff86115b80611450575080155b8061145a57508581115b80611463575086155b156114a4576040517fd7bc021d00000000000000000000000000000000000000000000000000000000815260048101879052602481018290526044016108fa565b7f00000000000000000000000000000000000000000000000000000000000000005f805b83811015611614575f8888838181106114e3576114e3613916565b90506060020160200160208101906114fb919061352c565b90506001600160a01b038116158015906115275750836001600160a01b0316816001600160a01b031614155b15611569576040517f81a3b1be0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016108fa565b5f6001600160a01b03821615611580576001611582565b5f5b60ff1660018b8b8681811061159957611599613916565b6115af926020606090920201908101915061352c565b6001600160a01b0316901b179050838110156115fa576040517f4d21d355000000000000000000000000000000000000000000000000000000008152600481018490526024016108fa565b611605816001613903565b935050508060010190506114c8565b505f6116407f000000000000000000000000000000000000000000000000000000000000000043613903565b85547fffffffffffff000000000000000000000000000000000000000000000000000016337fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff16177401000000000000000000000000000000000000000065ffffffffffff8316021779ffffffffffffffffffffffffffffffffffffffffffffffffffff167a01000000000000000000000000000000000000000000000000000064ffffffffff8c16027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16177f0100000000000000000000000000000000000000000000000000000000000000178655600186018b905560405190915061174d90899089906020016139b9565b60408051808303601f19018152828252805160209182012060028901558d835282018c905281018a905260608101829052339087907f36d7ed82994afed0c54621aa3e7fc8f315d89410c2f0a6ebe56851d4f3d515489060800160405180910390a3505050505095945050505050565b5f6117c786612cab565b90505f86865f01356040516020016117e9929190918252602082015260400190565b60408051808303601f1901815282825280516020918201205f8181526001835283902084840190935291546001600160a01b0381168085527401000000000000000000000000000000000000000090910467ffffffffffffffff169184019190915290925061188e576040517fc954f61b00000000000000000000000000000000000000000000000000000000815260048101899052873560248201526044016108fa565b806020015167ffffffffffffffff164311156118fc5760208101516040517fdd878786000000000000000000000000000000000000000000000000000000008152600481018a90528835602482015267ffffffffffffffff90911660448201524360648201526084016108fa565b61190988848989896128e8565b82548890611921906001600160a01b0316863561067b565b14611962576040517f3e373a5a00000000000000000000000000000000000000000000000000000000815260048101899052873560248201526044016108fa565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166356b504ed8861014001356040516020016119a991815260200190565b604051602081830303815290604052805190602001208680602001906119cf9190613a27565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e086901b168152611a0d939291908a3590600401613a8b565b602060405180830381865afa158015611a28573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a4c9190613ae7565b611a8c576040517f3e373a5a00000000000000000000000000000000000000000000000000000000815260048101899052873560248201526044016108fa565b611a97888886612de5565b5f82815260016020908152604080832080547fffffffff000000000000000000000000000000000000000000000000000000001690558a8352600290915281208054909190611ae5906139a4565b9091555082546001600160a01b03165f908152600460209081526040808320838052909152812080547f00000000000000000000000000000000000000000000000000000000000000009290611b3c908490613903565b90915550506040518735815288907fb75ebdd7ba36f52c51b76e1a5d57f910e7014ce85c14c20193abd507f55a279d9060200160405180910390a25050505050505050565b5f611b8b8961284b565b9050611b9a89828a8a8a6128e8565b83602001358860200135141580611bb957508360400135886040013514155b80611beb575080547a010000000000000000000000000000000000000000000000000000900464ffffffffff16883510155b15611c22576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b888503611c76578735843503611c64576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611c7189828686866128e8565b611df5565b5f8581526003602052604081209081547f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115611cbd57611cbd613977565b03611cf7576040517fb724c9ee000000000000000000000000000000000000000000000000000000008152600481018790526024016108fa565b815481545f9165ffffffffffff74010000000000000000000000000000000000000000918290048116919092049091161080611d67575082548254740100000000000000000000000000000000000000009182900465ffffffffffff9081169290910416148015611d6757508a87105b9050801580611dae5750600382547f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115611dac57611dac613977565b145b15611de5576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611df287838888886128e8565b50505b5f858152600360205260409020547a010000000000000000000000000000000000000000000000000000900464ffffffffff16843510611e61576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610b38898260078b35612a41565b5f81604051602001611ef19190813581526020808301359082015260408083013590820152606080830135908201526080808301359082015260a0808301359082015260c0808301359082015260e080830135908201526101008083013590820152610120808301359082015261014091820135918101919091526101600190565b604051602081830303815290604052805190602001209050919050565b5f8181526003602081905260408220805483928392839283928392916001600160a01b038116917f010000000000000000000000000000000000000000000000000000000000000090910460ff1690811115611f6c57611f6c613977565b82546001840154600290940154929b919a5074010000000000000000000000000000000000000000810465ffffffffffff1699507a010000000000000000000000000000000000000000000000000000900464ffffffffff1697509195509350915050565b5f611fdb84612cab565b805490915074010000000000000000000000000000000000000000900465ffffffffffff1643101561206a5780546040517fe4a35a6b000000000000000000000000000000000000000000000000000000008152600481018690527401000000000000000000000000000000000000000090910465ffffffffffff1660248201524360448201526064016108fa565b5f84815260026020526040902054156120c9575f84815260026020526040908190205490517f35df61b50000000000000000000000000000000000000000000000000000000081526108fa918691600401918252602082015260400190565b806002015483836040516020016120e19291906139b9565b6040516020818303038152906040528051906020012014612131576040517fb293a41b000000000000000000000000000000000000000000000000000000008152600481018590526024016108fa565b80547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f02000000000000000000000000000000000000000000000000000000000000001781555f80805b84811015612295573686868381811061219757612197613916565b6060029190910191505f90506121cd6121b3602084018461352c565b6121c3604085016020860161352c565b8460400135613132565b9050816040013581101561224e576121e8602083018361352c565b6001600160a01b0316897f5752e5029c39d743eea33bb91a748c752931cc2d2431ad3b6a63749a8c822813612223604086016020870161352c565b604080516001600160a01b039092168252808701356020830152810185905260600160405180910390a35b5f61225f604084016020850161352c565b6001600160a01b03160361227e576122778186613903565b945061228b565b6122888185613903565b93505b505060010161217c565b5082546001600160a01b031682156122df576001600160a01b0381165f908152600460209081526040808320838052909152812080548592906122d9908490613903565b90915550505b8115612342576001600160a01b038082165f9081526004602090815260408083207f00000000000000000000000000000000000000000000000000000000000000009094168352929052908120805484929061233c908490613903565b90915550505b60408051848152602081018490526001600160a01b0383169189917f8dfe2e4992c35f0c2e1a1ae78bde2b832d7fabb19bb9e73ec22c5cc2ee89db23910160405180910390a350505050505050565b5f61239b8a61284b565b90506123aa8a828b8b8b6128e8565b6123b78a828888886128e8565b6123c389356001613903565b8635146123fc576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6124088a828585612b4a565b5f8661012001358a6101200135036124b85786606001358a60600135141580612439575086608001358a6080013514155b156124465750600361252e565b896101000135876101000135108061246e57508660e001358a61010001358861010001350314155b1561247b5750600561252e565b86602001358a6020013511806124ab575086602001358a602001351480156124ab575086604001358a6040013510155b156107fc5750600661252e565b896101200135600101876101200135146124d45750600661252e565b8660e00135876101000135146124ec5750600561252e565b6101208a013583111580612525575083838b610120013581811061251257612512613916565b905060600201604001358a610100013514155b156107fc575060045b61253b8b83838a35612a41565b5050505050505050505050565b7f000000000000000000000000000000000000000000000000000000000000000034146125c9576040517f0c5e03da0000000000000000000000000000000000000000000000000000000081523460048201527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108fa565b5f6125d38361284b565b90505f83836040516020016125f2929190918252602082015260400190565b60408051808303601f19018152919052805160209091012082549091507a010000000000000000000000000000000000000000000000000000900464ffffffffff168310158061265757505f818152600160205260409020546001600160a01b031615155b15612698576040517fd6b8b17800000000000000000000000000000000000000000000000000000000815260048101859052602481018490526044016108fa565b5f6126c37f000000000000000000000000000000000000000000000000000000000000000043613903565b60408051808201825233815267ffffffffffffffff80841660208084019182525f8881526001825285812094518554935190941674010000000000000000000000000000000000000000027fffffffff000000000000000000000000000000000000000000000000000000009093166001600160a01b03949094169390931791909117909255888152600290915290812080549293509161276390613b06565b909155506040805185815260208101839052339187917f861fb716223003b0bb3f09167c9e7b4d23bc1d5ea79c08e3846421e90d388bb6910160405180910390a35050505050565b345f036127e4576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526004602090815260408083208380529091528120805434929061280d908490613903565b90915550506040513481525f9033907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a3565b5f61285582612cab565b805490915074010000000000000000000000000000000000000000900465ffffffffffff1643106128e35780546040517fde847d80000000000000000000000000000000000000000000000000000000008152600481018490527401000000000000000000000000000000000000000090910465ffffffffffff1660248201524360448201526064016108fa565b919050565b5f5b84547a010000000000000000000000000000000000000000000000000000900464ffffffffff166001821b101561292b5761292481613b06565b90506128ea565b8335828214158061293d575080821c15155b1561297e576040517f3e373a5a00000000000000000000000000000000000000000000000000000000815260048101889052602481018290526044016108fa565b5f61298886611e6f565b90505f5b838110156129ef575f8686838181106129a7576129a7613916565b905060200201359050836001165f146129cc575f8181526020849052604090206129da565b5f8381526020829052604090205b9250600184901c93505080600101905061298c565b5086600101548114612a37576040517f3e373a5a00000000000000000000000000000000000000000000000000000000815260048101899052863560248201526044016108fa565b5050505050505050565b82547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f0300000000000000000000000000000000000000000000000000000000000000178355604051339085907f9d59a3326aa5c861639c7500fbbc625c6e737d287475ee60daf97cc2e4ee6167906109d89086908690613b1e565b6001600160a01b03811615801590612b0857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b031614155b1561107c576040517f81a3b1be0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016108fa565b82600201548282604051602001612b629291906139b9565b6040516020818303038152906040528051906020012014612bb2576040517fb293a41b000000000000000000000000000000000000000000000000000000008152600481018590526024016108fa565b50505050565b60025f5403612bf3576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60025f55565b6040516001600160a01b038481166024830152838116604483015260648201839052612bb29186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506131d1565b6040516001600160a01b03838116602483015260448201839052612ca691859182169063a9059cbb90606401612c2e565b505050565b5f8181526003602052604081209081547f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115612cf257612cf2613977565b03612d2c576040517fb724c9ee000000000000000000000000000000000000000000000000000000008152600481018390526024016108fa565b600181547f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115612d6757612d67613977565b146128e357805482907f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115612da757612da7613977565b6040517fec940013000000000000000000000000000000000000000000000000000000008152600481019290925260ff1660248201526044016108fa565b5f7f0000000000000000000000000000000000000000000000000000000000000000612e146040840184613a27565b604051602001612e2693929190613b61565b60408051601f198184030181529082905280516020918201207f1901000000000000000000000000000000000000000000000000000000000000918301919091527f000000000000000000000000000000000000000000000000000000000000000060228301526042820181905291505f90606201604051602081830303815290604052805190602001209050836020013581141580612ed057506001600160a01b036060850135115b80612f09575083606001356001600160a01b0316612efd82858060600190612ef89190613bab565b613256565b6001600160a01b031614155b15612f4a576040517f3e4347aa00000000000000000000000000000000000000000000000000000000815260048101869052843560248201526044016108fa565b5f612f586040850185613a27565b7f0000000000000000000000000000000000000000000000000000000000000000818110612f8857612f88613916565b905060200201355f1c9050808560a001351115612fde576040517f842c488a00000000000000000000000000000000000000000000000000000000815260a08601356004820152602481018290526044016108fa565b5f197f00000000000000000000000000000000000000000000000000000000000000001461083b575f608086013515613037577fc144a19c954468ac5602b599393b15337c119b1ff594178a82dff60d46571adc613059565b7faaaebeba3810b1e6b70781f14b2d72c1cb89c0b2b320c43bb67ff79f562f5ff45b9050806130696040870187613a27565b7f000000000000000000000000000000000000000000000000000000000000000081811061309957613099613916565b905060200201351415806130e857506080860135158015906130e857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316866080013514155b15613129576040517f25c6af9e00000000000000000000000000000000000000000000000000000000815260048101889052863560248201526044016108fa565b50505050505050565b6001600160a01b038084165f908152600460209081526040808320938616835292905290812080548381106131775761316b84826138f0565b909155508190506131ca565b5f8083556001830154908161318c84886138f0565b1061319757816131a1565b6131a183876138f0565b905080156131b9576131b381836138f0565b60018501555b6131c38184613903565b9450505050505b9392505050565b5f5f60205f8451602086015f885af1806131f0576040513d5f823e3d81fd5b50505f513d91508115613207578060011415613214565b6001600160a01b0384163b155b15612bb2576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108fa565b5f6041821461326657505f6131ca565b5f6132746020828587613c0c565b61327d91613c33565b90505f61328e604060208688613c0c565b61329791613c33565b90505f858560408181106132ad576132ad613916565b919091013560f81c915050601b8110156132cf576132cc601b82613c50565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115613302575f93505050506131ca565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015613352573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b80356001600160a01b03811681146128e3575f5ffd5b5f5f6040838503121561338f575f5ffd5b61339883613368565b946020939093013593505050565b5f61016082840312156133b7575f5ffd5b50919050565b5f5f83601f8401126133cd575f5ffd5b50813567ffffffffffffffff8111156133e4575f5ffd5b6020830191508360208260051b85010111156133fe575f5ffd5b9250929050565b5f5f5f5f6101a08587031215613419575f5ffd5b8435935061342a86602087016133a6565b925061018085013567ffffffffffffffff811115613446575f5ffd5b613452878288016133bd565b95989497509550505050565b5f5f83601f84011261346e575f5ffd5b50813567ffffffffffffffff811115613485575f5ffd5b6020830191508360206060830285010111156133fe575f5ffd5b5f5f5f5f5f5f6101c087890312156134b5575f5ffd5b863595506134c688602089016133a6565b945061018087013567ffffffffffffffff8111156134e2575f5ffd5b6134ee89828a016133bd565b9095509350506101a087013567ffffffffffffffff81111561350e575f5ffd5b61351a89828a0161345e565b979a9699509497509295939492505050565b5f6020828403121561353c575f5ffd5b6131ca82613368565b5f5f60408385031215613556575f5ffd5b50508035926020909101359150565b5f5f5f5f5f60808688031215613579575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff8111156135a4575f5ffd5b6135b08882890161345e565b969995985093965092949392505050565b5f602082840312156135d1575f5ffd5b5035919050565b5f5f5f5f5f6101c086880312156135ed575f5ffd5b853594506135fe87602088016133a6565b935061018086013567ffffffffffffffff81111561361a575f5ffd5b613626888289016133bd565b9094509250506101a086013567ffffffffffffffff811115613646575f5ffd5b860160808189031215613657575f5ffd5b809150509295509295909350565b5f5f5f5f5f5f5f5f610340898b03121561367d575f5ffd5b8835975061368e8a60208b016133a6565b965061018089013567ffffffffffffffff8111156136aa575f5ffd5b6136b68b828c016133bd565b9097509550506101a089013593506136d28a6101c08b016133a6565b925061032089013567ffffffffffffffff8111156136ee575f5ffd5b6136fa8b828c016133bd565b999c989b5096995094979396929594505050565b5f610160828403121561371f575f5ffd5b6131ca83836133a6565b5f5f6040838503121561373a575f5ffd5b61374383613368565b915061375160208401613368565b90509250929050565b5f5f5f6040848603121561376c575f5ffd5b83359250602084013567ffffffffffffffff811115613789575f5ffd5b6137958682870161345e565b9497909650939450505050565b5f5f5f5f5f5f5f5f5f6103408a8c0312156137bb575f5ffd5b893598506137cc8b60208c016133a6565b97506101808a013567ffffffffffffffff8111156137e8575f5ffd5b6137f48c828d016133bd565b909850965061380990508b6101a08c016133a6565b94506103008a013567ffffffffffffffff811115613825575f5ffd5b6138318c828d016133bd565b9095509350506103208a013567ffffffffffffffff811115613851575f5ffd5b61385d8c828d0161345e565b915080935050809150509295985092959850929598565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820281158282048414176106cf576106cf613874565b5f826138eb577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b818103818111156106cf576106cf613874565b808201808211156106cf576106cf613874565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b64ffffffffff82811682821603908111156106cf576106cf613874565b5f60208284031215613970575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f816139b2576139b2613874565b505f190190565b602080825281018290525f8360408301825b85811015613a1d576001600160a01b036139e484613368565b1682526001600160a01b036139fb60208501613368565b16602083015260408381013590830152606092830192909101906001016139cb565b5095945050505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613a5a575f5ffd5b83018035915067ffffffffffffffff821115613a74575f5ffd5b6020019150600581901b36038213156133fe575f5ffd5b848152606060208201528260608201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff841115613ac8575f5ffd5b8360051b80866080850137604083019390935250016080019392505050565b5f60208284031215613af7575f5ffd5b815180151581146131ca575f5ffd5b5f5f198203613b1757613b17613874565b5060010190565b6040810160098410613b57577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9281526020015290565b8381525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115613b91575f5ffd5b8260051b8085602085013791909101602001949350505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613bde575f5ffd5b83018035915067ffffffffffffffff821115613bf8575f5ffd5b6020019150368190038213156133fe575f5ffd5b5f5f85851115613c1a575f5ffd5b83861115613c26575f5ffd5b5050820193919092039150565b803560208310156106cf575f19602084900360031b1b1692915050565b60ff81811683821601908111156106cf576106cf61387456fea164736f6c634300081e000a",
}

// SkyopsEscrowABI is the input ABI used to generate the binding from.
// Deprecated: Use SkyopsEscrowMetaData.ABI instead.
var SkyopsEscrowABI = SkyopsEscrowMetaData.ABI

// SkyopsEscrowBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SkyopsEscrowMetaData.Bin instead.
var SkyopsEscrowBin = SkyopsEscrowMetaData.Bin

// DeploySkyopsEscrow deploys a new Ethereum contract, binding an instance of SkyopsEscrow to it.
func DeploySkyopsEscrow(auth *bind.TransactOpts, backend bind.ContractBackend, skyops_ common.Address, registry_ common.Address, withdrawDelay_ *big.Int, disputeWindow_ *big.Int, challengeBond_ *big.Int, specHashes_ [2][32]byte, specFields_ [2]*big.Int) (common.Address, *types.Transaction, *SkyopsEscrow, error) {
	parsed, err := SkyopsEscrowMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SkyopsEscrowBin), backend, skyops_, registry_, withdrawDelay_, disputeWindow_, challengeBond_, specHashes_, specFields_)
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
