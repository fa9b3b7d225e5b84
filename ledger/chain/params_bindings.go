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

// SkyopsParamsChange is an auto generated low-level Go binding around an user-defined struct.
type SkyopsParamsChange struct {
	Key      [32]byte
	Value    *big.Int
	FromTime uint64
}

// SkyopsParamsMetaData contains all meta data concerning the SkyopsParams contract.
var SkyopsParamsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"governor_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"minNotice_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governor\",\"type\":\"address\"}],\"name\":\"NotGovernor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fromTime\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"earliest\",\"type\":\"uint256\"}],\"name\":\"NoticeTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fromTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastFromTime\",\"type\":\"uint64\"}],\"name\":\"OutOfOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyChanges\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"UnknownParam\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueOutOfRange\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fromTime\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ParamScheduled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FIT_WEIGHT\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FULL_WEIGHT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LATENCY_WEIGHT\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LOCALITY_WEIGHT\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHANGES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MICRO_SKYOPS_PER_ETH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_WEIGHT\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REF_PRICE_WEI\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REP_WEIGHT\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"bounds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"changeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"changes\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fromTime\",\"type\":\"uint64\"}],\"internalType\":\"structSkyopsParams.Change[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minNotice\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"fromTime\",\"type\":\"uint64\"}],\"name\":\"schedule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"t\",\"type\":\"uint64\"}],\"name\":\"valueAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"set\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610e12380380610e1283398101604081905261002e916100a7565b6001600160a01b0382166100885760405162461bcd60e51b815260206004820152601960248201527f536b796f7073506172616d733a206e6f20676f7665726e6f7200000000000000604482015260640160405180910390fd5b6001600160a01b039091166080526001600160401b031660a0526100f5565b5f5f604083850312156100b8575f5ffd5b82516001600160a01b03811681146100ce575f5ffd5b60208401519092506001600160401b03811681146100ea575f5ffd5b809150509250929050565b60805160a051610ce761012b5f395f818161022a015261083a01525f81816101be0152818161072b01526107930152610ce75ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c80633cac3de51161009357806397acb8d81161006357806397acb8d8146102ef578063cfadf457146102f8578063f35f64471461031f578063f4c479a614610326575f5ffd5b80633cac3de51461026557806365afaaba1461027a57806377594dd7146102a15780638ebb2186146102c8575f5ffd5b80630c24855a116100ce5780630c24855a146101915780630c340a24146101b9578063285763ec146102055780632d87017c14610225575f5ffd5b806301d70762146100ff5780630571f47f1461013957806305ed0b9c1461016057806308fd46be14610169575b5f5ffd5b6101267fbf7989648d0d5d455f1237858389daf3fc468e3757bd7f7310b53190c682cc5081565b6040519081526020015b60405180910390f35b6101267f599ce1dee65cde155370449093189572e4e3f20527f9fb1008b8965646a1805381565b61012661010081565b61017c610177366004610ae2565b61034d565b60408051928352602083019190915201610130565b6101a461019f366004610b15565b6104dc565b60408051928352901515602083015201610130565b6101e07f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610130565b610218610213366004610b3f565b61056f565b6040516101309190610b5f565b61024c7f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff9091168152602001610130565b610278610273366004610bc7565b610713565b005b6101267f1349777baf6e4a723d9b45884289c1fe92f5717481a58055f40ed270fc7c6dd581565b6101267f675b5841dadefe59f3ac092df81e9c77909284a2b6ee07196b74bfecc5e1003281565b6101267fa098667d1de8731ff19c4f382f1bcff27378d8d10a7492743cfef1c0e9e8e4c081565b6101266103e881565b6101267fb5281d40c9e991048d23ebf031602bb6323fb92c6be093d1c6f06931edcd43ce81565b5f54610126565b6101267f68266968ea941d22bed3f9868641b14a22ed021c31592836632dbd45434c31ea81565b5f5f7fb5281d40c9e991048d23ebf031602bb6323fb92c6be093d1c6f06931edcd43ce830361038c5750633b9aca0092678ac7230489e8000092509050565b7f599ce1dee65cde155370449093189572e4e3f20527f9fb1008b8965646a1805383036103c65750600192670de0b6b3a764000092509050565b7f675b5841dadefe59f3ac092df81e9c77909284a2b6ee07196b74bfecc5e1003283148061041357507fa098667d1de8731ff19c4f382f1bcff27378d8d10a7492743cfef1c0e9e8e4c083145b8061043d57507f1349777baf6e4a723d9b45884289c1fe92f5717481a58055f40ed270fc7c6dd583145b8061046757507fbf7989648d0d5d455f1237858389daf3fc468e3757bd7f7310b53190c682cc5083145b8061049157507f68266968ea941d22bed3f9868641b14a22ed021c31592836632dbd45434c31ea83145b156104a257505f926103e892509050565b6040517f77a5352e000000000000000000000000000000000000000000000000000000008152600481018490526024015b60405180910390fd5b5f805481905b8015610560575f806104f5600184610c26565b8154811061050557610505610c39565b905f5260205f209060030201905085815f01541480156105365750600281015467ffffffffffffffff808716911611155b1561054d5780600101546001935093505050610568565b508061055881610c66565b9150506104e2565b505f5f915091505b9250929050565b5f546060908084106105d757604080515f80825260208201909252906105ce565b6105bb60405180606001604052805f81526020015f81526020015f67ffffffffffffffff1681525090565b8152602001906001900390816105905790505b5091505061070d565b5f816105e38587610cc7565b116105f7576105f28486610cc7565b6105f9565b815b90506106058582610c26565b67ffffffffffffffff81111561061d5761061d610c9a565b60405190808252806020026020018201604052801561067957816020015b61066660405180606001604052805f81526020015f81526020015f67ffffffffffffffff1681525090565b81526020019060019003908161063b5790505b509250845b81811015610709575f818154811061069857610698610c39565b5f9182526020918290206040805160608101825260039093029091018054835260018101549383019390935260029092015467ffffffffffffffff1691810191909152846106e68884610c26565b815181106106f6576106f6610c39565b602090810291909101015260010161067e565b5050505b92915050565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146107c0576040517fb384000800000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660248201526044016104d3565b5f5f6107cb8561034d565b91509150818410806107dc57508084115b1561082b576040517fb8b24ff6000000000000000000000000000000000000000000000000000000008152600481018690526024810185905260448101839052606481018290526084016104d3565b5f61086067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001642610cc7565b9050808467ffffffffffffffff1610156108b9576040517f1c63cf4e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602481018290526044016104d3565b5f5461010081106108fa576040517f36352bf700000000000000000000000000000000000000000000000000000000815261010060048201526024016104d3565b5f8111801561094457505f610910600183610c26565b8154811061092057610920610c39565b5f91825260209091206002600390920201015467ffffffffffffffff908116908616105b156109bf57845f610956600184610c26565b8154811061096657610966610c39565b5f9182526020909120600390910201600201546040517fcd2c066e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9283166004820152911660248201526044016104d3565b604080516060808201835289825260208083018a815267ffffffffffffffff8a81168587018181525f805460018101825590805296517f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360039098029788015592517f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56487015591517f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56590950180547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016959091169490941790935583518a81529081019290925291810183905288917f796c30e5bc433e116c0c5fba5aa0feb5a59e682d75e9dd88656ab4242b33b7ef910160405180910390a250505050505050565b5f60208284031215610af2575f5ffd5b5035919050565b803567ffffffffffffffff81168114610b10575f5ffd5b919050565b5f5f60408385031215610b26575f5ffd5b82359150610b3660208401610af9565b90509250929050565b5f5f60408385031215610b50575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b81811015610bbc578351805184526020810151602085015267ffffffffffffffff604082015116604085015250606083019250602084019350600181019050610b78565b509095945050505050565b5f5f5f60608486031215610bd9575f5ffd5b8335925060208401359150610bf060408501610af9565b90509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561070d5761070d610bf9565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f81610c7457610c74610bf9565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b8082018082111561070d5761070d610bf956fea164736f6c634300081e000a",
}

