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

// SkyopsRegistryMetaData contains all meta data concerning the SkyopsRegistry contract.
var SkyopsRegistryMetaData = &bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"name\":\"Anchored\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"anchoredAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"network\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"}],\"name\":\"receiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"network\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"}],\"name\":\"verifyAnchoredReceipt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"verifyInclusion\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"network\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"}],\"name\":\"verifyReceipt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50610a828061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061006f575f3560e01c8063db2c4aca1161004d578063db2c4aca146100cf578063dbb515ea146100e4578063f8c2919d146100f7575f5ffd5b806356b504ed146100735780636eb339161461009b578063d2af3bde146100bc575b5f5ffd5b61008661008136600461067a565b61010a565b60405190151581526020015b60405180910390f35b6100ae6100a9366004610707565b61014e565b604051908152602001610092565b6100866100ca366004610777565b610188565b6100e26100dd366004610848565b610230565b005b6100866100f2366004610882565b610410565b6100ae61010536600461090a565b6105e1565b5f84815b84811015610142576101388287878481811061012c5761012c610932565b90506020020135610616565b915060010161010e565b50909114949350505050565b5f83835f60038560405160200161016995949392919061095f565b6040516020818303038152906040528051906020012090509392505050565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526020818152604080832085845290915281205481036101c357505f610222565b6101d18b8b8b8b8b8b610410565b6101dc57505f610222565b5f6101e88c8c8c61014e565b6040516020016101fa91815260200190565b60405160208183030381529060405280519060200120905061021e8187878761010a565b9150505b9a9950505050505050505050565b8161029c576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601960248201527f536b796f707352656769737472793a207a65726f20726f6f740000000000000060448201526064015b60405180910390fd5b8067ffffffffffffffff165f0361030f576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601a60248201527f536b796f707352656769737472793a207a65726f20636f756e740000000000006044820152606401610293565b335f90815260208181526040808320858452909152902054156103b4576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152603760248201527f536b796f707352656769737472793a20726f6f7420616c726561647920616e6360448201527f686f7265642062792074686973207375626d69747465720000000000000000006064820152608401610293565b335f81815260208181526040808320868452825291829020439055905167ffffffffffffffff841681528492917f89a6d921e8e91c18be78a016997c04625db0d36e402bd063eb22521fe39e03c0910160405180910390a35050565b5f604183141580610435575073ffffffffffffffffffffffffffffffffffffffff8216155b1561044157505f6105d7565b5f61044f60208286886109d4565b610458916109fb565b90505f6104696040602087896109d4565b610472916109fb565b90505f8686604081811061048857610488610932565b919091013560f81c915050601b8110156104aa576104a7601b82610a37565b90505b8060ff16601b141580156104c257508060ff16601c14155b806104ec57507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082115b156104fc575f93505050506105d7565b5f600161050a8c8c8c61014e565b604080515f8152602081018083529290925260ff851690820152606081018690526080810185905260a0016020604051602081039080840390855afa158015610555573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116158015906105d057508573ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff16145b9450505050505b9695505050505050565b73ffffffffffffffffffffffffffffffffffffffff82165f908152602081815260408083208484529091529020545b92915050565b5f81831115610623579091905b505f9182526020526040902090565b5f5f83601f840112610642575f5ffd5b50813567ffffffffffffffff811115610659575f5ffd5b6020830191508360208260051b8501011115610673575f5ffd5b9250929050565b5f5f5f5f6060858703121561068d575f5ffd5b84359350602085013567ffffffffffffffff8111156106aa575f5ffd5b6106b687828801610632565b9598909750949560400135949350505050565b5f5f83601f8401126106d9575f5ffd5b50813567ffffffffffffffff8111156106f0575f5ffd5b602083019150836020828501011115610673575f5ffd5b5f5f5f60408486031215610719575f5ffd5b833567ffffffffffffffff81111561072f575f5ffd5b61073b868287016106c9565b909790965060209590950135949350505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610772575f5ffd5b919050565b5f5f5f5f5f5f5f5f5f5f60e08b8d031215610790575f5ffd5b8a3567ffffffffffffffff8111156107a6575f5ffd5b6107b28d828e016106c9565b909b5099505060208b0135975060408b013567ffffffffffffffff8111156107d8575f5ffd5b6107e48d828e016106c9565b90985096506107f7905060608c0161074f565b945060808b013567ffffffffffffffff811115610812575f5ffd5b61081e8d828e01610632565b90955093505060a08b0135915061083760c08c0161074f565b90509295989b9194979a5092959850565b5f5f60408385031215610859575f5ffd5b82359150602083013567ffffffffffffffff81168114610877575f5ffd5b809150509250929050565b5f5f5f5f5f5f60808789031215610897575f5ffd5b863567ffffffffffffffff8111156108ad575f5ffd5b6108b989828a016106c9565b90975095505060208701359350604087013567ffffffffffffffff8111156108df575f5ffd5b6108eb89828a016106c9565b90945092506108fe90506060880161074f565b90509295509295509295565b5f5f6040838503121561091b575f5ffd5b6109248361074f565b946020939093013593505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f19736b796f7073207369676e6564206f626a6563742076310a000000000000008152848660198301377fff0000000000000000000000000000000000000000000000000000000000000060f894851b81169590910160198101959095529190921b16601a830152601b820152603b01919050565b5f5f858511156109e2575f5ffd5b838611156109ee575f5ffd5b5050820193919092039150565b80356020831015610610577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b60ff8181168382160190811115610610577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffdfea164736f6c634300081e000a",
}

// SkyopsRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use SkyopsRegistryMetaData.ABI instead.
var SkyopsRegistryABI = SkyopsRegistryMetaData.ABI

// SkyopsRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SkyopsRegistryMetaData.Bin instead.
var SkyopsRegistryBin = SkyopsRegistryMetaData.Bin

// DeploySkyopsRegistry deploys a new Ethereum contract, binding an instance of SkyopsRegistry to it.
func DeploySkyopsRegistry(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *SkyopsRegistry, error) {
	parsed, err := SkyopsRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SkyopsRegistryBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SkyopsRegistry{SkyopsRegistryCaller: SkyopsRegistryCaller{contract: contract}, SkyopsRegistryTransactor: SkyopsRegistryTransactor{contract: contract}, SkyopsRegistryFilterer: SkyopsRegistryFilterer{contract: contract}}, nil
}

// SkyopsRegistry is an auto generated Go binding around an Ethereum contract.
type SkyopsRegistry struct {
	SkyopsRegistryCaller     // Read-only binding to the contract
	SkyopsRegistryTransactor // Write-only binding to the contract
	SkyopsRegistryFilterer   // Log filterer for contract events
}

// SkyopsRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type SkyopsRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SkyopsRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SkyopsRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SkyopsRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SkyopsRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SkyopsRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SkyopsRegistrySession struct {
	Contract     *SkyopsRegistry   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SkyopsRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SkyopsRegistryCallerSession struct {
	Contract *SkyopsRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// SkyopsRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SkyopsRegistryTransactorSession struct {
	Contract     *SkyopsRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// SkyopsRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type SkyopsRegistryRaw struct {
	Contract *SkyopsRegistry // Generic contract binding to access the raw methods on
}

// SkyopsRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SkyopsRegistryCallerRaw struct {
	Contract *SkyopsRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// SkyopsRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SkyopsRegistryTransactorRaw struct {
	Contract *SkyopsRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSkyopsRegistry creates a new instance of SkyopsRegistry, bound to a specific deployed contract.
func NewSkyopsRegistry(address common.Address, backend bind.ContractBackend) (*SkyopsRegistry, error) {
	contract, err := bindSkyopsRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SkyopsRegistry{SkyopsRegistryCaller: SkyopsRegistryCaller{contract: contract}, SkyopsRegistryTransactor: SkyopsRegistryTransactor{contract: contract}, SkyopsRegistryFilterer: SkyopsRegistryFilterer{contract: contract}}, nil
}

// NewSkyopsRegistryCaller creates a new read-only instance of SkyopsRegistry, bound to a specific deployed contract.
func NewSkyopsRegistryCaller(address common.Address, caller bind.ContractCaller) (*SkyopsRegistryCaller, error) {
	contract, err := bindSkyopsRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SkyopsRegistryCaller{contract: contract}, nil
}

