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

// SkyopsEscrowMetaData contains all meta data concerning the SkyopsEscrow contract.
var SkyopsEscrowMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"skyops_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"params_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"UnexpectedValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"UnknownToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawing\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"skyops\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161109738038061109783398101604081905261002f91610152565b60015f556001600160a01b038416610061576040516340d1d8df60e11b81525f60048201526024015b60405180910390fd5b6001600160a01b0383166100b75760405162461bcd60e51b815260206004820152601960248201527f536b796f7073457363726f773a206e6f207265676973747279000000000000006044820152606401610058565b63ffffffff8111156101195760405162461bcd60e51b815260206004820152602560248201527f536b796f7073457363726f773a2077697468647261772064656c617920746f6f604482015264206c6f6e6760d81b6064820152608401610058565b6001600160a01b0393841660805291831660a05290911660c05260e0526101a2565b6001600160a01b038116811461014f575f5ffd5b50565b5f5f5f5f60808587031215610165575f5ffd5b84516101708161013b565b60208601519094506101818161013b565b60408601519093506101928161013b565b6060959095015193969295505050565b60805160a05160c05160e051610e926102055f395f818160c201526103ba01525f61027e01525f6101b301525f8181610129015281816104b5015281816105b901528181610653015281816106c2015281816109e00152610b240152610e925ff3fe6080604052600436106100ad575f3560e01c80637b103999116100665780639ed554031161004c5780639ed55403146101e8578063cff0ab961461026d578063f6326fb3146102a0575f5ffd5b80637b103999146101a25780638322fff2146101d5575f5ffd5b806344fda1fd1161009657806344fda1fd1461011857806347e7ef241461017057806351cff8d914610183575f5ffd5b80630288a39c146100b1578063397a1b28146100f7575b5f5ffd5b3480156100bc575f5ffd5b506100e47f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b348015610102575f5ffd5b50610116610111366004610d9c565b6102a8565b005b348015610123575f5ffd5b5061014b7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100ee565b61011661017e366004610d9c565b610471565b34801561018e575f5ffd5b5061011661019d366004610dc4565b6107da565b3480156101ad575f5ffd5b5061014b7f000000000000000000000000000000000000000000000000000000000000000081565b3480156101e0575f5ffd5b5061014b5f81565b3480156101f3575f5ffd5b50610252610202366004610de4565b73ffffffffffffffffffffffffffffffffffffffff8083165f908152600160208181526040808420948616845293905291902080549181015460029091015467ffffffffffffffff169250925092565b604080519384526020840192909252908201526060016100ee565b348015610278575f5ffd5b5061014b7f000000000000000000000000000000000000000000000000000000000000000081565b610116610a62565b6102b182610b02565b805f036102ea576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260016020908152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080548211156103825780546040517fdb42144d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff851660048201526024810191909152604481018390526064015b60405180910390fd5b81815f015f8282546103949190610e42565b9250508190555081816001015f8282546103ae9190610e5b565b909155505f90506103df7f000000000000000000000000000000000000000000000000000000000000000043610e5b565b6002830180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff8316179055604080518581526020810183905291925073ffffffffffffffffffffffffffffffffffffffff86169133917f196e6601eb68141737e4636af773e3013089d698090efd395ba859863e1f2f9c910160405180910390a350505050565b610479610bc2565b34156104b3576040517f4fbe3465000000000000000000000000000000000000000000000000000000008152346004820152602401610379565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff1614610550576040517f81a3b1be00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602401610379565b805f03610589576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906370a0823190602401602060405180830381865afa158015610613573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106379190610e6e565b905061067b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333085610c03565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f90829073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610707573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061072b9190610e6e565b6107359190610e42565b335f90815260016020908152604080832073ffffffffffffffffffffffffffffffffffffffff89168452909152812080549293508392909190610779908490610e5b565b909155505060405181815273ffffffffffffffffffffffffffffffffffffffff85169033907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a350506107d660015f55565b5050565b6107e2610bc2565b6107eb81610b02565b335f90815260016020818152604080842073ffffffffffffffffffffffffffffffffffffffff861685529091528220908101549091819003610871576040517fdc69dc1600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602401610379565b600282015467ffffffffffffffff164310156108ed5760028201546040517fe56da36000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015267ffffffffffffffff9091166024820152436044820152606401610379565b5f60018301556002820180547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016905573ffffffffffffffffffffffffffffffffffffffff83166109c6576040515f90339083908381818185875af1925050503d805f8114610977576040519150601f19603f3d011682016040523d82523d5f602084013e61097c565b606091505b50509050806109c0576040517fa09e616500000000000000000000000000000000000000000000000000000000815233600482015260248101839052604401610379565b50610a07565b610a0773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163383610c92565b60405181815273ffffffffffffffffffffffffffffffffffffffff84169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a35050610a5f60015f55565b50565b345f03610a9b576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260016020908152604080832083805290915281208054349290610ac4908490610e5b565b90915550506040513481525f9033907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a3565b73ffffffffffffffffffffffffffffffffffffffff811615801590610b7357507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614155b15610a5f576040517f81a3b1be00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610379565b60025f5403610bfd576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60025f55565b60405173ffffffffffffffffffffffffffffffffffffffff8481166024830152838116604483015260648201839052610c8c9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050610cd5565b50505050565b60405173ffffffffffffffffffffffffffffffffffffffff838116602483015260448201839052610cd091859182169063a9059cbb90606401610c45565b505050565b5f5f60205f8451602086015f885af180610cf4576040513d5f823e3d81fd5b50505f513d91508115610d0b578060011415610d25565b73ffffffffffffffffffffffffffffffffffffffff84163b155b15610c8c576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602401610379565b803573ffffffffffffffffffffffffffffffffffffffff81168114610d97575f5ffd5b919050565b5f5f60408385031215610dad575f5ffd5b610db683610d74565b946020939093013593505050565b5f60208284031215610dd4575f5ffd5b610ddd82610d74565b9392505050565b5f5f60408385031215610df5575f5ffd5b610dfe83610d74565b9150610e0c60208401610d74565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610e5557610e55610e15565b92915050565b80820180821115610e5557610e55610e15565b5f60208284031215610e7e575f5ffd5b505191905056fea164736f6c634300081e000a",
}

// SkyopsEscrowABI is the input ABI used to generate the binding from.
// Deprecated: Use SkyopsEscrowMetaData.ABI instead.
var SkyopsEscrowABI = SkyopsEscrowMetaData.ABI

// SkyopsEscrowBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SkyopsEscrowMetaData.Bin instead.
var SkyopsEscrowBin = SkyopsEscrowMetaData.Bin

// DeploySkyopsEscrow deploys a new Ethereum contract, binding an instance of SkyopsEscrow to it.
func DeploySkyopsEscrow(auth *bind.TransactOpts, backend bind.ContractBackend, skyops_ common.Address, registry_ common.Address, params_ common.Address, withdrawDelay_ *big.Int) (common.Address, *types.Transaction, *SkyopsEscrow, error) {
	parsed, err := SkyopsEscrowMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SkyopsEscrowBin), backend, skyops_, registry_, params_, withdrawDelay_)
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