// SkyopsParamsABI is the input ABI used to generate the binding from.
// Deprecated: Use SkyopsParamsMetaData.ABI instead.
var SkyopsParamsABI = SkyopsParamsMetaData.ABI

// SkyopsParamsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SkyopsParamsMetaData.Bin instead.
var SkyopsParamsBin = SkyopsParamsMetaData.Bin

// DeploySkyopsParams deploys a new Ethereum contract, binding an instance of SkyopsParams to it.
func DeploySkyopsParams(auth *bind.TransactOpts, backend bind.ContractBackend, governor_ common.Address, minNotice_ uint64) (common.Address, *types.Transaction, *SkyopsParams, error) {
	parsed, err := SkyopsParamsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SkyopsParamsBin), backend, governor_, minNotice_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SkyopsParams{SkyopsParamsCaller: SkyopsParamsCaller{contract: contract}, SkyopsParamsTransactor: SkyopsParamsTransactor{contract: contract}, SkyopsParamsFilterer: SkyopsParamsFilterer{contract: contract}}, nil
}

// SkyopsParams is an auto generated Go binding around an Ethereum contract.
type SkyopsParams struct {
	SkyopsParamsCaller     // Read-only binding to the contract
	SkyopsParamsTransactor // Write-only binding to the contract
	SkyopsParamsFilterer   // Log filterer for contract events
}