// NewSkyopsRegistryTransactor creates a new write-only instance of SkyopsRegistry, bound to a specific deployed contract.
func NewSkyopsRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*SkyopsRegistryTransactor, error) {
	contract, err := bindSkyopsRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SkyopsRegistryTransactor{contract: contract}, nil
}

// NewSkyopsRegistryFilterer creates a new log filterer instance of SkyopsRegistry, bound to a specific deployed contract.
func NewSkyopsRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*SkyopsRegistryFilterer, error) {
	contract, err := bindSkyopsRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SkyopsRegistryFilterer{contract: contract}, nil
}

// bindSkyopsRegistry binds a generic wrapper to an already deployed contract.
func bindSkyopsRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SkyopsRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SkyopsRegistry *SkyopsRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SkyopsRegistry.Contract.SkyopsRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SkyopsRegistry *SkyopsRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SkyopsRegistry.Contract.SkyopsRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SkyopsRegistry *SkyopsRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SkyopsRegistry.Contract.SkyopsRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SkyopsRegistry *SkyopsRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SkyopsRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SkyopsRegistry *SkyopsRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SkyopsRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SkyopsRegistry *SkyopsRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SkyopsRegistry.Contract.contract.Transact(opts, method, params...)
}

// AnchoredAt is a free data retrieval call binding the contract method 0xf8c2919d.
//
// Solidity: function anchoredAt(address submitter, bytes32 root) view returns(uint256 blockNumber)
func (_SkyopsRegistry *SkyopsRegistryCaller) AnchoredAt(opts *bind.CallOpts, submitter common.Address, root [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "anchoredAt", submitter, root)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// AnchoredAt is a free data retrieval call binding the contract method 0xf8c2919d.
//
// Solidity: function anchoredAt(address submitter, bytes32 root) view returns(uint256 blockNumber)
func (_SkyopsRegistry *SkyopsRegistrySession) AnchoredAt(submitter common.Address, root [32]byte) (*big.Int, error) {
	return _SkyopsRegistry.Contract.AnchoredAt(&_SkyopsRegistry.CallOpts, submitter, root)
}

// AnchoredAt is a free data retrieval call binding the contract method 0xf8c2919d.
//
// Solidity: function anchoredAt(address submitter, bytes32 root) view returns(uint256 blockNumber)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) AnchoredAt(submitter common.Address, root [32]byte) (*big.Int, error) {
	return _SkyopsRegistry.Contract.AnchoredAt(&_SkyopsRegistry.CallOpts, submitter, root)
}

// ReceiptDigest is a free data retrieval call binding the contract method 0x6eb33916.
//
// Solidity: function receiptDigest(string network, bytes32 bodyHash) pure returns(bytes32)
func (_SkyopsRegistry *SkyopsRegistryCaller) ReceiptDigest(opts *bind.CallOpts, network string, bodyHash [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "receiptDigest", network, bodyHash)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ReceiptDigest is a free data retrieval call binding the contract method 0x6eb33916.
//
// Solidity: function receiptDigest(string network, bytes32 bodyHash) pure returns(bytes32)
func (_SkyopsRegistry *SkyopsRegistrySession) ReceiptDigest(network string, bodyHash [32]byte) ([32]byte, error) {
	return _SkyopsRegistry.Contract.ReceiptDigest(&_SkyopsRegistry.CallOpts, network, bodyHash)
}

// ReceiptDigest is a free data retrieval call binding the contract method 0x6eb33916.
//
// Solidity: function receiptDigest(string network, bytes32 bodyHash) pure returns(bytes32)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) ReceiptDigest(network string, bodyHash [32]byte) ([32]byte, error) {
	return _SkyopsRegistry.Contract.ReceiptDigest(&_SkyopsRegistry.CallOpts, network, bodyHash)
}

