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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"skyops_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"params_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"disputeWindow_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[3]\",\"name\":\"specHashes_\",\"type\":\"bytes32[3]\"},{\"internalType\":\"uint256[2]\",\"name\":\"specFields_\",\"type\":\"uint256[2]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"ChallengeDeadline\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"open\",\"type\":\"uint256\"}],\"name\":\"ChallengeOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"ClaimNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owedEntries\",\"type\":\"uint256\"}],\"name\":\"EmptyClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoChallenge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"instance\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"instances\",\"type\":\"uint256\"}],\"name\":\"NoSuchInstance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAFraud\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotChallengeable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotOwnerSigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"instance\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"try_\",\"type\":\"uint32\"}],\"name\":\"NotWorkflowTry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"OwedMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"OwedNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"capWei\",\"type\":\"uint256\"}],\"name\":\"PriceAboveCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"RootAlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"}],\"name\":\"RootNotAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"StillInDisputeWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"UnexpectedValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"UnknownToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongPaymentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"paymentsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ethPaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"skyopsPaid\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"Shortfall\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"disputer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumSkyopsEscrow.Fraud\",\"name\":\"fraud\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Voided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NO_FIELD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WORKFLOW_CAP_WORD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WORKFLOW_INSTANCES_WORD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WORKFLOW_TOKEN_WORD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WORKFLOW_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawing\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"receiptProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"specWords\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSkyopsEscrow.Answer\",\"name\":\"a\",\"type\":\"tuple\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"receiptProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"specWords\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSkyopsEscrow.Answer\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"instance\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"try_\",\"type\":\"uint32\"}],\"name\":\"answerWorkflow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paymentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"}],\"name\":\"claimIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"claimOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"paymentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"owedHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"otherClaimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"other\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"otherProof\",\"type\":\"bytes32[]\"}],\"name\":\"disputeDuplicate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"disputeLeaf\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"disputeOwed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proofA\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proofB\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"disputePair\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"billedMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"openChallenges\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"skyops\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"specDomainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"specPriceCapField\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"specTokenField\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"specTypeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"voidUnanswered\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"workflowTypeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6101e0604052348015610010575f5ffd5b5060405161462038038061462083398101604081905261002f91610272565b60015f5587856001600160a01b038216610063576040516340d1d8df60e11b81525f60048201526024015b60405180910390fd5b63ffffffff8111156100c55760405162461bcd60e51b815260206004820152602560248201527f536b796f7073457363726f773a2077697468647261772064656c617920746f6f604482015264206c6f6e6760d81b606482015260840161005a565b6001600160a01b0391821660805260a05287166101245760405162461bcd60e51b815260206004820152601960248201527f536b796f7073457363726f773a206e6f20726567697374727900000000000000604482015260640161005a565b8315801590610137575063ffffffff8411155b6101835760405162461bcd60e51b815260206004820181905260248201527f536b796f7073457363726f773a2062616420646973707574652077696e646f77604482015260640161005a565b6001600160a01b0396871660c0529490951660e052610100919091526101205250815161014052602080830151610160526040909201516101c05280516101805201516101a05250610337565b6001600160a01b03811681146101e4575f5ffd5b50565b604051601f8201601f191681016001600160401b038111828210171561021b57634e487b7160e01b5f52604160045260245ffd5b604052919050565b5f82601f830112610232575f5ffd5b61023c60406101e7565b80604084018581111561024d575f5ffd5b845b8181101561026757805184526020938401930161024f565b509095945050505050565b5f5f5f5f5f5f5f5f610160898b03121561028a575f5ffd5b8851610295816101d0565b60208a01519098506102a6816101d0565b60408a01519097506102b7816101d0565b60608a015160808b015160a08c01519298509096509450925060df89018a136102de575f5ffd5b6102e860606101e7565b806101208b018c8111156102fa575f5ffd5b60c08c015b818110156103175780518452602093840193016102ff565b508194506103258d82610223565b93505050509295985092959890939650565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516141c86104585f395f818161079b015261296301525f81816103960152818161315e015261319101525f8181610363015261312501525f818161051201526130ab01525f818161031101526133a101525f81816104ac01528181611403015281816122f3015281816123460152612b9b01525f818161029e01528181611797015261246501525f61075401525f818161058f0152818161146501526127d601525f81816102580152610ad001525f81816103fc01528181610d1101528181610dee01528181610e6e01528181610ed00152818161119301528181611622015281816120c601528181612e87015261357b01526141c85ff3fe608060405260043610610243575f3560e01c80635b11bd11116101315780639ed55403116100ac578063cff0ab961161007c578063da828e0111610062578063da828e011461078a578063e2083c18146107bd578063f6326fb3146107d0575f5ffd5b8063cff0ab9614610743578063d77abcbd14610776575f5ffd5b80639ed5540314610679578063a02b132d146106f1578063b65c536d14610705578063bc670d1d14610724575f5ffd5b80637dea5f291161010157806387e5ce2d116100e757806387e5ce2d146105e3578063894bbf2c14610602578063903fafea14610621575f5ffd5b80637dea5f29146105b15780638322fff2146105d0575f5ffd5b80635b11bd11146105015780635fd391461461053457806379258c7a146105535780637b1039991461057e575f5ffd5b80633fce0f32116101c157806347e7ef24116101915780635230515111610177578063523051511461049b57806354427f71146104ce57806358513038146104ed575f5ffd5b806347e7ef241461046957806351cff8d91461047c575f5ffd5b80633fce0f32146103d757806344fda1fd146103eb578063468a3b9d14610436578063477d349a1461044a575f5ffd5b8063185be069116102165780631f8c2e66116101fc5780631f8c2e6614610352578063308e0d9e14610385578063397a1b28146103b8575f5ffd5b8063185be069146103005780631b12b26d14610333575f5ffd5b80630288a39c14610247578063117f5f921461028d57806314ee72a7146102c05780631799c38e146102e1575b5f5ffd5b348015610252575f5ffd5b5061027a7f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b348015610298575f5ffd5b5061027a7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102cb575f5ffd5b506102df6102da366004613876565b6107d8565b005b3480156102ec575f5ffd5b5061027a6102fb366004613935565b610810565b34801561030b575f5ffd5b5061027a7f000000000000000000000000000000000000000000000000000000000000000081565b34801561033e575f5ffd5b506102df61034d36600461395d565b61086a565b34801561035d575f5ffd5b5061027a7f000000000000000000000000000000000000000000000000000000000000000081565b348015610390575f5ffd5b5061027a7f000000000000000000000000000000000000000000000000000000000000000081565b3480156103c3575f5ffd5b506102df6103d2366004613935565b6109d8565b3480156103e2575f5ffd5b5061027a5f1981565b3480156103f6575f5ffd5b5061041e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610284565b348015610441575f5ffd5b5061027a600581565b348015610455575f5ffd5b506102df6104643660046139f7565b610b7b565b6102df610477366004613935565b610ccd565b348015610487575f5ffd5b506102df610496366004613a84565b610fce565b3480156104a6575f5ffd5b5061027a7f000000000000000000000000000000000000000000000000000000000000000081565b3480156104d9575f5ffd5b506102df6104e8366004613a9d565b611208565b3480156104f8575f5ffd5b5061027a600b81565b34801561050c575f5ffd5b5061027a7f000000000000000000000000000000000000000000000000000000000000000081565b34801561053f575f5ffd5b5061027a61054e366004613abd565b61142e565b34801561055e575f5ffd5b5061027a61056d366004613b19565b5f9081526003602052604090205490565b348015610589575f5ffd5b5061041e7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105bc575f5ffd5b506102df6105cb366004613b30565b611957565b3480156105db575f5ffd5b5061041e5f81565b3480156105ee575f5ffd5b506102df6105fd366004613bb7565b61198b565b34801561060d575f5ffd5b5061027a61061c366004613c60565b611c79565b34801561062c575f5ffd5b5061064061063b366004613b19565b611d18565b604080516001600160a01b03909716875260ff9095166020870152938501929092526060840152608083015260a082015260c001610284565b348015610684575f5ffd5b506106d6610693366004613c7b565b6001600160a01b038083165f908152600160208181526040808420948616845293905291902080549181015460029091015467ffffffffffffffff169250925092565b60408051938452602084019290925290820152606001610284565b3480156106fc575f5ffd5b5061027a600681565b348015610710575f5ffd5b506102df61071f366004613cac565b611dd9565b34801561072f575f5ffd5b506102df61073e366004613cf4565b61213a565b34801561074e575f5ffd5b5061041e7f000000000000000000000000000000000000000000000000000000000000000081565b348015610781575f5ffd5b5061027a600881565b348015610795575f5ffd5b5061027a7f000000000000000000000000000000000000000000000000000000000000000081565b6102df6107cb366004613a9d565b6122f1565b6102df612572565b5f5f6107e78989898989612612565b915091506107f88989878787612909565b6108058983838b35612b37565b505050505050505050565b6040517fffffffffffffffffffffffffffffffffffffffff000000000000000000000000606084901b166020820152603481018290525f906054016040516020818303038152906040528051906020012090505b92915050565b5f61087485612bff565b90506108838582868686612c9c565b80545f907a010000000000000000000000000000000000000000000000000000900464ffffffffff1685351015806108c2575063ffffffff6040860135115b806108d757506001600160a01b036060860135115b806108ec57506001600160a01b036080860135115b8061090a57506fffffffffffffffffffffffffffffffff60a0860135115b80610920575067ffffffffffffffff60c0860135115b1561092c57505f6109c3565b6236ee8061094260a087013560c0880135613df3565b61094c9190613e0a565b8560e001351461095e575060016109c3565b8435158015610984575061012085013515158061098457508460e0013585610100013514155b15610991575060026109c3565b6040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109d08683838835612df5565b505050505050565b6109e182612e72565b805f03610a1a576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526001602090815260408083206001600160a01b038616845290915290208054821115610a985780546040517fdb42144d0000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024810191909152604481018390526064015b60405180910390fd5b81815f015f828254610aaa9190613e42565b9250508190555081816001015f828254610ac49190613e55565b909155505f9050610af57f000000000000000000000000000000000000000000000000000000000000000043613e55565b6002830180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff831617905560408051858152602081018390529192506001600160a01b0386169133917f196e6601eb68141737e4636af773e3013089d698090efd395ba859863e1f2f9c91015b60405180910390a350505050565b5f610b8587612bff565b9050610b948782888888612c9c565b610ba087828585612efe565b6101208601355f8382101580610bea5750848483818110610bc357610bc3613e68565b610bd99260206060909202019081019150613a84565b6001600160a01b0316886060013514155b80610c2b5750848483818110610c0257610c02613e68565b9050606002016020016020810190610c1a9190613a84565b6001600160a01b0316886080013514155b15610c3857506003610cc0565b8254610c6b906001907a010000000000000000000000000000000000000000000000000000900464ffffffffff16613e95565b64ffffffffff16885f0135148015610cb75750610c89600185613e42565b82141580610cb75750848483818110610ca457610ca4613e68565b9050606002016040013588610100013514155b15610991575060045b6108058984838b35612df5565b610cd5612f6c565b3415610d0f576040517f4fbe3465000000000000000000000000000000000000000000000000000000008152346004820152602401610a8f565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031614610d85576040517f81a3b1be0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610a8f565b805f03610dbe576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610e3b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e5f9190613eb2565b9050610e966001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085612fad565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610f15573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f399190613eb2565b610f439190613e42565b335f9081526001602090815260408083206001600160a01b0389168452909152812080549293508392909190610f7a908490613e55565b90915550506040518181526001600160a01b0385169033907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a35050610fca60015f55565b5050565b610fd6612f6c565b610fdf81612e72565b335f9081526001602081815260408084206001600160a01b0386168552909152822090810154909181900361104b576040517fdc69dc160000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610a8f565b600282015467ffffffffffffffff164310156110ba5760028201546040517fe56da3600000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015267ffffffffffffffff9091166024820152436044820152606401610a8f565b5f60018301556002820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690556001600160a01b038316611186576040515f90339083908381818185875af1925050503d805f8114611137576040519150601f19603f3d011682016040523d82523d5f602084013e61113c565b606091505b5050905080611180576040517fa09e616500000000000000000000000000000000000000000000000000000000815233600482015260248101839052604401610a8f565b506111ba565b6111ba6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383613029565b6040518181526001600160a01b0384169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a3505061120560015f55565b50565b60408051602081018490529081018290525f90606001604080518083037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001815282825280516020918201205f8181526002835283902084840190935291546001600160a01b0381168085527401000000000000000000000000000000000000000090910467ffffffffffffffff16918401919091529092506112e1576040517fc954f61b0000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604401610a8f565b5f848152600460205260409020600181547f0100000000000000000000000000000000000000000000000000000000000000900460ff16600381111561132957611329613ec9565b036113a857816020015167ffffffffffffffff16431161139b5760208201516040517fdd878786000000000000000000000000000000000000000000000000000000008152600481018790526024810186905267ffffffffffffffff9091166044820152436064820152608401610a8f565b6113a88582600887612df5565b5f83815260026020908152604080832080547fffffffff000000000000000000000000000000000000000000000000000000001690558783526003909152812080549091906113f690613ef6565b909155508151611427905f7f000000000000000000000000000000000000000000000000000000000000000061305f565b5050505050565b6040517ff8c2919d000000000000000000000000000000000000000000000000000000008152336004820152602481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f8c2919d90604401602060405180830381865afa1580156114b2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114d69190613eb2565b5f03611517576040517f6abe67b400000000000000000000000000000000000000000000000000000000815233600482015260248101879052604401610a8f565b6115213387610810565b5f81815260046020526040812091925081547f0100000000000000000000000000000000000000000000000000000000000000900460ff16600381111561156a5761156a613ec9565b146115b1576040517f2ba4157a0000000000000000000000000000000000000000000000000000000081523360048201526024810188905260448101839052606401610a8f565b828515806115c3575064ffffffffff86115b806115cc575080155b806115d657508581115b806115df575086155b15611620576040517fd7bc021d0000000000000000000000000000000000000000000000000000000081526004810187905260248101829052604401610a8f565b7f00000000000000000000000000000000000000000000000000000000000000005f805b83811015611790575f88888381811061165f5761165f613e68565b90506060020160200160208101906116779190613a84565b90506001600160a01b038116158015906116a35750836001600160a01b0316816001600160a01b031614155b156116e5576040517f81a3b1be0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610a8f565b5f6001600160a01b038216156116fc5760016116fe565b5f5b60ff1660018b8b8681811061171557611715613e68565b61172b9260206060909202019081019150613a84565b6001600160a01b0316901b17905083811015611776576040517f4d21d35500000000000000000000000000000000000000000000000000000000815260048101849052602401610a8f565b611781816001613e55565b93505050806001019050611644565b505f6117bc7f000000000000000000000000000000000000000000000000000000000000000043613e55565b85547fffffffffffff000000000000000000000000000000000000000000000000000016337fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff16177401000000000000000000000000000000000000000065ffffffffffff8316021779ffffffffffffffffffffffffffffffffffffffffffffffffffff167a01000000000000000000000000000000000000000000000000000064ffffffffff8c16027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16177f0100000000000000000000000000000000000000000000000000000000000000178655600186018b90556040519091506118c99089908990602001613f0b565b604080518083037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0018152828252805160209182012060028901558d835282018c905281018a905260608101829052339087907f36d7ed82994afed0c54621aa3e7fc8f315d89410c2f0a6ebe56851d4f3d515489060800160405180910390a3505050505095945050505050565b5f5f6119668787878787612612565b9150915061197587878561309f565b6119828783838935612b37565b50505050505050565b5f61199589612bff565b90506119a489828a8a8a612c9c565b836020013588602001351415806119c357508360400135886040013514155b806119f5575080547a010000000000000000000000000000000000000000000000000000900464ffffffffff16883510155b15611a2c576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b888503611a80578735843503611a6e576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611a7b8982868686612c9c565b611bff565b5f8581526004602052604081209081547f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115611ac757611ac7613ec9565b03611b01576040517fb724c9ee00000000000000000000000000000000000000000000000000000000815260048101879052602401610a8f565b815481545f9165ffffffffffff74010000000000000000000000000000000000000000918290048116919092049091161080611b71575082548254740100000000000000000000000000000000000000009182900465ffffffffffff9081169290910416148015611b7157508a87105b9050801580611bb85750600382547f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115611bb657611bb6613ec9565b145b15611bef576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611bfc8783888888612c9c565b50505b5f858152600460205260409020547a010000000000000000000000000000000000000000000000000000900464ffffffffff16843510611c6b576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610805898260078b35612df5565b5f81604051602001611cfb9190813581526020808301359082015260408083013590820152606080830135908201526080808301359082015260a0808301359082015260c0808301359082015260e080830135908201526101008083013590820152610120808301359082015261014091820135918101919091526101600190565b604051602081830303815290604052805190602001209050919050565b5f818152600460205260408120805482918291829182918291906001600160a01b038116907f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115611d7457611d74613ec9565b82546001840154600290940154929b919a5074010000000000000000000000000000000000000000810465ffffffffffff1699507a010000000000000000000000000000000000000000000000000000900464ffffffffff1697509195509350915050565b5f611de3846131c5565b805490915074010000000000000000000000000000000000000000900465ffffffffffff16431015611e725780546040517fe4a35a6b000000000000000000000000000000000000000000000000000000008152600481018690527401000000000000000000000000000000000000000090910465ffffffffffff166024820152436044820152606401610a8f565b5f8481526003602052604090205415611ed1575f84815260036020526040908190205490517f35df61b5000000000000000000000000000000000000000000000000000000008152610a8f918691600401918252602082015260400190565b80600201548383604051602001611ee9929190613f0b565b6040516020818303038152906040528051906020012014611f39576040517fb293a41b00000000000000000000000000000000000000000000000000000000815260048101859052602401610a8f565b80547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f02000000000000000000000000000000000000000000000000000000000000001781555f80805b8481101561209d5736868683818110611f9f57611f9f613e68565b6060029190910191505f9050611fd5611fbb6020840184613a84565b611fcb6040850160208601613a84565b84604001356132ff565b9050816040013581101561205657611ff06020830183613a84565b6001600160a01b0316897f5752e5029c39d743eea33bb91a748c752931cc2d2431ad3b6a63749a8c82281361202b6040860160208701613a84565b604080516001600160a01b039092168252808701356020830152810185905260600160405180910390a35b5f6120676040840160208501613a84565b6001600160a01b0316036120865761207f8186613e55565b9450612093565b6120908185613e55565b93505b5050600101611f84565b5082546001600160a01b031682156120ba576120ba815f8561305f565b81156120eb576120eb817f00000000000000000000000000000000000000000000000000000000000000008461305f565b60408051848152602081018490526001600160a01b0383169189917f8dfe2e4992c35f0c2e1a1ae78bde2b832d7fabb19bb9e73ec22c5cc2ee89db23910160405180910390a350505050505050565b5f6121448a612bff565b90506121538a828b8b8b612c9c565b6121608a82888888612c9c565b61216c89356001613e55565b8635146121a5576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6121b18a828585612efe565b5f8661012001358a6101200135036122615786606001358a606001351415806121e2575086608001358a6080013514155b156121ef575060036122d7565b896101000135876101000135108061221757508660e001358a61010001358861010001350314155b15612224575060056122d7565b86602001358a602001351180612254575086602001358a60200135148015612254575086604001358a6040013510155b15610991575060066122d7565b8961012001356001018761012001351461227d575060066122d7565b8660e0013587610100013514612295575060056122d7565b6101208a0135831115806122ce575083838b61012001358181106122bb576122bb613e68565b905060600201604001358a610100013514155b15610991575060045b6122e48b83838a35612df5565b5050505050505050505050565b7f00000000000000000000000000000000000000000000000000000000000000003414612372576040517f0c5e03da0000000000000000000000000000000000000000000000000000000081523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610a8f565b5f61237c83612bff565b90505f838360405160200161239b929190918252602082015260400190565b604080518083037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0018152919052805160209091012082549091507a010000000000000000000000000000000000000000000000000000900464ffffffffff168310158061241e57505f818152600260205260409020546001600160a01b031615155b1561245f576040517fd6b8b1780000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604401610a8f565b5f61248a7f000000000000000000000000000000000000000000000000000000000000000043613e55565b60408051808201825233815267ffffffffffffffff80841660208084019182525f8881526002825285812094518554935190941674010000000000000000000000000000000000000000027fffffffff000000000000000000000000000000000000000000000000000000009093166001600160a01b03949094169390931791909117909255888152600390915290812080549293509161252a90613f79565b909155506040805185815260208101839052339187917f861fb716223003b0bb3f09167c9e7b4d23bc1d5ea79c08e3846421e90d388bb6910160405180910390a35050505050565b345f036125ab576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600160209081526040808320838052909152812080543492906125d4908490613e55565b90915550506040513481525f9033907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a3565b5f5f61261d876131c5565b60405190925061263d908890883590602001918252602082015260400190565b604080518083037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001815282825280516020918201205f8181526002835283902084840190935291546001600160a01b0381168085527401000000000000000000000000000000000000000090910467ffffffffffffffff1691840191909152909250612700576040517fc954f61b0000000000000000000000000000000000000000000000000000000081526004810189905287356024820152604401610a8f565b806020015167ffffffffffffffff1643111561276e5760208101516040517fdd878786000000000000000000000000000000000000000000000000000000008152600481018a90528835602482015267ffffffffffffffff9091166044820152436064820152608401610a8f565b61277b8884898989612c9c565b82548890612793906001600160a01b03168635610810565b146127d4576040517f3e373a5a0000000000000000000000000000000000000000000000000000000081526004810189905287356024820152604401610a8f565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166356b504ed88610140013560405160200161281b91815260200190565b604051602081830303815290604052805190602001208680602001906128419190613f91565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e086901b16815261287f939291908a3590600401613ff5565b602060405180830381865afa15801561289a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128be9190614051565b6128fe576040517f3e373a5a0000000000000000000000000000000000000000000000000000000081526004810189905287356024820152604401610a8f565b509550959350505050565b600b6129186040850185613f91565b90501461295b576040517f3e4347aa0000000000000000000000000000000000000000000000000000000081526004810186905284356024820152604401610a8f565b5f61298886867f00000000000000000000000000000000000000000000000000000000000000008761339e565b6040517f736b796f70732d776f726b666c6f772d6a6f6200000000000000000000000000602082810191909152603382018390527fffffffff0000000000000000000000000000000000000000000000000000000060e087811b8216605385015286901b1660578301529192509086013590605b016040516020818303038152906040528051906020012014612a68576040517f8f52f076000000000000000000000000000000000000000000000000000000008152600481018790528535602482015263ffffffff808516604483015283166064820152608401610a8f565b5f612a766040860186613f91565b6008818110612a8757612a87613e68565b905060200201355f1c9050808463ffffffff1610612ae0576040517f87bcb83200000000000000000000000000000000000000000000000000000000815263ffffffff8516600482015260248101829052604401610a8f565b6119828787612af26040890189613f91565b6005818110612b0357612b03613e68565b90506020020135888060400190612b1a9190613f91565b6006818110612b2b57612b2b613e68565b905060200201356134e2565b5f82815260026020908152604080832080547fffffffff00000000000000000000000000000000000000000000000000000000169055868352600390915281208054909190612b8590613ef6565b909155508254612bbf906001600160a01b03165f7f000000000000000000000000000000000000000000000000000000000000000061305f565b837fb75ebdd7ba36f52c51b76e1a5d57f910e7014ce85c14c20193abd507f55a279d82604051612bf191815260200190565b60405180910390a250505050565b5f612c09826131c5565b805490915074010000000000000000000000000000000000000000900465ffffffffffff164310612c975780546040517fde847d80000000000000000000000000000000000000000000000000000000008152600481018490527401000000000000000000000000000000000000000090910465ffffffffffff166024820152436044820152606401610a8f565b919050565b5f5b84547a010000000000000000000000000000000000000000000000000000900464ffffffffff166001821b1015612cdf57612cd881613f79565b9050612c9e565b83358282141580612cf1575080821c15155b15612d32576040517f3e373a5a0000000000000000000000000000000000000000000000000000000081526004810188905260248101829052604401610a8f565b5f612d3c86611c79565b90505f5b83811015612da3575f868683818110612d5b57612d5b613e68565b905060200201359050836001165f14612d80575f818152602084905260409020612d8e565b5f8381526020829052604090205b9250600184901c935050806001019050612d40565b5086600101548114612deb576040517f3e373a5a0000000000000000000000000000000000000000000000000000000081526004810189905286356024820152604401610a8f565b5050505050505050565b82547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f0300000000000000000000000000000000000000000000000000000000000000178355604051339085907f9d59a3326aa5c861639c7500fbbc625c6e737d287475ee60daf97cc2e4ee616790610b6d9086908690614070565b6001600160a01b03811615801590612ebc57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b031614155b15611205576040517f81a3b1be0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610a8f565b82600201548282604051602001612f16929190613f0b565b6040516020818303038152906040528051906020012014612f66576040517fb293a41b00000000000000000000000000000000000000000000000000000000815260048101859052602401610a8f565b50505050565b60025f5403612fa7576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60025f55565b6040516001600160a01b038481166024830152838116604483015260648201839052612f669186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff838183161783525050505061363f565b6040516001600160a01b0383811660248301526044820183905261305a91859182169063a9059cbb90606401612fe2565b505050565b6001600160a01b038084165f90815260016020908152604080832093861683529290529081208054839290613095908490613e55565b9091555050505050565b81602001356130d084847f00000000000000000000000000000000000000000000000000000000000000008561339e565b14613111576040517f3e4347aa0000000000000000000000000000000000000000000000000000000081526004810184905282356024820152604401610a8f565b61305a83836131236040850185613f91565b7f000000000000000000000000000000000000000000000000000000000000000081811061315357613153613e68565b905060200201355f197f0000000000000000000000000000000000000000000000000000000000000000146131bf5761318f6040860186613f91565b7f0000000000000000000000000000000000000000000000000000000000000000818110612b2b57612b2b613e68565b5f6134e2565b5f8181526004602052604081209081547f0100000000000000000000000000000000000000000000000000000000000000900460ff16600381111561320c5761320c613ec9565b03613246576040517fb724c9ee00000000000000000000000000000000000000000000000000000000815260048101839052602401610a8f565b600181547f0100000000000000000000000000000000000000000000000000000000000000900460ff16600381111561328157613281613ec9565b14612c9757805482907f0100000000000000000000000000000000000000000000000000000000000000900460ff1660038111156132c1576132c1613ec9565b6040517fec940013000000000000000000000000000000000000000000000000000000008152600481019290925260ff166024820152604401610a8f565b6001600160a01b038084165f90815260016020908152604080832093861683529290529081208054838110613344576133388482613e42565b90915550819050613397565b5f808355600183015490816133598488613e42565b10613364578161336e565b61336e8387613e42565b90508015613386576133808183613e42565b60018501555b6133908184613e55565b9450505050505b9392505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000836133ce6040850185613f91565b6040516020016133e0939291906140b3565b604051602081830303815290604052805190602001206040516020016134389291907f190100000000000000000000000000000000000000000000000000000000000081526002810192909252602282015260420190565b6040516020818303038152906040528051906020012090506001600160a01b03801684606001351180613499575083606001356001600160a01b031661348d8284806060019061348891906140fd565b6136c4565b6001600160a01b031614155b156134da576040517f3e4347aa0000000000000000000000000000000000000000000000000000000081526004810186905284356024820152604401610a8f565b949350505050565b8180158015906134f55750808460a00135115b15613539576040517f842c488a00000000000000000000000000000000000000000000000000000000815260a0850135600482015260248101829052604401610a8f565b816135445750612f66565b5f6080850135156135af577fc144a19c954468ac5602b599393b15337c119b1ff594178a82dff60d46571adc831480156135aa57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168560800135145b6135fc565b7faaaebeba3810b1e6b70781f14b2d72c1cb89c0b2b320c43bb67ff79f562f5ff48314806135fc57507fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a47083145b9050806109d0576040517f25c6af9e0000000000000000000000000000000000000000000000000000000081526004810187905285356024820152604401610a8f565b5f5f60205f8451602086015f885af18061365e576040513d5f823e3d81fd5b50505f513d91508115613675578060011415613682565b6001600160a01b0384163b155b15612f66576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610a8f565b5f604182146136d457505f613397565b5f6136e2602082858761415e565b6136eb91614185565b90505f6136fc60406020868861415e565b61370591614185565b90505f8585604081811061371b5761371b613e68565b919091013560f81c915050601b81101561373d5761373a601b826141a2565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115613770575f9350505050613397565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156137c0573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015198975050505050505050565b5f6101608284031215613805575f5ffd5b50919050565b5f5f83601f84011261381b575f5ffd5b50813567ffffffffffffffff811115613832575f5ffd5b6020830191508360208260051b850101111561384c575f5ffd5b9250929050565b5f60808284031215613805575f5ffd5b803563ffffffff81168114612c97575f5ffd5b5f5f5f5f5f5f5f610200888a03121561388d575f5ffd5b8735965061389e8960208a016137f4565b955061018088013567ffffffffffffffff8111156138ba575f5ffd5b6138c68a828b0161380b565b9096509450506101a088013567ffffffffffffffff8111156138e6575f5ffd5b6138f28a828b01613853565b9350506139026101c08901613863565b91506139116101e08901613863565b905092959891949750929550565b80356001600160a01b0381168114612c97575f5ffd5b5f5f60408385031215613946575f5ffd5b61394f8361391f565b946020939093013593505050565b5f5f5f5f6101a08587031215613971575f5ffd5b8435935061398286602087016137f4565b925061018085013567ffffffffffffffff81111561399e575f5ffd5b6139aa8782880161380b565b95989497509550505050565b5f5f83601f8401126139c6575f5ffd5b50813567ffffffffffffffff8111156139dd575f5ffd5b60208301915083602060608302850101111561384c575f5ffd5b5f5f5f5f5f5f6101c08789031215613a0d575f5ffd5b86359550613a1e88602089016137f4565b945061018087013567ffffffffffffffff811115613a3a575f5ffd5b613a4689828a0161380b565b9095509350506101a087013567ffffffffffffffff811115613a66575f5ffd5b613a7289828a016139b6565b979a9699509497509295939492505050565b5f60208284031215613a94575f5ffd5b6133978261391f565b5f5f60408385031215613aae575f5ffd5b50508035926020909101359150565b5f5f5f5f5f60808688031215613ad1575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115613afc575f5ffd5b613b08888289016139b6565b969995985093965092949392505050565b5f60208284031215613b29575f5ffd5b5035919050565b5f5f5f5f5f6101c08688031215613b45575f5ffd5b85359450613b5687602088016137f4565b935061018086013567ffffffffffffffff811115613b72575f5ffd5b613b7e8882890161380b565b9094509250506101a086013567ffffffffffffffff811115613b9e575f5ffd5b613baa88828901613853565b9150509295509295909350565b5f5f5f5f5f5f5f5f610340898b031215613bcf575f5ffd5b88359750613be08a60208b016137f4565b965061018089013567ffffffffffffffff811115613bfc575f5ffd5b613c088b828c0161380b565b9097509550506101a08901359350613c248a6101c08b016137f4565b925061032089013567ffffffffffffffff811115613c40575f5ffd5b613c4c8b828c0161380b565b999c989b5096995094979396929594505050565b5f6101608284031215613c71575f5ffd5b61339783836137f4565b5f5f60408385031215613c8c575f5ffd5b613c958361391f565b9150613ca36020840161391f565b90509250929050565b5f5f5f60408486031215613cbe575f5ffd5b83359250602084013567ffffffffffffffff811115613cdb575f5ffd5b613ce7868287016139b6565b9497909650939450505050565b5f5f5f5f5f5f5f5f5f6103408a8c031215613d0d575f5ffd5b89359850613d1e8b60208c016137f4565b97506101808a013567ffffffffffffffff811115613d3a575f5ffd5b613d468c828d0161380b565b9098509650613d5b90508b6101a08c016137f4565b94506103008a013567ffffffffffffffff811115613d77575f5ffd5b613d838c828d0161380b565b9095509350506103208a013567ffffffffffffffff811115613da3575f5ffd5b613daf8c828d016139b6565b915080935050809150509295985092959850929598565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808202811582820484141761086457610864613dc6565b5f82613e3d577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b8181038181111561086457610864613dc6565b8082018082111561086457610864613dc6565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b64ffffffffff828116828216039081111561086457610864613dc6565b5f60208284031215613ec2575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f81613f0457613f04613dc6565b505f190190565b602080825281018290525f8360408301825b85811015613f6f576001600160a01b03613f368461391f565b1682526001600160a01b03613f4d6020850161391f565b1660208301526040838101359083015260609283019290910190600101613f1d565b5095945050505050565b5f5f198203613f8a57613f8a613dc6565b5060010190565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613fc4575f5ffd5b83018035915067ffffffffffffffff821115613fde575f5ffd5b6020019150600581901b360382131561384c575f5ffd5b848152606060208201528260608201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff841115614032575f5ffd5b8360051b80866080850137604083019390935250016080019392505050565b5f60208284031215614061575f5ffd5b81518015158114613397575f5ffd5b60408101600984106140a9577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9281526020015290565b8381525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8311156140e3575f5ffd5b8260051b8085602085013791909101602001949350505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614130575f5ffd5b83018035915067ffffffffffffffff82111561414a575f5ffd5b60200191503681900382131561384c575f5ffd5b5f5f8585111561416c575f5ffd5b83861115614178575f5ffd5b5050820193919092039150565b80356020831015610864575f19602084900360031b1b1692915050565b60ff818116838216019081111561086457610864613dc656fea164736f6c634300081e000a",
}

