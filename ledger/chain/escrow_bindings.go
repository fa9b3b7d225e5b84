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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"skyops_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"disputeWindow_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"ClaimNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owedEntries\",\"type\":\"uint256\"}],\"name\":\"EmptyClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAFraud\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"OwedMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"OwedNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"RootAlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"}],\"name\":\"RootNotAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"StillInDisputeWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"UnexpectedValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"UnknownClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"UnknownToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"paymentsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ethPaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"skyopsPaid\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"Shortfall\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"disputer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumSkyopsEscrow.Fraud\",\"name\":\"fraud\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"Voided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawing\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paymentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"}],\"name\":\"claimIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"claimOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"paymentsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"owedHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"otherClaimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"other\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"otherProof\",\"type\":\"bytes32[]\"}],\"name\":\"disputeDuplicate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"disputeLeaf\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"disputeOwed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proofA\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proofB\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"disputePair\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSkyopsEscrow.Owed[]\",\"name\":\"owed\",\"type\":\"tuple[]\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"job\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"attempt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owner\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"token\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gpuMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"costWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"run\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structSkyopsEscrow.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"skyops\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b50604051612d5a380380612d5a83398101604081905261002f916101b2565b60015f556001600160a01b038416610061576040516340d1d8df60e11b81525f60048201526024015b60405180910390fd5b6001600160a01b0383166100b75760405162461bcd60e51b815260206004820152601960248201527f536b796f7073457363726f773a206e6f207265676973747279000000000000006044820152606401610058565b63ffffffff8211156101195760405162461bcd60e51b815260206004820152602560248201527f536b796f7073457363726f773a2077697468647261772064656c617920746f6f604482015264206c6f6e6760d81b6064820152608401610058565b801580159061012c575063ffffffff8111155b6101785760405162461bcd60e51b815260206004820181905260248201527f536b796f7073457363726f773a2062616420646973707574652077696e646f776044820152606401610058565b6001600160a01b039384166080529190921660a05260c09190915260e0526101f7565b6001600160a01b03811681146101af575f5ffd5b50565b5f5f5f5f608085870312156101c5575f5ffd5b84516101d08161019b565b60208601519094506101e18161019b565b6040860151606090960151949790965092505050565b60805160a05160c05160e051612ae36102775f395f818161019801526111db01525f8181610152015261072e01525f81816102e50152610ea901525f818161022a0152818161097a01528181610a5701528181610ad701528181610b3901528181610dfd0152818161106601528181611abb01526120290152612ae35ff3fe60806040526004361061013d575f3560e01c80635fd39146116100bb578063903fafea11610071578063b65c536d11610057578063b65c536d14610428578063bc670d1d14610447578063f6326fb314610466575f5ffd5b8063903fafea146103585780639ed55403146103b0575f5ffd5b80638322fff2116100a15780638322fff21461030757806387e5ce2d1461031a578063894bbf2c14610339575f5ffd5b80635fd39146146102b55780637b103999146102d4575f5ffd5b8063397a1b2811610110578063477d349a116100f6578063477d349a1461026457806347e7ef241461028357806351cff8d914610296575f5ffd5b8063397a1b28146101fa57806344fda1fd14610219575f5ffd5b80630288a39c14610141578063117f5f92146101875780631799c38e146101ba5780631b12b26d146101d9575b5f5ffd5b34801561014c575f5ffd5b506101747f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b348015610192575f5ffd5b506101747f000000000000000000000000000000000000000000000000000000000000000081565b3480156101c5575f5ffd5b506101746101d4366004612475565b61046e565b3480156101e4575f5ffd5b506101f86101f33660046124fc565b6104c8565b005b348015610205575f5ffd5b506101f8610214366004612475565b610636565b348015610224575f5ffd5b5061024c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161017e565b34801561026f575f5ffd5b506101f861027e366004612596565b6107d9565b6101f8610291366004612475565b610936565b3480156102a1575f5ffd5b506101f86102b0366004612623565b610c37565b3480156102c0575f5ffd5b506101746102cf36600461263c565b610e72565b3480156102df575f5ffd5b5061024c7f000000000000000000000000000000000000000000000000000000000000000081565b348015610312575f5ffd5b5061024c5f81565b348015610325575f5ffd5b506101f8610334366004612698565b61139b565b348015610344575f5ffd5b50610174610353366004612741565b611689565b348015610363575f5ffd5b5061037761037236600461275c565b611728565b604080516001600160a01b03909716875260ff9095166020870152938501929092526060840152608083015260a082015260c00161017e565b3480156103bb575f5ffd5b5061040d6103ca366004612773565b6001600160a01b038083165f908152600260208181526040808420948616845293905291902080546001820154919092015467ffffffffffffffff169250925092565b6040805193845260208401929092529082015260600161017e565b348015610433575f5ffd5b506101f86104423660046127a4565b6117e9565b348015610452575f5ffd5b506101f86104613660046127ec565b611b4a565b6101f8611d01565b6040517fffffffffffffffffffffffffffffffffffffffff000000000000000000000000606084901b166020820152603481018290525f906054016040516020818303038152906040528051906020012090505b92915050565b5f6104d285611da1565b90506104e18582868686611e3e565b80545f907a010000000000000000000000000000000000000000000000000000900464ffffffffff168535101580610520575063ffffffff6040860135115b8061053557506001600160a01b036060860135115b8061054a57506001600160a01b036080860135115b8061056857506fffffffffffffffffffffffffffffffff60a0860135115b8061057e575067ffffffffffffffff60c0860135115b1561058a57505f610621565b6236ee806105a060a087013560c08801356128eb565b6105aa9190612902565b8560e00135146105bc57506001610621565b84351580156105e257506101208501351515806105e257508460e0013585610100013514155b156105ef57506002610621565b6040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61062e8683838835611f97565b505050505050565b61063f82612014565b805f03610678576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526002602090815260408083206001600160a01b0386168452909152902080548211156106f65780546040517fdb42144d0000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024810191909152604481018390526064015b60405180910390fd5b81815f015f828254610708919061293a565b9250508190555081816001015f828254610722919061294d565b909155505f90506107537f00000000000000000000000000000000000000000000000000000000000000004361294d565b6002830180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff831617905560408051858152602081018390529192506001600160a01b0386169133917f196e6601eb68141737e4636af773e3013089d698090efd395ba859863e1f2f9c91015b60405180910390a350505050565b5f6107e387611da1565b90506107f28782888888611e3e565b6107fe878285856120a0565b6101208601355f8382101580610848575084848381811061082157610821612960565b6108379260206060909202019081019150612623565b6001600160a01b0316886060013514155b80610889575084848381811061086057610860612960565b90506060020160200160208101906108789190612623565b6001600160a01b0316886080013514155b156108965750600361091e565b82546108c9906001907a010000000000000000000000000000000000000000000000000000900464ffffffffff1661298d565b64ffffffffff16885f013514801561091557506108e760018561293a565b82141580610915575084848381811061090257610902612960565b9050606002016040013588610100013514155b156105ef575060045b61092b8984838b35611f97565b505050505050505050565b61093e61210e565b3415610978576040517f4fbe34650000000000000000000000000000000000000000000000000000000081523460048201526024016106ed565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b0316146109ee576040517f81a3b1be0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016106ed565b805f03610a27576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610aa4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ac891906129aa565b9050610aff6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308561214f565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610b7e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ba291906129aa565b610bac919061293a565b335f9081526002602090815260408083206001600160a01b0389168452909152812080549293508392909190610be390849061294d565b90915550506040518181526001600160a01b0385169033907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a35050610c3360015f55565b5050565b610c3f61210e565b610c4881612014565b335f9081526002602090815260408083206001600160a01b0385168452909152812060018101549091819003610cb5576040517fdc69dc160000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016106ed565b600282015467ffffffffffffffff16431015610d245760028201546040517fe56da3600000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015267ffffffffffffffff90911660248201524360448201526064016106ed565b5f60018301556002820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690556001600160a01b038316610df0576040515f90339083908381818185875af1925050503d805f8114610da1576040519150601f19603f3d011682016040523d82523d5f602084013e610da6565b606091505b5050905080610dea576040517fa09e6165000000000000000000000000000000000000000000000000000000008152336004820152602481018390526044016106ed565b50610e24565b610e246001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633836121cb565b6040518181526001600160a01b0384169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a35050610e6f60015f55565b50565b6040517ff8c2919d000000000000000000000000000000000000000000000000000000008152336004820152602481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f8c2919d90604401602060405180830381865afa158015610ef6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f1a91906129aa565b5f03610f5b576040517f6abe67b4000000000000000000000000000000000000000000000000000000008152336004820152602481018790526044016106ed565b610f65338761046e565b5f81815260016020526040812091925081547f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115610fae57610fae6129c1565b14610ff5576040517f2ba4157a00000000000000000000000000000000000000000000000000000000815233600482015260248101889052604481018390526064016106ed565b82851580611007575064ffffffffff86115b80611010575080155b8061101a57508581115b80611023575086155b15611064576040517fd7bc021d00000000000000000000000000000000000000000000000000000000815260048101879052602481018290526044016106ed565b7f00000000000000000000000000000000000000000000000000000000000000005f805b838110156111d4575f8888838181106110a3576110a3612960565b90506060020160200160208101906110bb9190612623565b90506001600160a01b038116158015906110e75750836001600160a01b0316816001600160a01b031614155b15611129576040517f81a3b1be0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016106ed565b5f6001600160a01b03821615611140576001611142565b5f5b60ff1660018b8b8681811061115957611159612960565b61116f9260206060909202019081019150612623565b6001600160a01b0316901b179050838110156111ba576040517f4d21d355000000000000000000000000000000000000000000000000000000008152600481018490526024016106ed565b6111c581600161294d565b93505050806001019050611088565b505f6112007f00000000000000000000000000000000000000000000000000000000000000004361294d565b85547fffffffffffff000000000000000000000000000000000000000000000000000016337fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff16177401000000000000000000000000000000000000000065ffffffffffff8316021779ffffffffffffffffffffffffffffffffffffffffffffffffffff167a01000000000000000000000000000000000000000000000000000064ffffffffff8c16027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16177f0100000000000000000000000000000000000000000000000000000000000000178655600186018b905560405190915061130d90899089906020016129ee565b604080518083037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0018152828252805160209182012060028901558d835282018c905281018a905260608101829052339087907f36d7ed82994afed0c54621aa3e7fc8f315d89410c2f0a6ebe56851d4f3d515489060800160405180910390a3505050505095945050505050565b5f6113a589611da1565b90506113b489828a8a8a611e3e565b836020013588602001351415806113d357508360400135886040013514155b80611405575080547a010000000000000000000000000000000000000000000000000000900464ffffffffff16883510155b1561143c576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b88850361149057873584350361147e576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61148b8982868686611e3e565b61160f565b5f8581526001602052604081209081547f0100000000000000000000000000000000000000000000000000000000000000900460ff1660038111156114d7576114d76129c1565b03611511576040517fb724c9ee000000000000000000000000000000000000000000000000000000008152600481018790526024016106ed565b815481545f9165ffffffffffff74010000000000000000000000000000000000000000918290048116919092049091161080611581575082548254740100000000000000000000000000000000000000009182900465ffffffffffff908116929091041614801561158157508a87105b90508015806115c85750600382547f0100000000000000000000000000000000000000000000000000000000000000900460ff1660038111156115c6576115c66129c1565b145b156115ff576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61160c8783888888611e3e565b50505b5f858152600160205260409020547a010000000000000000000000000000000000000000000000000000900464ffffffffff1684351061167b576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61092b898260078b35611f97565b5f8160405160200161170b9190813581526020808301359082015260408083013590820152606080830135908201526080808301359082015260a0808301359082015260c0808301359082015260e080830135908201526101008083013590820152610120808301359082015261014091820135918101919091526101600190565b604051602081830303815290604052805190602001209050919050565b5f818152600160205260408120805482918291829182918291906001600160a01b038116907f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115611784576117846129c1565b82546001840154600290940154929b919a5074010000000000000000000000000000000000000000810465ffffffffffff1699507a010000000000000000000000000000000000000000000000000000900464ffffffffff1697509195509350915050565b5f6117f384612201565b805490915074010000000000000000000000000000000000000000900465ffffffffffff164310156118825780546040517fe4a35a6b000000000000000000000000000000000000000000000000000000008152600481018690527401000000000000000000000000000000000000000090910465ffffffffffff1660248201524360448201526064016106ed565b8060020154838360405160200161189a9291906129ee565b60405160208183030381529060405280519060200120146118ea576040517fb293a41b000000000000000000000000000000000000000000000000000000008152600481018590526024016106ed565b80547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f02000000000000000000000000000000000000000000000000000000000000001781555f80805b84811015611a4e573686868381811061195057611950612960565b6060029190910191505f905061198661196c6020840184612623565b61197c6040850160208601612623565b846040013561233b565b90508160400135811015611a07576119a16020830183612623565b6001600160a01b0316897f5752e5029c39d743eea33bb91a748c752931cc2d2431ad3b6a63749a8c8228136119dc6040860160208701612623565b604080516001600160a01b039092168252808701356020830152810185905260600160405180910390a35b5f611a186040840160208501612623565b6001600160a01b031603611a3757611a30818661294d565b9450611a44565b611a41818561294d565b93505b5050600101611935565b5082546001600160a01b03168215611a98576001600160a01b0381165f90815260026020908152604080832083805290915281208054859290611a9290849061294d565b90915550505b8115611afb576001600160a01b038082165f9081526002602090815260408083207f000000000000000000000000000000000000000000000000000000000000000090941683529290529081208054849290611af590849061294d565b90915550505b60408051848152602081018490526001600160a01b0383169189917f8dfe2e4992c35f0c2e1a1ae78bde2b832d7fabb19bb9e73ec22c5cc2ee89db23910160405180910390a350505050505050565b5f611b548a611da1565b9050611b638a828b8b8b611e3e565b611b708a82888888611e3e565b611b7c8935600161294d565b863514611bb5576040517f19f63ede00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611bc18a8285856120a0565b5f8661012001358a610120013503611c715786606001358a60600135141580611bf2575086608001358a6080013514155b15611bff57506003611ce7565b8961010001358761010001351080611c2757508660e001358a61010001358861010001350314155b15611c3457506005611ce7565b86602001358a602001351180611c64575086602001358a60200135148015611c64575086604001358a6040013510155b156105ef57506006611ce7565b89610120013560010187610120013514611c8d57506006611ce7565b8660e0013587610100013514611ca557506005611ce7565b6101208a013583111580611cde575083838b6101200135818110611ccb57611ccb612960565b905060600201604001358a610100013514155b156105ef575060045b611cf48b83838a35611f97565b5050505050505050505050565b345f03611d3a576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260026020908152604080832083805290915281208054349290611d6390849061294d565b90915550506040513481525f9033907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a3565b5f611dab82612201565b805490915074010000000000000000000000000000000000000000900465ffffffffffff164310611e395780546040517fde847d80000000000000000000000000000000000000000000000000000000008152600481018490527401000000000000000000000000000000000000000090910465ffffffffffff1660248201524360448201526064016106ed565b919050565b5f5b84547a010000000000000000000000000000000000000000000000000000900464ffffffffff166001821b1015611e8157611e7a81612a5c565b9050611e40565b83358282141580611e93575080821c15155b15611ed4576040517f3e373a5a00000000000000000000000000000000000000000000000000000000815260048101889052602481018290526044016106ed565b5f611ede86611689565b90505f5b83811015611f45575f868683818110611efd57611efd612960565b905060200201359050836001165f14611f22575f818152602084905260409020611f30565b5f8381526020829052604090205b9250600184901c935050806001019050611ee2565b5086600101548114611f8d576040517f3e373a5a00000000000000000000000000000000000000000000000000000000815260048101899052863560248201526044016106ed565b5050505050505050565b82547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f0300000000000000000000000000000000000000000000000000000000000000178355604051339085907f9d59a3326aa5c861639c7500fbbc625c6e737d287475ee60daf97cc2e4ee6167906107cb9086908690612a93565b6001600160a01b0381161580159061205e57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b031614155b15610e6f576040517f81a3b1be0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016106ed565b826002015482826040516020016120b89291906129ee565b6040516020818303038152906040528051906020012014612108576040517fb293a41b000000000000000000000000000000000000000000000000000000008152600481018590526024016106ed565b50505050565b60025f5403612149576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60025f55565b6040516001600160a01b0384811660248301528381166044830152606482018390526121089186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506123da565b6040516001600160a01b038381166024830152604482018390526121fc91859182169063a9059cbb90606401612184565b505050565b5f8181526001602052604081209081547f0100000000000000000000000000000000000000000000000000000000000000900460ff166003811115612248576122486129c1565b03612282576040517fb724c9ee000000000000000000000000000000000000000000000000000000008152600481018390526024016106ed565b600181547f0100000000000000000000000000000000000000000000000000000000000000900460ff1660038111156122bd576122bd6129c1565b14611e3957805482907f0100000000000000000000000000000000000000000000000000000000000000900460ff1660038111156122fd576122fd6129c1565b6040517fec940013000000000000000000000000000000000000000000000000000000008152600481019290925260ff1660248201526044016106ed565b6001600160a01b038084165f9081526002602090815260408083209386168352929052908120805483811061238057612374848261293a565b909155508190506123d3565b5f80835560018301549081612395848861293a565b106123a057816123aa565b6123aa838761293a565b905080156123c2576123bc818361293a565b60018501555b6123cc818461294d565b9450505050505b9392505050565b5f5f60205f8451602086015f885af1806123f9576040513d5f823e3d81fd5b50505f513d9150811561241057806001141561241d565b6001600160a01b0384163b155b15612108576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016106ed565b80356001600160a01b0381168114611e39575f5ffd5b5f5f60408385031215612486575f5ffd5b61248f8361245f565b946020939093013593505050565b5f61016082840312156124ae575f5ffd5b50919050565b5f5f83601f8401126124c4575f5ffd5b50813567ffffffffffffffff8111156124db575f5ffd5b6020830191508360208260051b85010111156124f5575f5ffd5b9250929050565b5f5f5f5f6101a08587031215612510575f5ffd5b84359350612521866020870161249d565b925061018085013567ffffffffffffffff81111561253d575f5ffd5b612549878288016124b4565b95989497509550505050565b5f5f83601f840112612565575f5ffd5b50813567ffffffffffffffff81111561257c575f5ffd5b6020830191508360206060830285010111156124f5575f5ffd5b5f5f5f5f5f5f6101c087890312156125ac575f5ffd5b863595506125bd886020890161249d565b945061018087013567ffffffffffffffff8111156125d9575f5ffd5b6125e589828a016124b4565b9095509350506101a087013567ffffffffffffffff811115612605575f5ffd5b61261189828a01612555565b979a9699509497509295939492505050565b5f60208284031215612633575f5ffd5b6123d38261245f565b5f5f5f5f5f60808688031215612650575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff81111561267b575f5ffd5b61268788828901612555565b969995985093965092949392505050565b5f5f5f5f5f5f5f5f610340898b0312156126b0575f5ffd5b883597506126c18a60208b0161249d565b965061018089013567ffffffffffffffff8111156126dd575f5ffd5b6126e98b828c016124b4565b9097509550506101a089013593506127058a6101c08b0161249d565b925061032089013567ffffffffffffffff811115612721575f5ffd5b61272d8b828c016124b4565b999c989b5096995094979396929594505050565b5f6101608284031215612752575f5ffd5b6123d3838361249d565b5f6020828403121561276c575f5ffd5b5035919050565b5f5f60408385031215612784575f5ffd5b61278d8361245f565b915061279b6020840161245f565b90509250929050565b5f5f5f604084860312156127b6575f5ffd5b83359250602084013567ffffffffffffffff8111156127d3575f5ffd5b6127df86828701612555565b9497909650939450505050565b5f5f5f5f5f5f5f5f5f6103408a8c031215612805575f5ffd5b893598506128168b60208c0161249d565b97506101808a013567ffffffffffffffff811115612832575f5ffd5b61283e8c828d016124b4565b909850965061285390508b6101a08c0161249d565b94506103008a013567ffffffffffffffff81111561286f575f5ffd5b61287b8c828d016124b4565b9095509350506103208a013567ffffffffffffffff81111561289b575f5ffd5b6128a78c828d01612555565b915080935050809150509295985092959850929598565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820281158282048414176104c2576104c26128be565b5f82612935577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b818103818111156104c2576104c26128be565b808201808211156104c2576104c26128be565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b64ffffffffff82811682821603908111156104c2576104c26128be565b5f602082840312156129ba575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b602080825281018290525f8360408301825b85811015612a52576001600160a01b03612a198461245f565b1682526001600160a01b03612a306020850161245f565b1660208301526040838101359083015260609283019290910190600101612a00565b5095945050505050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612a8c57612a8c6128be565b5060010190565b6040810160088410612acc577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b928152602001529056fea164736f6c634300081e000a",
}

// SkyopsEscrowABI is the input ABI used to generate the binding from.
// Deprecated: Use SkyopsEscrowMetaData.ABI instead.
var SkyopsEscrowABI = SkyopsEscrowMetaData.ABI

// SkyopsEscrowBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SkyopsEscrowMetaData.Bin instead.
var SkyopsEscrowBin = SkyopsEscrowMetaData.Bin

// DeploySkyopsEscrow deploys a new Ethereum contract, binding an instance of SkyopsEscrow to it.
func DeploySkyopsEscrow(auth *bind.TransactOpts, backend bind.ContractBackend, skyops_ common.Address, registry_ common.Address, withdrawDelay_ *big.Int, disputeWindow_ *big.Int) (common.Address, *types.Transaction, *SkyopsEscrow, error) {
	parsed, err := SkyopsEscrowMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SkyopsEscrowBin), backend, skyops_, registry_, withdrawDelay_, disputeWindow_)
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