// VerifyAnchoredReceipt is a free data retrieval call binding the contract method 0xd2af3bde.
//
// Solidity: function verifyAnchoredReceipt(string network, bytes32 bodyHash, bytes sig, address executor, bytes32[] proof, bytes32 root, address submitter) view returns(bool)
func (_SkyopsRegistry *SkyopsRegistryCaller) VerifyAnchoredReceipt(opts *bind.CallOpts, network string, bodyHash [32]byte, sig []byte, executor common.Address, proof [][32]byte, root [32]byte, submitter common.Address) (bool, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "verifyAnchoredReceipt", network, bodyHash, sig, executor, proof, root, submitter)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyAnchoredReceipt is a free data retrieval call binding the contract method 0xd2af3bde.
//
// Solidity: function verifyAnchoredReceipt(string network, bytes32 bodyHash, bytes sig, address executor, bytes32[] proof, bytes32 root, address submitter) view returns(bool)
func (_SkyopsRegistry *SkyopsRegistrySession) VerifyAnchoredReceipt(network string, bodyHash [32]byte, sig []byte, executor common.Address, proof [][32]byte, root [32]byte, submitter common.Address) (bool, error) {
	return _SkyopsRegistry.Contract.VerifyAnchoredReceipt(&_SkyopsRegistry.CallOpts, network, bodyHash, sig, executor, proof, root, submitter)
}

// VerifyAnchoredReceipt is a free data retrieval call binding the contract method 0xd2af3bde.
//
// Solidity: function verifyAnchoredReceipt(string network, bytes32 bodyHash, bytes sig, address executor, bytes32[] proof, bytes32 root, address submitter) view returns(bool)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) VerifyAnchoredReceipt(network string, bodyHash [32]byte, sig []byte, executor common.Address, proof [][32]byte, root [32]byte, submitter common.Address) (bool, error) {
	return _SkyopsRegistry.Contract.VerifyAnchoredReceipt(&_SkyopsRegistry.CallOpts, network, bodyHash, sig, executor, proof, root, submitter)
}

// VerifyInclusion is a free data retrieval call binding the contract method 0x56b504ed.
//
// Solidity: function verifyInclusion(bytes32 leaf, bytes32[] proof, bytes32 root) pure returns(bool)
func (_SkyopsRegistry *SkyopsRegistryCaller) VerifyInclusion(opts *bind.CallOpts, leaf [32]byte, proof [][32]byte, root [32]byte) (bool, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "verifyInclusion", leaf, proof, root)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyInclusion is a free data retrieval call binding the contract method 0x56b504ed.
//
// Solidity: function verifyInclusion(bytes32 leaf, bytes32[] proof, bytes32 root) pure returns(bool)
func (_SkyopsRegistry *SkyopsRegistrySession) VerifyInclusion(leaf [32]byte, proof [][32]byte, root [32]byte) (bool, error) {
	return _SkyopsRegistry.Contract.VerifyInclusion(&_SkyopsRegistry.CallOpts, leaf, proof, root)
}

// VerifyInclusion is a free data retrieval call binding the contract method 0x56b504ed.
//
// Solidity: function verifyInclusion(bytes32 leaf, bytes32[] proof, bytes32 root) pure returns(bool)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) VerifyInclusion(leaf [32]byte, proof [][32]byte, root [32]byte) (bool, error) {
	return _SkyopsRegistry.Contract.VerifyInclusion(&_SkyopsRegistry.CallOpts, leaf, proof, root)
}

// VerifyReceipt is a free data retrieval call binding the contract method 0xdbb515ea.
//
// Solidity: function verifyReceipt(string network, bytes32 bodyHash, bytes sig, address executor) pure returns(bool)
func (_SkyopsRegistry *SkyopsRegistryCaller) VerifyReceipt(opts *bind.CallOpts, network string, bodyHash [32]byte, sig []byte, executor common.Address) (bool, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "verifyReceipt", network, bodyHash, sig, executor)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyReceipt is a free data retrieval call binding the contract method 0xdbb515ea.
//
// Solidity: function verifyReceipt(string network, bytes32 bodyHash, bytes sig, address executor) pure returns(bool)
func (_SkyopsRegistry *SkyopsRegistrySession) VerifyReceipt(network string, bodyHash [32]byte, sig []byte, executor common.Address) (bool, error) {
	return _SkyopsRegistry.Contract.VerifyReceipt(&_SkyopsRegistry.CallOpts, network, bodyHash, sig, executor)
}

// VerifyReceipt is a free data retrieval call binding the contract method 0xdbb515ea.
//
// Solidity: function verifyReceipt(string network, bytes32 bodyHash, bytes sig, address executor) pure returns(bool)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) VerifyReceipt(network string, bodyHash [32]byte, sig []byte, executor common.Address) (bool, error) {
	return _SkyopsRegistry.Contract.VerifyReceipt(&_SkyopsRegistry.CallOpts, network, bodyHash, sig, executor)
}