// SkyopsEscrowABI is the input ABI used to generate the binding from.
// Deprecated: Use SkyopsEscrowMetaData.ABI instead.
var SkyopsEscrowABI = SkyopsEscrowMetaData.ABI

// SkyopsEscrowBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SkyopsEscrowMetaData.Bin instead.
var SkyopsEscrowBin = SkyopsEscrowMetaData.Bin

// DeploySkyopsEscrow deploys a new Ethereum contract, binding an instance of SkyopsEscrow to it.
func DeploySkyopsEscrow(auth *bind.TransactOpts, backend bind.ContractBackend, skyops_ common.Address, registry_ common.Address, params_ common.Address, withdrawDelay_ *big.Int, disputeWindow_ *big.Int, challengeBond_ *big.Int, specHashes_ [3][32]byte, specFields_ [2]*big.Int) (common.Address, *types.Transaction, *SkyopsEscrow, error) {
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

// WORKFLOWCAPWORD is a free data retrieval call binding the contract method 0x468a3b9d.
//
// Solidity: function WORKFLOW_CAP_WORD() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCaller) WORKFLOWCAPWORD(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "WORKFLOW_CAP_WORD")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WORKFLOWCAPWORD is a free data retrieval call binding the contract method 0x468a3b9d.
//
// Solidity: function WORKFLOW_CAP_WORD() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowSession) WORKFLOWCAPWORD() (*big.Int, error) {
	return _SkyopsEscrow.Contract.WORKFLOWCAPWORD(&_SkyopsEscrow.CallOpts)
}

