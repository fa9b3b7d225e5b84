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

// ReentrantOwnerMetaData contains all meta data concerning the ReentrantOwner contract.
var ReentrantOwnerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEscrow\",\"name\":\"escrow_\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositAndRequest\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrow\",\"outputs\":[{\"internalType\":\"contractIEscrow\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryFailed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60a060405260405161052f38038061052f83398101604081905261002291610033565b6001600160a01b0316608052610060565b5f60208284031215610043575f5ffd5b81516001600160a01b0381168114610059575f5ffd5b9392505050565b6080516104966100995f395f818160780152818160ed0152818161021101528181610286015281816102f601526103a301526104965ff3fe60806040526004361061005b575f3560e01c8063a12e3c8f11610041578063a12e3c8f146101c4578063c7021981146101d7578063e2fdcc1714610200575f5ffd5b80633f09775e146101895780639e5faafc146101b0575f5ffd5b36610185573373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161415806100a557505f5f54115b156100ac57005b5f805490806100ba83610416565b90915550506040517f51cff8d90000000000000000000000000000000000000000000000000000000081525f60048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906351cff8d9906024015f604051808303815f87803b158015610143575f5ffd5b505af1925050508015610154575060015b61018357600180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016811790555b005b5f5ffd5b348015610194575f5ffd5b5061019d5f5481565b6040519081526020015b60405180910390f35b3480156101bb575f5ffd5b50610183610258565b6101836101d2366004610472565b6102f4565b3480156101e2575f5ffd5b506001546101f09060ff1681565b60405190151581526020016101a7565b34801561020b575f5ffd5b506102337f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101a7565b6040517f51cff8d90000000000000000000000000000000000000000000000000000000081525f60048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906351cff8d9906024015f604051808303815f87803b1580156102dc575f5ffd5b505af11580156102ee573d5f5f3e3d5ffd5b50505050565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663f6326fb3346040518263ffffffff1660e01b81526004015f604051808303818588803b15801561035a575f5ffd5b505af115801561036c573d5f5f3e3d5ffd5b50506040517f397a1b280000000000000000000000000000000000000000000000000000000081525f6004820152602481018590527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16935063397a1b28925060440190505f604051808303815f87803b1580156103fd575f5ffd5b505af115801561040f573d5f5f3e3d5ffd5b5050505050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361046b577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b5f60208284031215610482575f5ffd5b503591905056fea164736f6c634300081e000a",
}

// ReentrantOwnerABI is the input ABI used to generate the binding from.
// Deprecated: Use ReentrantOwnerMetaData.ABI instead.
var ReentrantOwnerABI = ReentrantOwnerMetaData.ABI

// ReentrantOwnerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ReentrantOwnerMetaData.Bin instead.
var ReentrantOwnerBin = ReentrantOwnerMetaData.Bin

// DeployReentrantOwner deploys a new Ethereum contract, binding an instance of ReentrantOwner to it.
func DeployReentrantOwner(auth *bind.TransactOpts, backend bind.ContractBackend, escrow_ common.Address) (common.Address, *types.Transaction, *ReentrantOwner, error) {
	parsed, err := ReentrantOwnerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ReentrantOwnerBin), backend, escrow_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ReentrantOwner{ReentrantOwnerCaller: ReentrantOwnerCaller{contract: contract}, ReentrantOwnerTransactor: ReentrantOwnerTransactor{contract: contract}, ReentrantOwnerFilterer: ReentrantOwnerFilterer{contract: contract}}, nil
}

// ReentrantOwner is an auto generated Go binding around an Ethereum contract.
type ReentrantOwner struct {
	ReentrantOwnerCaller     // Read-only binding to the contract
	ReentrantOwnerTransactor // Write-only binding to the contract
	ReentrantOwnerFilterer   // Log filterer for contract events
}