// SkyopsParamsCaller is an auto generated read-only Go binding around an Ethereum contract.
type SkyopsParamsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SkyopsParamsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SkyopsParamsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SkyopsParamsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SkyopsParamsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SkyopsParamsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SkyopsParamsSession struct {
	Contract     *SkyopsParams     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SkyopsParamsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SkyopsParamsCallerSession struct {
	Contract *SkyopsParamsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// SkyopsParamsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SkyopsParamsTransactorSession struct {
	Contract     *SkyopsParamsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// SkyopsParamsRaw is an auto generated low-level Go binding around an Ethereum contract.
type SkyopsParamsRaw struct {
	Contract *SkyopsParams // Generic contract binding to access the raw methods on
}

// SkyopsParamsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SkyopsParamsCallerRaw struct {
	Contract *SkyopsParamsCaller // Generic read-only contract binding to access the raw methods on
}

// SkyopsParamsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SkyopsParamsTransactorRaw struct {
	Contract *SkyopsParamsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSkyopsParams creates a new instance of SkyopsParams, bound to a specific deployed contract.
func NewSkyopsParams(address common.Address, backend bind.ContractBackend) (*SkyopsParams, error) {
	contract, err := bindSkyopsParams(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SkyopsParams{SkyopsParamsCaller: SkyopsParamsCaller{contract: contract}, SkyopsParamsTransactor: SkyopsParamsTransactor{contract: contract}, SkyopsParamsFilterer: SkyopsParamsFilterer{contract: contract}}, nil
}

// NewSkyopsParamsCaller creates a new read-only instance of SkyopsParams, bound to a specific deployed contract.
func NewSkyopsParamsCaller(address common.Address, caller bind.ContractCaller) (*SkyopsParamsCaller, error) {
	contract, err := bindSkyopsParams(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SkyopsParamsCaller{contract: contract}, nil
}

// NewSkyopsParamsTransactor creates a new write-only instance of SkyopsParams, bound to a specific deployed contract.
func NewSkyopsParamsTransactor(address common.Address, transactor bind.ContractTransactor) (*SkyopsParamsTransactor, error) {
	contract, err := bindSkyopsParams(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SkyopsParamsTransactor{contract: contract}, nil
}

// NewSkyopsParamsFilterer creates a new log filterer instance of SkyopsParams, bound to a specific deployed contract.
func NewSkyopsParamsFilterer(address common.Address, filterer bind.ContractFilterer) (*SkyopsParamsFilterer, error) {
	contract, err := bindSkyopsParams(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SkyopsParamsFilterer{contract: contract}, nil
}

// bindSkyopsParams binds a generic wrapper to an already deployed contract.
func bindSkyopsParams(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SkyopsParamsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SkyopsParams *SkyopsParamsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SkyopsParams.Contract.SkyopsParamsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SkyopsParams *SkyopsParamsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SkyopsParams.Contract.SkyopsParamsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SkyopsParams *SkyopsParamsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SkyopsParams.Contract.SkyopsParamsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SkyopsParams *SkyopsParamsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SkyopsParams.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SkyopsParams *SkyopsParamsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SkyopsParams.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SkyopsParams *SkyopsParamsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SkyopsParams.Contract.contract.Transact(opts, method, params...)
}

// FITWEIGHT is a free data retrieval call binding the contract method 0x01d70762.
//
// Solidity: function FIT_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCaller) FITWEIGHT(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "FIT_WEIGHT")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// FITWEIGHT is a free data retrieval call binding the contract method 0x01d70762.
//
// Solidity: function FIT_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsSession) FITWEIGHT() ([32]byte, error) {
	return _SkyopsParams.Contract.FITWEIGHT(&_SkyopsParams.CallOpts)
}

// FITWEIGHT is a free data retrieval call binding the contract method 0x01d70762.
//
// Solidity: function FIT_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCallerSession) FITWEIGHT() ([32]byte, error) {
	return _SkyopsParams.Contract.FITWEIGHT(&_SkyopsParams.CallOpts)
}

// FULLWEIGHT is a free data retrieval call binding the contract method 0x97acb8d8.
//
// Solidity: function FULL_WEIGHT() view returns(uint256)
func (_SkyopsParams *SkyopsParamsCaller) FULLWEIGHT(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "FULL_WEIGHT")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// FULLWEIGHT is a free data retrieval call binding the contract method 0x97acb8d8.
//
// Solidity: function FULL_WEIGHT() view returns(uint256)
func (_SkyopsParams *SkyopsParamsSession) FULLWEIGHT() (*big.Int, error) {
	return _SkyopsParams.Contract.FULLWEIGHT(&_SkyopsParams.CallOpts)
}

// FULLWEIGHT is a free data retrieval call binding the contract method 0x97acb8d8.
//
// Solidity: function FULL_WEIGHT() view returns(uint256)
func (_SkyopsParams *SkyopsParamsCallerSession) FULLWEIGHT() (*big.Int, error) {
	return _SkyopsParams.Contract.FULLWEIGHT(&_SkyopsParams.CallOpts)
}

// LATENCYWEIGHT is a free data retrieval call binding the contract method 0xf4c479a6.
//
// Solidity: function LATENCY_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCaller) LATENCYWEIGHT(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "LATENCY_WEIGHT")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LATENCYWEIGHT is a free data retrieval call binding the contract method 0xf4c479a6.
//
// Solidity: function LATENCY_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsSession) LATENCYWEIGHT() ([32]byte, error) {
	return _SkyopsParams.Contract.LATENCYWEIGHT(&_SkyopsParams.CallOpts)
}

// LATENCYWEIGHT is a free data retrieval call binding the contract method 0xf4c479a6.
//
// Solidity: function LATENCY_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCallerSession) LATENCYWEIGHT() ([32]byte, error) {
	return _SkyopsParams.Contract.LATENCYWEIGHT(&_SkyopsParams.CallOpts)
}

// LOCALITYWEIGHT is a free data retrieval call binding the contract method 0x65afaaba.
//
// Solidity: function LOCALITY_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCaller) LOCALITYWEIGHT(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "LOCALITY_WEIGHT")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LOCALITYWEIGHT is a free data retrieval call binding the contract method 0x65afaaba.
//
// Solidity: function LOCALITY_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsSession) LOCALITYWEIGHT() ([32]byte, error) {
	return _SkyopsParams.Contract.LOCALITYWEIGHT(&_SkyopsParams.CallOpts)
}