// WORKFLOWCAPWORD is a free data retrieval call binding the contract method 0x468a3b9d.
//
// Solidity: function WORKFLOW_CAP_WORD() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) WORKFLOWCAPWORD() (*big.Int, error) {
	return _SkyopsEscrow.Contract.WORKFLOWCAPWORD(&_SkyopsEscrow.CallOpts)
}

// WORKFLOWINSTANCESWORD is a free data retrieval call binding the contract method 0xd77abcbd.
//
// Solidity: function WORKFLOW_INSTANCES_WORD() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCaller) WORKFLOWINSTANCESWORD(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "WORKFLOW_INSTANCES_WORD")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WORKFLOWINSTANCESWORD is a free data retrieval call binding the contract method 0xd77abcbd.
//
// Solidity: function WORKFLOW_INSTANCES_WORD() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowSession) WORKFLOWINSTANCESWORD() (*big.Int, error) {
	return _SkyopsEscrow.Contract.WORKFLOWINSTANCESWORD(&_SkyopsEscrow.CallOpts)
}

// WORKFLOWINSTANCESWORD is a free data retrieval call binding the contract method 0xd77abcbd.
//
// Solidity: function WORKFLOW_INSTANCES_WORD() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) WORKFLOWINSTANCESWORD() (*big.Int, error) {
	return _SkyopsEscrow.Contract.WORKFLOWINSTANCESWORD(&_SkyopsEscrow.CallOpts)
}