// ReentrantOwnerCaller is an auto generated read-only Go binding around an Ethereum contract.
type ReentrantOwnerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantOwnerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ReentrantOwnerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantOwnerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ReentrantOwnerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantOwnerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ReentrantOwnerSession struct {
	Contract     *ReentrantOwner   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ReentrantOwnerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ReentrantOwnerCallerSession struct {
	Contract *ReentrantOwnerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ReentrantOwnerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ReentrantOwnerTransactorSession struct {
	Contract     *ReentrantOwnerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ReentrantOwnerRaw is an auto generated low-level Go binding around an Ethereum contract.
type ReentrantOwnerRaw struct {
	Contract *ReentrantOwner // Generic contract binding to access the raw methods on
}

// ReentrantOwnerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ReentrantOwnerCallerRaw struct {
	Contract *ReentrantOwnerCaller // Generic read-only contract binding to access the raw methods on
}

// ReentrantOwnerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ReentrantOwnerTransactorRaw struct {
	Contract *ReentrantOwnerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewReentrantOwner creates a new instance of ReentrantOwner, bound to a specific deployed contract.
func NewReentrantOwner(address common.Address, backend bind.ContractBackend) (*ReentrantOwner, error) {
	contract, err := bindReentrantOwner(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ReentrantOwner{ReentrantOwnerCaller: ReentrantOwnerCaller{contract: contract}, ReentrantOwnerTransactor: ReentrantOwnerTransactor{contract: contract}, ReentrantOwnerFilterer: ReentrantOwnerFilterer{contract: contract}}, nil
}

// NewReentrantOwnerCaller creates a new read-only instance of ReentrantOwner, bound to a specific deployed contract.
func NewReentrantOwnerCaller(address common.Address, caller bind.ContractCaller) (*ReentrantOwnerCaller, error) {
	contract, err := bindReentrantOwner(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantOwnerCaller{contract: contract}, nil
}

// NewReentrantOwnerTransactor creates a new write-only instance of ReentrantOwner, bound to a specific deployed contract.
func NewReentrantOwnerTransactor(address common.Address, transactor bind.ContractTransactor) (*ReentrantOwnerTransactor, error) {
	contract, err := bindReentrantOwner(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantOwnerTransactor{contract: contract}, nil
}

// NewReentrantOwnerFilterer creates a new log filterer instance of ReentrantOwner, bound to a specific deployed contract.
func NewReentrantOwnerFilterer(address common.Address, filterer bind.ContractFilterer) (*ReentrantOwnerFilterer, error) {
	contract, err := bindReentrantOwner(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ReentrantOwnerFilterer{contract: contract}, nil
}

// bindReentrantOwner binds a generic wrapper to an already deployed contract.
func bindReentrantOwner(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ReentrantOwnerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantOwner *ReentrantOwnerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantOwner.Contract.ReentrantOwnerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantOwner *ReentrantOwnerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantOwner.Contract.ReentrantOwnerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantOwner *ReentrantOwnerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantOwner.Contract.ReentrantOwnerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantOwner *ReentrantOwnerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantOwner.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantOwner *ReentrantOwnerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantOwner.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantOwner *ReentrantOwnerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantOwner.Contract.contract.Transact(opts, method, params...)
}

// Escrow is a free data retrieval call binding the contract method 0xe2fdcc17.
//
// Solidity: function escrow() view returns(address)
func (_ReentrantOwner *ReentrantOwnerCaller) Escrow(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ReentrantOwner.contract.Call(opts, &out, "escrow")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Escrow is a free data retrieval call binding the contract method 0xe2fdcc17.
//
// Solidity: function escrow() view returns(address)
func (_ReentrantOwner *ReentrantOwnerSession) Escrow() (common.Address, error) {
	return _ReentrantOwner.Contract.Escrow(&_ReentrantOwner.CallOpts)
}

// Escrow is a free data retrieval call binding the contract method 0xe2fdcc17.
//
// Solidity: function escrow() view returns(address)
func (_ReentrantOwner *ReentrantOwnerCallerSession) Escrow() (common.Address, error) {
	return _ReentrantOwner.Contract.Escrow(&_ReentrantOwner.CallOpts)
}

// Reentered is a free data retrieval call binding the contract method 0x3f09775e.
//
// Solidity: function reentered() view returns(uint256)
func (_ReentrantOwner *ReentrantOwnerCaller) Reentered(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantOwner.contract.Call(opts, &out, "reentered")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Reentered is a free data retrieval call binding the contract method 0x3f09775e.
//
// Solidity: function reentered() view returns(uint256)
func (_ReentrantOwner *ReentrantOwnerSession) Reentered() (*big.Int, error) {
	return _ReentrantOwner.Contract.Reentered(&_ReentrantOwner.CallOpts)
}

// Reentered is a free data retrieval call binding the contract method 0x3f09775e.
//
// Solidity: function reentered() view returns(uint256)
func (_ReentrantOwner *ReentrantOwnerCallerSession) Reentered() (*big.Int, error) {
	return _ReentrantOwner.Contract.Reentered(&_ReentrantOwner.CallOpts)
}

// ReentryFailed is a free data retrieval call binding the contract method 0xc7021981.
//
// Solidity: function reentryFailed() view returns(bool)
func (_ReentrantOwner *ReentrantOwnerCaller) ReentryFailed(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ReentrantOwner.contract.Call(opts, &out, "reentryFailed")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ReentryFailed is a free data retrieval call binding the contract method 0xc7021981.
//
// Solidity: function reentryFailed() view returns(bool)
func (_ReentrantOwner *ReentrantOwnerSession) ReentryFailed() (bool, error) {
	return _ReentrantOwner.Contract.ReentryFailed(&_ReentrantOwner.CallOpts)
}

// ReentryFailed is a free data retrieval call binding the contract method 0xc7021981.
//
// Solidity: function reentryFailed() view returns(bool)
func (_ReentrantOwner *ReentrantOwnerCallerSession) ReentryFailed() (bool, error) {
	return _ReentrantOwner.Contract.ReentryFailed(&_ReentrantOwner.CallOpts)
}

// Attack is a paid mutator transaction binding the contract method 0x9e5faafc.
//
// Solidity: function attack() returns()
func (_ReentrantOwner *ReentrantOwnerTransactor) Attack(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantOwner.contract.Transact(opts, "attack")
}

// Attack is a paid mutator transaction binding the contract method 0x9e5faafc.
//
// Solidity: function attack() returns()
func (_ReentrantOwner *ReentrantOwnerSession) Attack() (*types.Transaction, error) {
	return _ReentrantOwner.Contract.Attack(&_ReentrantOwner.TransactOpts)
}

// Attack is a paid mutator transaction binding the contract method 0x9e5faafc.
//
// Solidity: function attack() returns()
func (_ReentrantOwner *ReentrantOwnerTransactorSession) Attack() (*types.Transaction, error) {
	return _ReentrantOwner.Contract.Attack(&_ReentrantOwner.TransactOpts)
}

// DepositAndRequest is a paid mutator transaction binding the contract method 0xa12e3c8f.
//
// Solidity: function depositAndRequest(uint256 amount) payable returns()
func (_ReentrantOwner *ReentrantOwnerTransactor) DepositAndRequest(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _ReentrantOwner.contract.Transact(opts, "depositAndRequest", amount)
}

// DepositAndRequest is a paid mutator transaction binding the contract method 0xa12e3c8f.
//
// Solidity: function depositAndRequest(uint256 amount) payable returns()
func (_ReentrantOwner *ReentrantOwnerSession) DepositAndRequest(amount *big.Int) (*types.Transaction, error) {
	return _ReentrantOwner.Contract.DepositAndRequest(&_ReentrantOwner.TransactOpts, amount)
}

// DepositAndRequest is a paid mutator transaction binding the contract method 0xa12e3c8f.
//
// Solidity: function depositAndRequest(uint256 amount) payable returns()
func (_ReentrantOwner *ReentrantOwnerTransactorSession) DepositAndRequest(amount *big.Int) (*types.Transaction, error) {
	return _ReentrantOwner.Contract.DepositAndRequest(&_ReentrantOwner.TransactOpts, amount)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantOwner *ReentrantOwnerTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantOwner.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantOwner *ReentrantOwnerSession) Receive() (*types.Transaction, error) {
	return _ReentrantOwner.Contract.Receive(&_ReentrantOwner.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantOwner *ReentrantOwnerTransactorSession) Receive() (*types.Transaction, error) {
	return _ReentrantOwner.Contract.Receive(&_ReentrantOwner.TransactOpts)
}