// LOCALITYWEIGHT is a free data retrieval call binding the contract method 0x65afaaba.
//
// Solidity: function LOCALITY_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCallerSession) LOCALITYWEIGHT() ([32]byte, error) {
	return _SkyopsParams.Contract.LOCALITYWEIGHT(&_SkyopsParams.CallOpts)
}

// MAXCHANGES is a free data retrieval call binding the contract method 0x05ed0b9c.
//
// Solidity: function MAX_CHANGES() view returns(uint256)
func (_SkyopsParams *SkyopsParamsCaller) MAXCHANGES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "MAX_CHANGES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXCHANGES is a free data retrieval call binding the contract method 0x05ed0b9c.
//
// Solidity: function MAX_CHANGES() view returns(uint256)
func (_SkyopsParams *SkyopsParamsSession) MAXCHANGES() (*big.Int, error) {
	return _SkyopsParams.Contract.MAXCHANGES(&_SkyopsParams.CallOpts)
}

// MAXCHANGES is a free data retrieval call binding the contract method 0x05ed0b9c.
//
// Solidity: function MAX_CHANGES() view returns(uint256)
func (_SkyopsParams *SkyopsParamsCallerSession) MAXCHANGES() (*big.Int, error) {
	return _SkyopsParams.Contract.MAXCHANGES(&_SkyopsParams.CallOpts)
}