// Anchor is a paid mutator transaction binding the contract method 0xdb2c4aca.
//
// Solidity: function anchor(bytes32 root, uint64 count) returns()
func (_SkyopsRegistry *SkyopsRegistryTransactor) Anchor(opts *bind.TransactOpts, root [32]byte, count uint64) (*types.Transaction, error) {
	return _SkyopsRegistry.contract.Transact(opts, "anchor", root, count)
}

// Anchor is a paid mutator transaction binding the contract method 0xdb2c4aca.
//
// Solidity: function anchor(bytes32 root, uint64 count) returns()
func (_SkyopsRegistry *SkyopsRegistrySession) Anchor(root [32]byte, count uint64) (*types.Transaction, error) {
	return _SkyopsRegistry.Contract.Anchor(&_SkyopsRegistry.TransactOpts, root, count)
}

// Anchor is a paid mutator transaction binding the contract method 0xdb2c4aca.
//
// Solidity: function anchor(bytes32 root, uint64 count) returns()
func (_SkyopsRegistry *SkyopsRegistryTransactorSession) Anchor(root [32]byte, count uint64) (*types.Transaction, error) {
	return _SkyopsRegistry.Contract.Anchor(&_SkyopsRegistry.TransactOpts, root, count)
}

// SkyopsRegistryAnchoredIterator is returned from FilterAnchored and is used to iterate over the raw logs and unpacked data for Anchored events raised by the SkyopsRegistry contract.
type SkyopsRegistryAnchoredIterator struct {
	Event *SkyopsRegistryAnchored // Event containing the contract specifics and raw log

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
func (it *SkyopsRegistryAnchoredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsRegistryAnchored)
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
		it.Event = new(SkyopsRegistryAnchored)
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
func (it *SkyopsRegistryAnchoredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsRegistryAnchoredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsRegistryAnchored represents a Anchored event raised by the SkyopsRegistry contract.
type SkyopsRegistryAnchored struct {
	Submitter common.Address
	Root      [32]byte
	Count     uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterAnchored is a free log retrieval operation binding the contract event 0x89a6d921e8e91c18be78a016997c04625db0d36e402bd063eb22521fe39e03c0.
//
// Solidity: event Anchored(address indexed submitter, bytes32 indexed root, uint64 count)
func (_SkyopsRegistry *SkyopsRegistryFilterer) FilterAnchored(opts *bind.FilterOpts, submitter []common.Address, root [][32]byte) (*SkyopsRegistryAnchoredIterator, error) {

	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}
	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _SkyopsRegistry.contract.FilterLogs(opts, "Anchored", submitterRule, rootRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsRegistryAnchoredIterator{contract: _SkyopsRegistry.contract, event: "Anchored", logs: logs, sub: sub}, nil
}

// WatchAnchored is a free log subscription operation binding the contract event 0x89a6d921e8e91c18be78a016997c04625db0d36e402bd063eb22521fe39e03c0.
//
// Solidity: event Anchored(address indexed submitter, bytes32 indexed root, uint64 count)
func (_SkyopsRegistry *SkyopsRegistryFilterer) WatchAnchored(opts *bind.WatchOpts, sink chan<- *SkyopsRegistryAnchored, submitter []common.Address, root [][32]byte) (event.Subscription, error) {

	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}
	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}

	logs, sub, err := _SkyopsRegistry.contract.WatchLogs(opts, "Anchored", submitterRule, rootRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsRegistryAnchored)
				if err := _SkyopsRegistry.contract.UnpackLog(event, "Anchored", log); err != nil {
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

// ParseAnchored is a log parse operation binding the contract event 0x89a6d921e8e91c18be78a016997c04625db0d36e402bd063eb22521fe39e03c0.
//
// Solidity: event Anchored(address indexed submitter, bytes32 indexed root, uint64 count)
func (_SkyopsRegistry *SkyopsRegistryFilterer) ParseAnchored(log types.Log) (*SkyopsRegistryAnchored, error) {
	event := new(SkyopsRegistryAnchored)
	if err := _SkyopsRegistry.contract.UnpackLog(event, "Anchored", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