// WORKFLOWTOKENWORD is a free data retrieval call binding the contract method 0xa02b132d.
//
// Solidity: function WORKFLOW_TOKEN_WORD() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCaller) WORKFLOWTOKENWORD(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "WORKFLOW_TOKEN_WORD")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WORKFLOWTOKENWORD is a free data retrieval call binding the contract method 0xa02b132d.
//
// Solidity: function WORKFLOW_TOKEN_WORD() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowSession) WORKFLOWTOKENWORD() (*big.Int, error) {
	return _SkyopsEscrow.Contract.WORKFLOWTOKENWORD(&_SkyopsEscrow.CallOpts)
}

// WORKFLOWTOKENWORD is a free data retrieval call binding the contract method 0xa02b132d.
//
// Solidity: function WORKFLOW_TOKEN_WORD() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) WORKFLOWTOKENWORD() (*big.Int, error) {
	return _SkyopsEscrow.Contract.WORKFLOWTOKENWORD(&_SkyopsEscrow.CallOpts)
}

// WORKFLOWWORDS is a free data retrieval call binding the contract method 0x58513038.
//
// Solidity: function WORKFLOW_WORDS() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCaller) WORKFLOWWORDS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "WORKFLOW_WORDS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WORKFLOWWORDS is a free data retrieval call binding the contract method 0x58513038.
//
// Solidity: function WORKFLOW_WORDS() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowSession) WORKFLOWWORDS() (*big.Int, error) {
	return _SkyopsEscrow.Contract.WORKFLOWWORDS(&_SkyopsEscrow.CallOpts)
}