// MICROSKYOPSPERETH is a free data retrieval call binding the contract method 0x0571f47f.
//
// Solidity: function MICRO_SKYOPS_PER_ETH() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCaller) MICROSKYOPSPERETH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "MICRO_SKYOPS_PER_ETH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MICROSKYOPSPERETH is a free data retrieval call binding the contract method 0x0571f47f.
//
// Solidity: function MICRO_SKYOPS_PER_ETH() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsSession) MICROSKYOPSPERETH() ([32]byte, error) {
	return _SkyopsParams.Contract.MICROSKYOPSPERETH(&_SkyopsParams.CallOpts)
}

// MICROSKYOPSPERETH is a free data retrieval call binding the contract method 0x0571f47f.
//
// Solidity: function MICRO_SKYOPS_PER_ETH() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCallerSession) MICROSKYOPSPERETH() ([32]byte, error) {
	return _SkyopsParams.Contract.MICROSKYOPSPERETH(&_SkyopsParams.CallOpts)
}

// PRICEWEIGHT is a free data retrieval call binding the contract method 0x8ebb2186.
//
// Solidity: function PRICE_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCaller) PRICEWEIGHT(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "PRICE_WEIGHT")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PRICEWEIGHT is a free data retrieval call binding the contract method 0x8ebb2186.
//
// Solidity: function PRICE_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsSession) PRICEWEIGHT() ([32]byte, error) {
	return _SkyopsParams.Contract.PRICEWEIGHT(&_SkyopsParams.CallOpts)
}

// PRICEWEIGHT is a free data retrieval call binding the contract method 0x8ebb2186.
//
// Solidity: function PRICE_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCallerSession) PRICEWEIGHT() ([32]byte, error) {
	return _SkyopsParams.Contract.PRICEWEIGHT(&_SkyopsParams.CallOpts)
}

// REFPRICEWEI is a free data retrieval call binding the contract method 0xcfadf457.
//
// Solidity: function REF_PRICE_WEI() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCaller) REFPRICEWEI(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "REF_PRICE_WEI")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REFPRICEWEI is a free data retrieval call binding the contract method 0xcfadf457.
//
// Solidity: function REF_PRICE_WEI() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsSession) REFPRICEWEI() ([32]byte, error) {
	return _SkyopsParams.Contract.REFPRICEWEI(&_SkyopsParams.CallOpts)
}

// REFPRICEWEI is a free data retrieval call binding the contract method 0xcfadf457.
//
// Solidity: function REF_PRICE_WEI() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCallerSession) REFPRICEWEI() ([32]byte, error) {
	return _SkyopsParams.Contract.REFPRICEWEI(&_SkyopsParams.CallOpts)
}

// REPWEIGHT is a free data retrieval call binding the contract method 0x77594dd7.
//
// Solidity: function REP_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCaller) REPWEIGHT(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "REP_WEIGHT")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REPWEIGHT is a free data retrieval call binding the contract method 0x77594dd7.
//
// Solidity: function REP_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsSession) REPWEIGHT() ([32]byte, error) {
	return _SkyopsParams.Contract.REPWEIGHT(&_SkyopsParams.CallOpts)
}