// WORKFLOWWORDS is a free data retrieval call binding the contract method 0x58513038.
//
// Solidity: function WORKFLOW_WORDS() view returns(uint256)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) WORKFLOWWORDS() (*big.Int, error) {
	return _SkyopsEscrow.Contract.WORKFLOWWORDS(&_SkyopsEscrow.CallOpts)
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

// WorkflowTypeHash is a free data retrieval call binding the contract method 0xda828e01.
//
// Solidity: function workflowTypeHash() view returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowCaller) WorkflowTypeHash(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsEscrow.contract.Call(opts, &out, "workflowTypeHash")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// WorkflowTypeHash is a free data retrieval call binding the contract method 0xda828e01.
//
// Solidity: function workflowTypeHash() view returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowSession) WorkflowTypeHash() ([32]byte, error) {
	return _SkyopsEscrow.Contract.WorkflowTypeHash(&_SkyopsEscrow.CallOpts)
}

// WorkflowTypeHash is a free data retrieval call binding the contract method 0xda828e01.
//
// Solidity: function workflowTypeHash() view returns(bytes32)
func (_SkyopsEscrow *SkyopsEscrowCallerSession) WorkflowTypeHash() ([32]byte, error) {
	return _SkyopsEscrow.Contract.WorkflowTypeHash(&_SkyopsEscrow.CallOpts)
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

// AnswerWorkflow is a paid mutator transaction binding the contract method 0x14ee72a7.
//
// Solidity: function answerWorkflow(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof, (bytes32,bytes32[],bytes32[],bytes) a, uint32 instance, uint32 try_) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactor) AnswerWorkflow(opts *bind.TransactOpts, claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte, a SkyopsEscrowAnswer, instance uint32, try_ uint32) (*types.Transaction, error) {
	return _SkyopsEscrow.contract.Transact(opts, "answerWorkflow", claimId, leaf, proof, a, instance, try_)
}

// AnswerWorkflow is a paid mutator transaction binding the contract method 0x14ee72a7.
//
// Solidity: function answerWorkflow(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof, (bytes32,bytes32[],bytes32[],bytes) a, uint32 instance, uint32 try_) returns()
func (_SkyopsEscrow *SkyopsEscrowSession) AnswerWorkflow(claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte, a SkyopsEscrowAnswer, instance uint32, try_ uint32) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.AnswerWorkflow(&_SkyopsEscrow.TransactOpts, claimId, leaf, proof, a, instance, try_)
}

// AnswerWorkflow is a paid mutator transaction binding the contract method 0x14ee72a7.
//
// Solidity: function answerWorkflow(bytes32 claimId, (uint256,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) leaf, bytes32[] proof, (bytes32,bytes32[],bytes32[],bytes) a, uint32 instance, uint32 try_) returns()
func (_SkyopsEscrow *SkyopsEscrowTransactorSession) AnswerWorkflow(claimId [32]byte, leaf SkyopsEscrowLeaf, proof [][32]byte, a SkyopsEscrowAnswer, instance uint32, try_ uint32) (*types.Transaction, error) {
	return _SkyopsEscrow.Contract.AnswerWorkflow(&_SkyopsEscrow.TransactOpts, claimId, leaf, proof, a, instance, try_)
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