// REPWEIGHT is a free data retrieval call binding the contract method 0x77594dd7.
//
// Solidity: function REP_WEIGHT() view returns(bytes32)
func (_SkyopsParams *SkyopsParamsCallerSession) REPWEIGHT() ([32]byte, error) {
	return _SkyopsParams.Contract.REPWEIGHT(&_SkyopsParams.CallOpts)
}

// Bounds is a free data retrieval call binding the contract method 0x08fd46be.
//
// Solidity: function bounds(bytes32 key) pure returns(uint256 min, uint256 max)
func (_SkyopsParams *SkyopsParamsCaller) Bounds(opts *bind.CallOpts, key [32]byte) (struct {
	Min *big.Int
	Max *big.Int
}, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "bounds", key)

	outstruct := new(struct {
		Min *big.Int
		Max *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Min = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Max = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Bounds is a free data retrieval call binding the contract method 0x08fd46be.
//
// Solidity: function bounds(bytes32 key) pure returns(uint256 min, uint256 max)
func (_SkyopsParams *SkyopsParamsSession) Bounds(key [32]byte) (struct {
	Min *big.Int
	Max *big.Int
}, error) {
	return _SkyopsParams.Contract.Bounds(&_SkyopsParams.CallOpts, key)
}

// Bounds is a free data retrieval call binding the contract method 0x08fd46be.
//
// Solidity: function bounds(bytes32 key) pure returns(uint256 min, uint256 max)
func (_SkyopsParams *SkyopsParamsCallerSession) Bounds(key [32]byte) (struct {
	Min *big.Int
	Max *big.Int
}, error) {
	return _SkyopsParams.Contract.Bounds(&_SkyopsParams.CallOpts, key)
}

// ChangeCount is a free data retrieval call binding the contract method 0xf35f6447.
//
// Solidity: function changeCount() view returns(uint256)
func (_SkyopsParams *SkyopsParamsCaller) ChangeCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "changeCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ChangeCount is a free data retrieval call binding the contract method 0xf35f6447.
//
// Solidity: function changeCount() view returns(uint256)
func (_SkyopsParams *SkyopsParamsSession) ChangeCount() (*big.Int, error) {
	return _SkyopsParams.Contract.ChangeCount(&_SkyopsParams.CallOpts)
}

// ChangeCount is a free data retrieval call binding the contract method 0xf35f6447.
//
// Solidity: function changeCount() view returns(uint256)
func (_SkyopsParams *SkyopsParamsCallerSession) ChangeCount() (*big.Int, error) {
	return _SkyopsParams.Contract.ChangeCount(&_SkyopsParams.CallOpts)
}

// Changes is a free data retrieval call binding the contract method 0x285763ec.
//
// Solidity: function changes(uint256 start, uint256 max) view returns((bytes32,uint256,uint64)[] out)
func (_SkyopsParams *SkyopsParamsCaller) Changes(opts *bind.CallOpts, start *big.Int, max *big.Int) ([]SkyopsParamsChange, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "changes", start, max)

	if err != nil {
		return *new([]SkyopsParamsChange), err
	}

	out0 := *abi.ConvertType(out[0], new([]SkyopsParamsChange)).(*[]SkyopsParamsChange)

	return out0, err

}

// Changes is a free data retrieval call binding the contract method 0x285763ec.
//
// Solidity: function changes(uint256 start, uint256 max) view returns((bytes32,uint256,uint64)[] out)
func (_SkyopsParams *SkyopsParamsSession) Changes(start *big.Int, max *big.Int) ([]SkyopsParamsChange, error) {
	return _SkyopsParams.Contract.Changes(&_SkyopsParams.CallOpts, start, max)
}

// Changes is a free data retrieval call binding the contract method 0x285763ec.
//
// Solidity: function changes(uint256 start, uint256 max) view returns((bytes32,uint256,uint64)[] out)
func (_SkyopsParams *SkyopsParamsCallerSession) Changes(start *big.Int, max *big.Int) ([]SkyopsParamsChange, error) {
	return _SkyopsParams.Contract.Changes(&_SkyopsParams.CallOpts, start, max)
}

// Governor is a free data retrieval call binding the contract method 0x0c340a24.
//
// Solidity: function governor() view returns(address)
func (_SkyopsParams *SkyopsParamsCaller) Governor(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "governor")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Governor is a free data retrieval call binding the contract method 0x0c340a24.
//
// Solidity: function governor() view returns(address)
func (_SkyopsParams *SkyopsParamsSession) Governor() (common.Address, error) {
	return _SkyopsParams.Contract.Governor(&_SkyopsParams.CallOpts)
}

// Governor is a free data retrieval call binding the contract method 0x0c340a24.
//
// Solidity: function governor() view returns(address)
func (_SkyopsParams *SkyopsParamsCallerSession) Governor() (common.Address, error) {
	return _SkyopsParams.Contract.Governor(&_SkyopsParams.CallOpts)
}

// MinNotice is a free data retrieval call binding the contract method 0x2d87017c.
//
// Solidity: function minNotice() view returns(uint64)
func (_SkyopsParams *SkyopsParamsCaller) MinNotice(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "minNotice")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MinNotice is a free data retrieval call binding the contract method 0x2d87017c.
//
// Solidity: function minNotice() view returns(uint64)
func (_SkyopsParams *SkyopsParamsSession) MinNotice() (uint64, error) {
	return _SkyopsParams.Contract.MinNotice(&_SkyopsParams.CallOpts)
}

// MinNotice is a free data retrieval call binding the contract method 0x2d87017c.
//
// Solidity: function minNotice() view returns(uint64)
func (_SkyopsParams *SkyopsParamsCallerSession) MinNotice() (uint64, error) {
	return _SkyopsParams.Contract.MinNotice(&_SkyopsParams.CallOpts)
}

// ValueAt is a free data retrieval call binding the contract method 0x0c24855a.
//
// Solidity: function valueAt(bytes32 key, uint64 t) view returns(uint256 value, bool set)
func (_SkyopsParams *SkyopsParamsCaller) ValueAt(opts *bind.CallOpts, key [32]byte, t uint64) (struct {
	Value *big.Int
	Set   bool
}, error) {
	var out []interface{}
	err := _SkyopsParams.contract.Call(opts, &out, "valueAt", key, t)

	outstruct := new(struct {
		Value *big.Int
		Set   bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Value = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Set = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// ValueAt is a free data retrieval call binding the contract method 0x0c24855a.
//
// Solidity: function valueAt(bytes32 key, uint64 t) view returns(uint256 value, bool set)
func (_SkyopsParams *SkyopsParamsSession) ValueAt(key [32]byte, t uint64) (struct {
	Value *big.Int
	Set   bool
}, error) {
	return _SkyopsParams.Contract.ValueAt(&_SkyopsParams.CallOpts, key, t)
}

// ValueAt is a free data retrieval call binding the contract method 0x0c24855a.
//
// Solidity: function valueAt(bytes32 key, uint64 t) view returns(uint256 value, bool set)
func (_SkyopsParams *SkyopsParamsCallerSession) ValueAt(key [32]byte, t uint64) (struct {
	Value *big.Int
	Set   bool
}, error) {
	return _SkyopsParams.Contract.ValueAt(&_SkyopsParams.CallOpts, key, t)
}

// Schedule is a paid mutator transaction binding the contract method 0x3cac3de5.
//
// Solidity: function schedule(bytes32 key, uint256 value, uint64 fromTime) returns()
func (_SkyopsParams *SkyopsParamsTransactor) Schedule(opts *bind.TransactOpts, key [32]byte, value *big.Int, fromTime uint64) (*types.Transaction, error) {
	return _SkyopsParams.contract.Transact(opts, "schedule", key, value, fromTime)
}

// Schedule is a paid mutator transaction binding the contract method 0x3cac3de5.
//
// Solidity: function schedule(bytes32 key, uint256 value, uint64 fromTime) returns()
func (_SkyopsParams *SkyopsParamsSession) Schedule(key [32]byte, value *big.Int, fromTime uint64) (*types.Transaction, error) {
	return _SkyopsParams.Contract.Schedule(&_SkyopsParams.TransactOpts, key, value, fromTime)
}

// Schedule is a paid mutator transaction binding the contract method 0x3cac3de5.
//
// Solidity: function schedule(bytes32 key, uint256 value, uint64 fromTime) returns()
func (_SkyopsParams *SkyopsParamsTransactorSession) Schedule(key [32]byte, value *big.Int, fromTime uint64) (*types.Transaction, error) {
	return _SkyopsParams.Contract.Schedule(&_SkyopsParams.TransactOpts, key, value, fromTime)
}

// SkyopsParamsParamScheduledIterator is returned from FilterParamScheduled and is used to iterate over the raw logs and unpacked data for ParamScheduled events raised by the SkyopsParams contract.
type SkyopsParamsParamScheduledIterator struct {
	Event *SkyopsParamsParamScheduled // Event containing the contract specifics and raw log

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
func (it *SkyopsParamsParamScheduledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsParamsParamScheduled)
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
		it.Event = new(SkyopsParamsParamScheduled)
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
func (it *SkyopsParamsParamScheduledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsParamsParamScheduledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsParamsParamScheduled represents a ParamScheduled event raised by the SkyopsParams contract.
type SkyopsParamsParamScheduled struct {
	Key      [32]byte
	Value    *big.Int
	FromTime uint64
	Index    *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterParamScheduled is a free log retrieval operation binding the contract event 0x796c30e5bc433e116c0c5fba5aa0feb5a59e682d75e9dd88656ab4242b33b7ef.
//
// Solidity: event ParamScheduled(bytes32 indexed key, uint256 value, uint64 fromTime, uint256 index)
func (_SkyopsParams *SkyopsParamsFilterer) FilterParamScheduled(opts *bind.FilterOpts, key [][32]byte) (*SkyopsParamsParamScheduledIterator, error) {

	var keyRule []interface{}
	for _, keyItem := range key {
		keyRule = append(keyRule, keyItem)
	}

	logs, sub, err := _SkyopsParams.contract.FilterLogs(opts, "ParamScheduled", keyRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsParamsParamScheduledIterator{contract: _SkyopsParams.contract, event: "ParamScheduled", logs: logs, sub: sub}, nil
}

// WatchParamScheduled is a free log subscription operation binding the contract event 0x796c30e5bc433e116c0c5fba5aa0feb5a59e682d75e9dd88656ab4242b33b7ef.
//
// Solidity: event ParamScheduled(bytes32 indexed key, uint256 value, uint64 fromTime, uint256 index)
func (_SkyopsParams *SkyopsParamsFilterer) WatchParamScheduled(opts *bind.WatchOpts, sink chan<- *SkyopsParamsParamScheduled, key [][32]byte) (event.Subscription, error) {

	var keyRule []interface{}
	for _, keyItem := range key {
		keyRule = append(keyRule, keyItem)
	}

	logs, sub, err := _SkyopsParams.contract.WatchLogs(opts, "ParamScheduled", keyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsParamsParamScheduled)
				if err := _SkyopsParams.contract.UnpackLog(event, "ParamScheduled", log); err != nil {
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

// ParseParamScheduled is a log parse operation binding the contract event 0x796c30e5bc433e116c0c5fba5aa0feb5a59e682d75e9dd88656ab4242b33b7ef.
//
// Solidity: event ParamScheduled(bytes32 indexed key, uint256 value, uint64 fromTime, uint256 index)
func (_SkyopsParams *SkyopsParamsFilterer) ParseParamScheduled(log types.Log) (*SkyopsParamsParamScheduled, error) {
	event := new(SkyopsParamsParamScheduled)
	if err := _SkyopsParams.contract.UnpackLog(event, "ParamScheduled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
