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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unbondDelay_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"name\":\"Anchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"nodeId\",\"type\":\"bytes\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bonder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"nodeId\",\"type\":\"bytes\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bonder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NodeBonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"nodeId\",\"type\":\"bytes\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bonder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"NodeUnbonding\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"anchoredAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"nodeId\",\"type\":\"bytes\"}],\"name\":\"bondInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"bonder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"bondNode\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"nodeId\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"nodeId\",\"type\":\"bytes\"}],\"name\":\"bondOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"bondedAt\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bondedCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"bondedPage\",\"outputs\":[{\"internalType\":\"bytes[]\",\"name\":\"ids\",\"type\":\"bytes[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bondsVersion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"nodeIdOf\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"network\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"}],\"name\":\"receiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"nodeId\",\"type\":\"bytes\"}],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"network\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"}],\"name\":\"verifyAnchoredReceipt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"verifyInclusion\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"network\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"}],\"name\":\"verifyReceipt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"nodeId\",\"type\":\"bytes\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161206f38038061206f83398101604081905261002e916100fc565b815f0361008c5760405162461bcd60e51b815260206004820152602160248201527f536b796f707352656769737472793a207a65726f206d696e696d756d20626f6e6044820152601960fa1b60648201526084015b60405180910390fd5b63ffffffff8111156100ee5760405162461bcd60e51b815260206004820152602560248201527f536b796f707352656769737472793a20756e626f6e642064656c617920746f6f604482015264206c6f6e6760d81b6064820152608401610083565b60809190915260a05261011e565b5f5f6040838503121561010d575f5ffd5b505080516020909101519092909150565b60805160a051611f2261014d5f395f81816101ad0152610a2001525f818161028f0152610f500152611f225ff3fe608060405260043610610123575f3560e01c8063831518b7116100a1578063c7dd2cc211610071578063db2c4aca11610057578063db2c4aca14610374578063dbb515ea14610393578063f8c2919d146103b2575f5ffd5b8063c7dd2cc214610304578063d2af3bde14610355575f5ffd5b8063831518b71461027e5780639e39ace8146102b1578063adba743b146102c5578063b7319921146102f1575f5ffd5b806356b504ed116100f65780635e42297a116100dc5780635e42297a1461022b5780636e494c64146102405780636eb339161461025f575f5ffd5b806356b504ed146101dd57806359c07ec91461020c575f5ffd5b80630832ea9d146101275780630968f2641461015c5780632721bb391461017d57806351127fca1461019c575b5f5ffd5b348015610132575f5ffd5b50610146610141366004611649565b6103fe565b60405161015391906116ac565b60405180910390f35b348015610167575f5ffd5b5061017b61017636600461170a565b6104a9565b005b348015610188575f5ffd5b5061014661019736600461170a565b6107a1565b3480156101a7575f5ffd5b506101cf7f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610153565b3480156101e8575f5ffd5b506101fc6101f736600461178a565b6108c3565b6040519015158152602001610153565b348015610217575f5ffd5b5061017b61022636600461170a565b610907565b348015610236575f5ffd5b506101cf60015481565b34801561024b575f5ffd5b506101cf61025a36600461170a565b610c51565b34801561026a575f5ffd5b506101cf6102793660046117d9565b610cbe565b348015610289575f5ffd5b506101cf7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102bc575f5ffd5b506003546101cf565b3480156102d0575f5ffd5b506102e46102df366004611821565b610cf8565b6040516101539190611841565b6101466102ff36600461170a565b610e87565b34801561030f575f5ffd5b5061032361031e36600461170a565b611157565b6040805173ffffffffffffffffffffffffffffffffffffffff9094168452602084019290925290820152606001610153565b348015610360575f5ffd5b506101fc61036f3660046118ea565b6111d5565b34801561037f575f5ffd5b5061017b61038e3660046119bb565b61127d565b34801561039e575f5ffd5b506101fc6103ad3660046119f5565b61140a565b3480156103bd575f5ffd5b506101cf6103cc366004611a7d565b73ffffffffffffffffffffffffffffffffffffffff919091165f90815260208181526040808320938352929052205490565b60606003828154811061041357610413611aa5565b905f5260205f2001805461042690611ad2565b80601f016020809104026020016040519081016040528092919081815260200182805461045290611ad2565b801561049d5780601f106104745761010080835404028352916020019161049d565b820191905f5260205f20905b81548152906001019060200180831161048057829003601f168201915b50505050509050919050565b5f82826040516104ba929190611b23565b60408051918290039091205f81815260026020529182208054919350917401000000000000000000000000000000000000000090910467ffffffffffffffff1690036105735760405162461bcd60e51b815260206004820152602260248201527f536b796f707352656769737472793a206e6f6465206e6f7420756e626f6e646960448201527f6e6700000000000000000000000000000000000000000000000000000000000060648201526084015b60405180910390fd5b805473ffffffffffffffffffffffffffffffffffffffff1633146105d95760405162461bcd60e51b815260206004820152601e60248201527f536b796f707352656769737472793a206e6f742074686520626f6e6465720000604482015260640161056a565b805474010000000000000000000000000000000000000000900467ffffffffffffffff164310156106725760405162461bcd60e51b815260206004820152602c60248201527f536b796f707352656769737472793a207374696c6c20696e2074686520756e6260448201527f6f6e64696e672064656c61790000000000000000000000000000000000000000606482015260840161056a565b6001818101545f8481526002602052604080822080547fffffffff000000000000000000000000000000000000000000000000000000001681559093018190559151909190339083908381818185875af1925050503d805f81146106f1576040519150601f19603f3d011682016040523d82523d5f602084013e6106f6565b606091505b50509050806107475760405162461bcd60e51b815260206004820152601e60248201527f536b796f707352656769737472793a207061796d656e74206661696c65640000604482015260640161056a565b3373ffffffffffffffffffffffffffffffffffffffff167f70922d9b24ef6af88b63aa2e866755d990fe42b987e303e98ba72bb6baefbb6a87878560405161079193929190611b32565b60405180910390a2505050505050565b6060604082146108195760405162461bcd60e51b815260206004820152603460248201527f536b796f707352656769737472793a207075626c6963206b6579206d7573742060448201527f6265203634206279746573202878207c7c207929000000000000000000000000606482015260840161056a565b5f8383603f81811061082d5761082d611aa5565b600192013560f81c82169091149050610866577f0200000000000000000000000000000000000000000000000000000000000000610888565b7f03000000000000000000000000000000000000000000000000000000000000005b90508061089860205f8688611b87565b6040516020016108aa93929190611bae565b6040516020818303038152906040529150505b92915050565b5f84815b848110156108fb576108f1828787848181106108e5576108e5611aa5565b905060200201356115db565b91506001016108c7565b50909114949350505050565b5f8282604051610918929190611b23565b60408051918290039091205f818152600260205291909120600181015491925090158015906109685750805474010000000000000000000000000000000000000000900467ffffffffffffffff16155b6109b45760405162461bcd60e51b815260206004820152601f60248201527f536b796f707352656769737472793a206e6f6465206e6f7420626f6e64656400604482015260640161056a565b805473ffffffffffffffffffffffffffffffffffffffff163314610a1a5760405162461bcd60e51b815260206004820152601e60248201527f536b796f707352656769737472793a206e6f742074686520626f6e6465720000604482015260640161056a565b5f610a457f000000000000000000000000000000000000000000000000000000000000000043611c3b565b82547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8316021783555f8481526004602052604081205491925090610aac90600190611c4e565b6003549091505f90610ac090600190611c4e565b9050808214610bba575f60038281548110610add57610add611aa5565b905f5260205f20018054610af090611ad2565b80601f0160208091040260200160405190810160405280929190818152602001828054610b1c90611ad2565b8015610b675780601f10610b3e57610100808354040283529160200191610b67565b820191905f5260205f20905b815481529060010190602001808311610b4a57829003601f168201915b505050505090508060038481548110610b8257610b82611aa5565b905f5260205f20019081610b969190611cda565b50610ba2836001611c3b565b81516020928301205f90815260049092526040909120555b6003805480610bcb57610bcb611db3565b600190038181905f5260205f20015f610be491906115f7565b90555f85815260046020526040812081905560018054909190610c0690611de0565b9091555060405133907ff9f8d4c0b100a6ff026d1912c238aadea0c9bc8da0063e3591d7e06a7d86cec390610c40908a908a908890611b32565b60405180910390a250505050505050565b5f5f60025f8585604051610c66929190611b23565b604080519182900390912082526020820192909252015f20805490915074010000000000000000000000000000000000000000900467ffffffffffffffff1615610cb0575f610cb6565b80600101545b949350505050565b5f83835f600385604051602001610cd9959493929190611df8565b6040516020818303038152906040528051906020012090509392505050565b600354606090808410610d3857604080515f8082526020820190925290610d2f565b6060815260200190600190039081610d1a5790505b509150506108bd565b610d428482611c4e565b831115610d5657610d538482611c4e565b92505b8267ffffffffffffffff811115610d6f57610d6f611c61565b604051908082528060200260200182016040528015610da257816020015b6060815260200190600190039081610d8d5790505b5091505f5b83811015610e7f576003610dbb8287611c3b565b81548110610dcb57610dcb611aa5565b905f5260205f20018054610dde90611ad2565b80601f0160208091040260200160405190810160405280929190818152602001828054610e0a90611ad2565b8015610e555780601f10610e2c57610100808354040283529160200191610e55565b820191905f5260205f20905b815481529060010190602001808311610e3857829003601f168201915b5050505050838281518110610e6c57610e6c611aa5565b6020908102919091010152600101610da7565b505092915050565b6060610e9383836107a1565b90503373ffffffffffffffffffffffffffffffffffffffff168383604051610ebc929190611b23565b60405190819003902073ffffffffffffffffffffffffffffffffffffffff1614610f4e5760405162461bcd60e51b815260206004820152603260248201527f536b796f707352656769737472793a20746865207075626c6963206b6579206960448201527f73206e6f74207468652073656e64657227730000000000000000000000000000606482015260840161056a565b7f0000000000000000000000000000000000000000000000000000000000000000341015610fe45760405162461bcd60e51b815260206004820152602660248201527f536b796f707352656769737472793a20626f6e642062656c6f7720746865206d60448201527f696e696d756d0000000000000000000000000000000000000000000000000000606482015260840161056a565b80516020808301919091205f8181526002909252604090912060018101541561108157805474010000000000000000000000000000000000000000900467ffffffffffffffff161561104e576040518060600160405280602e8152602001611ee8602e9139611068565b604051806060016040528060238152602001611ec5602391395b60405162461bcd60e51b815260040161056a91906116ac565b80547fffffffffffffffffffffffff00000000000000000000000000000000000000001633178155346001808301919091556003805491820181555f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b016110ea8482611cda565b506003545f838152600460205260408120919091556001805490919061110f90611de0565b9091555060405133907f1afbb7a703d28715e3b0a8b892a76712ad2e8cbcb346c89932cbcbad381787a2906111479086903490611e6d565b60405180910390a2505092915050565b5f5f5f5f60025f878760405161116e929190611b23565b604080519182900390912082526020820192909252015f20805460019091015473ffffffffffffffffffffffffffffffffffffffff8216989097507401000000000000000000000000000000000000000090910467ffffffffffffffff1695509350505050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260208181526040808320858452909152812054810361121057505f61126f565b61121e8b8b8b8b8b8b61140a565b61122957505f61126f565b5f6112358c8c8c610cbe565b60405160200161124791815260200190565b60405160208183030381529060405280519060200120905061126b818787876108c3565b9150505b9a9950505050505050505050565b816112ca5760405162461bcd60e51b815260206004820152601960248201527f536b796f707352656769737472793a207a65726f20726f6f7400000000000000604482015260640161056a565b8067ffffffffffffffff165f036113235760405162461bcd60e51b815260206004820152601a60248201527f536b796f707352656769737472793a207a65726f20636f756e74000000000000604482015260640161056a565b335f90815260208181526040808320858452909152902054156113ae5760405162461bcd60e51b815260206004820152603760248201527f536b796f707352656769737472793a20726f6f7420616c726561647920616e6360448201527f686f7265642062792074686973207375626d6974746572000000000000000000606482015260840161056a565b335f81815260208181526040808320868452825291829020439055905167ffffffffffffffff841681528492917f89a6d921e8e91c18be78a016997c04625db0d36e402bd063eb22521fe39e03c0910160405180910390a35050565b5f60418314158061142f575073ffffffffffffffffffffffffffffffffffffffff8216155b1561143b57505f6115d1565b5f6114496020828688611b87565b61145291611e8e565b90505f611463604060208789611b87565b61146c91611e8e565b90505f8686604081811061148257611482611aa5565b919091013560f81c915050601b8110156114a4576114a1601b82611eab565b90505b8060ff16601b141580156114bc57508060ff16601c14155b806114e657507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082115b156114f6575f93505050506115d1565b5f60016115048c8c8c610cbe565b604080515f8152602081018083529290925260ff851690820152606081018690526080810185905260a0016020604051602081039080840390855afa15801561154f573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116158015906115ca57508573ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff16145b9450505050505b9695505050505050565b5f818311156115e8579091905b505f9182526020526040902090565b50805461160390611ad2565b5f825580601f10611612575050565b601f0160209004905f5260205f209081019061162e9190611631565b50565b5b80821115611645575f8155600101611632565b5090565b5f60208284031215611659575f5ffd5b5035919050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6116be6020830184611660565b9392505050565b5f5f83601f8401126116d5575f5ffd5b50813567ffffffffffffffff8111156116ec575f5ffd5b602083019150836020828501011115611703575f5ffd5b9250929050565b5f5f6020838503121561171b575f5ffd5b823567ffffffffffffffff811115611731575f5ffd5b61173d858286016116c5565b90969095509350505050565b5f5f83601f840112611759575f5ffd5b50813567ffffffffffffffff811115611770575f5ffd5b6020830191508360208260051b8501011115611703575f5ffd5b5f5f5f5f6060858703121561179d575f5ffd5b84359350602085013567ffffffffffffffff8111156117ba575f5ffd5b6117c687828801611749565b9598909750949560400135949350505050565b5f5f5f604084860312156117eb575f5ffd5b833567ffffffffffffffff811115611801575f5ffd5b61180d868287016116c5565b909790965060209590950135949350505050565b5f5f60408385031215611832575f5ffd5b50508035926020909101359150565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156118b6577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08786030184526118a1858351611660565b94506020938401939190910190600101611867565b50929695505050505050565b803573ffffffffffffffffffffffffffffffffffffffff811681146118e5575f5ffd5b919050565b5f5f5f5f5f5f5f5f5f5f60e08b8d031215611903575f5ffd5b8a3567ffffffffffffffff811115611919575f5ffd5b6119258d828e016116c5565b909b5099505060208b0135975060408b013567ffffffffffffffff81111561194b575f5ffd5b6119578d828e016116c5565b909850965061196a905060608c016118c2565b945060808b013567ffffffffffffffff811115611985575f5ffd5b6119918d828e01611749565b90955093505060a08b013591506119aa60c08c016118c2565b90509295989b9194979a5092959850565b5f5f604083850312156119cc575f5ffd5b82359150602083013567ffffffffffffffff811681146119ea575f5ffd5b809150509250929050565b5f5f5f5f5f5f60808789031215611a0a575f5ffd5b863567ffffffffffffffff811115611a20575f5ffd5b611a2c89828a016116c5565b90975095505060208701359350604087013567ffffffffffffffff811115611a52575f5ffd5b611a5e89828a016116c5565b9094509250611a719050606088016118c2565b90509295509295509295565b5f5f60408385031215611a8e575f5ffd5b611a97836118c2565b946020939093013593505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b600181811c90821680611ae657607f821691505b602082108103611b1d577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b818382375f9101908152919050565b60408152826040820152828460608301375f606084830101525f60607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8601168301019050826020830152949350505050565b5f5f85851115611b95575f5ffd5b83861115611ba1575f5ffd5b5050820193919092039150565b7e2508021221000000000000000000000000000000000000000000000000000081527fff0000000000000000000000000000000000000000000000000000000000000084166006820152818360078301375f910160070190815292915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156108bd576108bd611c0e565b818103818111156108bd576108bd611c0e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b601f821115611cd557805f5260205f20601f840160051c81016020851015611cb35750805b601f840160051c820191505b81811015611cd2575f8155600101611cbf565b50505b505050565b815167ffffffffffffffff811115611cf457611cf4611c61565b611d0881611d028454611ad2565b84611c8e565b6020601f821160018114611d3a575f8315611d235750848201515b5f19600385901b1c1916600184901b178455611cd2565b5f848152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08516915b82811015611d875787850151825560209485019460019092019101611d67565b5084821015611da457868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b5f5f198203611df157611df1611c0e565b5060010190565b7f19736b796f7073207369676e6564206f626a6563742076310a000000000000008152848660198301377fff0000000000000000000000000000000000000000000000000000000000000060f894851b81169590910160198101959095529190921b16601a830152601b820152603b01919050565b604081525f611e7f6040830185611660565b90508260208301529392505050565b803560208310156108bd575f19602084900360031b1b1692915050565b60ff81811683821601908111156108bd576108bd611c0e56fe536b796f707352656769737472793a206e6f646520616c726561647920626f6e646564536b796f707352656769737472793a206e6f646520756e626f6e64696e673a207769746864726177206669727374a164736f6c634300081e000a",
}

// SkyopsRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use SkyopsRegistryMetaData.ABI instead.
var SkyopsRegistryABI = SkyopsRegistryMetaData.ABI

// SkyopsRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SkyopsRegistryMetaData.Bin instead.
var SkyopsRegistryBin = SkyopsRegistryMetaData.Bin

// DeploySkyopsRegistry deploys a new Ethereum contract, binding an instance of SkyopsRegistry to it.
func DeploySkyopsRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, minBond_ *big.Int, unbondDelay_ *big.Int) (common.Address, *types.Transaction, *SkyopsRegistry, error) {
	parsed, err := SkyopsRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SkyopsRegistryBin), backend, minBond_, unbondDelay_)
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

// BondInfo is a free data retrieval call binding the contract method 0xc7dd2cc2.
//
// Solidity: function bondInfo(bytes nodeId) view returns(address bonder, uint256 amount, uint256 withdrawableAt)
func (_SkyopsRegistry *SkyopsRegistryCaller) BondInfo(opts *bind.CallOpts, nodeId []byte) (struct {
	Bonder         common.Address
	Amount         *big.Int
	WithdrawableAt *big.Int
}, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "bondInfo", nodeId)

	outstruct := new(struct {
		Bonder         common.Address
		Amount         *big.Int
		WithdrawableAt *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Bonder = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Amount = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.WithdrawableAt = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// BondInfo is a free data retrieval call binding the contract method 0xc7dd2cc2.
//
// Solidity: function bondInfo(bytes nodeId) view returns(address bonder, uint256 amount, uint256 withdrawableAt)
func (_SkyopsRegistry *SkyopsRegistrySession) BondInfo(nodeId []byte) (struct {
	Bonder         common.Address
	Amount         *big.Int
	WithdrawableAt *big.Int
}, error) {
	return _SkyopsRegistry.Contract.BondInfo(&_SkyopsRegistry.CallOpts, nodeId)
}

// BondInfo is a free data retrieval call binding the contract method 0xc7dd2cc2.
//
// Solidity: function bondInfo(bytes nodeId) view returns(address bonder, uint256 amount, uint256 withdrawableAt)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) BondInfo(nodeId []byte) (struct {
	Bonder         common.Address
	Amount         *big.Int
	WithdrawableAt *big.Int
}, error) {
	return _SkyopsRegistry.Contract.BondInfo(&_SkyopsRegistry.CallOpts, nodeId)
}

// BondOf is a free data retrieval call binding the contract method 0x6e494c64.
//
// Solidity: function bondOf(bytes nodeId) view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistryCaller) BondOf(opts *bind.CallOpts, nodeId []byte) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "bondOf", nodeId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BondOf is a free data retrieval call binding the contract method 0x6e494c64.
//
// Solidity: function bondOf(bytes nodeId) view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistrySession) BondOf(nodeId []byte) (*big.Int, error) {
	return _SkyopsRegistry.Contract.BondOf(&_SkyopsRegistry.CallOpts, nodeId)
}

// BondOf is a free data retrieval call binding the contract method 0x6e494c64.
//
// Solidity: function bondOf(bytes nodeId) view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) BondOf(nodeId []byte) (*big.Int, error) {
	return _SkyopsRegistry.Contract.BondOf(&_SkyopsRegistry.CallOpts, nodeId)
}

// BondedAt is a free data retrieval call binding the contract method 0x0832ea9d.
//
// Solidity: function bondedAt(uint256 i) view returns(bytes)
func (_SkyopsRegistry *SkyopsRegistryCaller) BondedAt(opts *bind.CallOpts, i *big.Int) ([]byte, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "bondedAt", i)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// BondedAt is a free data retrieval call binding the contract method 0x0832ea9d.
//
// Solidity: function bondedAt(uint256 i) view returns(bytes)
func (_SkyopsRegistry *SkyopsRegistrySession) BondedAt(i *big.Int) ([]byte, error) {
	return _SkyopsRegistry.Contract.BondedAt(&_SkyopsRegistry.CallOpts, i)
}

// BondedAt is a free data retrieval call binding the contract method 0x0832ea9d.
//
// Solidity: function bondedAt(uint256 i) view returns(bytes)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) BondedAt(i *big.Int) ([]byte, error) {
	return _SkyopsRegistry.Contract.BondedAt(&_SkyopsRegistry.CallOpts, i)
}

// BondedCount is a free data retrieval call binding the contract method 0x9e39ace8.
//
// Solidity: function bondedCount() view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistryCaller) BondedCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "bondedCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BondedCount is a free data retrieval call binding the contract method 0x9e39ace8.
//
// Solidity: function bondedCount() view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistrySession) BondedCount() (*big.Int, error) {
	return _SkyopsRegistry.Contract.BondedCount(&_SkyopsRegistry.CallOpts)
}

// BondedCount is a free data retrieval call binding the contract method 0x9e39ace8.
//
// Solidity: function bondedCount() view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) BondedCount() (*big.Int, error) {
	return _SkyopsRegistry.Contract.BondedCount(&_SkyopsRegistry.CallOpts)
}

// BondedPage is a free data retrieval call binding the contract method 0xadba743b.
//
// Solidity: function bondedPage(uint256 start, uint256 max) view returns(bytes[] ids)
func (_SkyopsRegistry *SkyopsRegistryCaller) BondedPage(opts *bind.CallOpts, start *big.Int, max *big.Int) ([][]byte, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "bondedPage", start, max)

	if err != nil {
		return *new([][]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][]byte)).(*[][]byte)

	return out0, err

}

// BondedPage is a free data retrieval call binding the contract method 0xadba743b.
//
// Solidity: function bondedPage(uint256 start, uint256 max) view returns(bytes[] ids)
func (_SkyopsRegistry *SkyopsRegistrySession) BondedPage(start *big.Int, max *big.Int) ([][]byte, error) {
	return _SkyopsRegistry.Contract.BondedPage(&_SkyopsRegistry.CallOpts, start, max)
}

// BondedPage is a free data retrieval call binding the contract method 0xadba743b.
//
// Solidity: function bondedPage(uint256 start, uint256 max) view returns(bytes[] ids)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) BondedPage(start *big.Int, max *big.Int) ([][]byte, error) {
	return _SkyopsRegistry.Contract.BondedPage(&_SkyopsRegistry.CallOpts, start, max)
}

// BondsVersion is a free data retrieval call binding the contract method 0x5e42297a.
//
// Solidity: function bondsVersion() view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistryCaller) BondsVersion(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "bondsVersion")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BondsVersion is a free data retrieval call binding the contract method 0x5e42297a.
//
// Solidity: function bondsVersion() view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistrySession) BondsVersion() (*big.Int, error) {
	return _SkyopsRegistry.Contract.BondsVersion(&_SkyopsRegistry.CallOpts)
}

// BondsVersion is a free data retrieval call binding the contract method 0x5e42297a.
//
// Solidity: function bondsVersion() view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) BondsVersion() (*big.Int, error) {
	return _SkyopsRegistry.Contract.BondsVersion(&_SkyopsRegistry.CallOpts)
}

// MinBond is a free data retrieval call binding the contract method 0x831518b7.
//
// Solidity: function minBond() view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistryCaller) MinBond(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "minBond")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinBond is a free data retrieval call binding the contract method 0x831518b7.
//
// Solidity: function minBond() view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistrySession) MinBond() (*big.Int, error) {
	return _SkyopsRegistry.Contract.MinBond(&_SkyopsRegistry.CallOpts)
}

// MinBond is a free data retrieval call binding the contract method 0x831518b7.
//
// Solidity: function minBond() view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) MinBond() (*big.Int, error) {
	return _SkyopsRegistry.Contract.MinBond(&_SkyopsRegistry.CallOpts)
}

// NodeIdOf is a free data retrieval call binding the contract method 0x2721bb39.
//
// Solidity: function nodeIdOf(bytes pubkey) pure returns(bytes)
func (_SkyopsRegistry *SkyopsRegistryCaller) NodeIdOf(opts *bind.CallOpts, pubkey []byte) ([]byte, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "nodeIdOf", pubkey)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// NodeIdOf is a free data retrieval call binding the contract method 0x2721bb39.
//
// Solidity: function nodeIdOf(bytes pubkey) pure returns(bytes)
func (_SkyopsRegistry *SkyopsRegistrySession) NodeIdOf(pubkey []byte) ([]byte, error) {
	return _SkyopsRegistry.Contract.NodeIdOf(&_SkyopsRegistry.CallOpts, pubkey)
}

// NodeIdOf is a free data retrieval call binding the contract method 0x2721bb39.
//
// Solidity: function nodeIdOf(bytes pubkey) pure returns(bytes)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) NodeIdOf(pubkey []byte) ([]byte, error) {
	return _SkyopsRegistry.Contract.NodeIdOf(&_SkyopsRegistry.CallOpts, pubkey)
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

// UnbondDelay is a free data retrieval call binding the contract method 0x51127fca.
//
// Solidity: function unbondDelay() view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistryCaller) UnbondDelay(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SkyopsRegistry.contract.Call(opts, &out, "unbondDelay")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UnbondDelay is a free data retrieval call binding the contract method 0x51127fca.
//
// Solidity: function unbondDelay() view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistrySession) UnbondDelay() (*big.Int, error) {
	return _SkyopsRegistry.Contract.UnbondDelay(&_SkyopsRegistry.CallOpts)
}

// UnbondDelay is a free data retrieval call binding the contract method 0x51127fca.
//
// Solidity: function unbondDelay() view returns(uint256)
func (_SkyopsRegistry *SkyopsRegistryCallerSession) UnbondDelay() (*big.Int, error) {
	return _SkyopsRegistry.Contract.UnbondDelay(&_SkyopsRegistry.CallOpts)
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

// BondNode is a paid mutator transaction binding the contract method 0xb7319921.
//
// Solidity: function bondNode(bytes pubkey) payable returns(bytes nodeId)
func (_SkyopsRegistry *SkyopsRegistryTransactor) BondNode(opts *bind.TransactOpts, pubkey []byte) (*types.Transaction, error) {
	return _SkyopsRegistry.contract.Transact(opts, "bondNode", pubkey)
}

// BondNode is a paid mutator transaction binding the contract method 0xb7319921.
//
// Solidity: function bondNode(bytes pubkey) payable returns(bytes nodeId)
func (_SkyopsRegistry *SkyopsRegistrySession) BondNode(pubkey []byte) (*types.Transaction, error) {
	return _SkyopsRegistry.Contract.BondNode(&_SkyopsRegistry.TransactOpts, pubkey)
}

// BondNode is a paid mutator transaction binding the contract method 0xb7319921.
//
// Solidity: function bondNode(bytes pubkey) payable returns(bytes nodeId)
func (_SkyopsRegistry *SkyopsRegistryTransactorSession) BondNode(pubkey []byte) (*types.Transaction, error) {
	return _SkyopsRegistry.Contract.BondNode(&_SkyopsRegistry.TransactOpts, pubkey)
}

// Unbond is a paid mutator transaction binding the contract method 0x59c07ec9.
//
// Solidity: function unbond(bytes nodeId) returns()
func (_SkyopsRegistry *SkyopsRegistryTransactor) Unbond(opts *bind.TransactOpts, nodeId []byte) (*types.Transaction, error) {
	return _SkyopsRegistry.contract.Transact(opts, "unbond", nodeId)
}

// Unbond is a paid mutator transaction binding the contract method 0x59c07ec9.
//
// Solidity: function unbond(bytes nodeId) returns()
func (_SkyopsRegistry *SkyopsRegistrySession) Unbond(nodeId []byte) (*types.Transaction, error) {
	return _SkyopsRegistry.Contract.Unbond(&_SkyopsRegistry.TransactOpts, nodeId)
}

// Unbond is a paid mutator transaction binding the contract method 0x59c07ec9.
//
// Solidity: function unbond(bytes nodeId) returns()
func (_SkyopsRegistry *SkyopsRegistryTransactorSession) Unbond(nodeId []byte) (*types.Transaction, error) {
	return _SkyopsRegistry.Contract.Unbond(&_SkyopsRegistry.TransactOpts, nodeId)
}

// Withdraw is a paid mutator transaction binding the contract method 0x0968f264.
//
// Solidity: function withdraw(bytes nodeId) returns()
func (_SkyopsRegistry *SkyopsRegistryTransactor) Withdraw(opts *bind.TransactOpts, nodeId []byte) (*types.Transaction, error) {
	return _SkyopsRegistry.contract.Transact(opts, "withdraw", nodeId)
}

// Withdraw is a paid mutator transaction binding the contract method 0x0968f264.
//
// Solidity: function withdraw(bytes nodeId) returns()
func (_SkyopsRegistry *SkyopsRegistrySession) Withdraw(nodeId []byte) (*types.Transaction, error) {
	return _SkyopsRegistry.Contract.Withdraw(&_SkyopsRegistry.TransactOpts, nodeId)
}

// Withdraw is a paid mutator transaction binding the contract method 0x0968f264.
//
// Solidity: function withdraw(bytes nodeId) returns()
func (_SkyopsRegistry *SkyopsRegistryTransactorSession) Withdraw(nodeId []byte) (*types.Transaction, error) {
	return _SkyopsRegistry.Contract.Withdraw(&_SkyopsRegistry.TransactOpts, nodeId)
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

// SkyopsRegistryBondWithdrawnIterator is returned from FilterBondWithdrawn and is used to iterate over the raw logs and unpacked data for BondWithdrawn events raised by the SkyopsRegistry contract.
type SkyopsRegistryBondWithdrawnIterator struct {
	Event *SkyopsRegistryBondWithdrawn // Event containing the contract specifics and raw log

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
func (it *SkyopsRegistryBondWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsRegistryBondWithdrawn)
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
		it.Event = new(SkyopsRegistryBondWithdrawn)
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
func (it *SkyopsRegistryBondWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsRegistryBondWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsRegistryBondWithdrawn represents a BondWithdrawn event raised by the SkyopsRegistry contract.
type SkyopsRegistryBondWithdrawn struct {
	NodeId []byte
	Bonder common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBondWithdrawn is a free log retrieval operation binding the contract event 0x70922d9b24ef6af88b63aa2e866755d990fe42b987e303e98ba72bb6baefbb6a.
//
// Solidity: event BondWithdrawn(bytes nodeId, address indexed bonder, uint256 amount)
func (_SkyopsRegistry *SkyopsRegistryFilterer) FilterBondWithdrawn(opts *bind.FilterOpts, bonder []common.Address) (*SkyopsRegistryBondWithdrawnIterator, error) {

	var bonderRule []interface{}
	for _, bonderItem := range bonder {
		bonderRule = append(bonderRule, bonderItem)
	}

	logs, sub, err := _SkyopsRegistry.contract.FilterLogs(opts, "BondWithdrawn", bonderRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsRegistryBondWithdrawnIterator{contract: _SkyopsRegistry.contract, event: "BondWithdrawn", logs: logs, sub: sub}, nil
}

// WatchBondWithdrawn is a free log subscription operation binding the contract event 0x70922d9b24ef6af88b63aa2e866755d990fe42b987e303e98ba72bb6baefbb6a.
//
// Solidity: event BondWithdrawn(bytes nodeId, address indexed bonder, uint256 amount)
func (_SkyopsRegistry *SkyopsRegistryFilterer) WatchBondWithdrawn(opts *bind.WatchOpts, sink chan<- *SkyopsRegistryBondWithdrawn, bonder []common.Address) (event.Subscription, error) {

	var bonderRule []interface{}
	for _, bonderItem := range bonder {
		bonderRule = append(bonderRule, bonderItem)
	}

	logs, sub, err := _SkyopsRegistry.contract.WatchLogs(opts, "BondWithdrawn", bonderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsRegistryBondWithdrawn)
				if err := _SkyopsRegistry.contract.UnpackLog(event, "BondWithdrawn", log); err != nil {
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

// ParseBondWithdrawn is a log parse operation binding the contract event 0x70922d9b24ef6af88b63aa2e866755d990fe42b987e303e98ba72bb6baefbb6a.
//
// Solidity: event BondWithdrawn(bytes nodeId, address indexed bonder, uint256 amount)
func (_SkyopsRegistry *SkyopsRegistryFilterer) ParseBondWithdrawn(log types.Log) (*SkyopsRegistryBondWithdrawn, error) {
	event := new(SkyopsRegistryBondWithdrawn)
	if err := _SkyopsRegistry.contract.UnpackLog(event, "BondWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SkyopsRegistryNodeBondedIterator is returned from FilterNodeBonded and is used to iterate over the raw logs and unpacked data for NodeBonded events raised by the SkyopsRegistry contract.
type SkyopsRegistryNodeBondedIterator struct {
	Event *SkyopsRegistryNodeBonded // Event containing the contract specifics and raw log

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
func (it *SkyopsRegistryNodeBondedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsRegistryNodeBonded)
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
		it.Event = new(SkyopsRegistryNodeBonded)
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
func (it *SkyopsRegistryNodeBondedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsRegistryNodeBondedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsRegistryNodeBonded represents a NodeBonded event raised by the SkyopsRegistry contract.
type SkyopsRegistryNodeBonded struct {
	NodeId []byte
	Bonder common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterNodeBonded is a free log retrieval operation binding the contract event 0x1afbb7a703d28715e3b0a8b892a76712ad2e8cbcb346c89932cbcbad381787a2.
//
// Solidity: event NodeBonded(bytes nodeId, address indexed bonder, uint256 amount)
func (_SkyopsRegistry *SkyopsRegistryFilterer) FilterNodeBonded(opts *bind.FilterOpts, bonder []common.Address) (*SkyopsRegistryNodeBondedIterator, error) {

	var bonderRule []interface{}
	for _, bonderItem := range bonder {
		bonderRule = append(bonderRule, bonderItem)
	}

	logs, sub, err := _SkyopsRegistry.contract.FilterLogs(opts, "NodeBonded", bonderRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsRegistryNodeBondedIterator{contract: _SkyopsRegistry.contract, event: "NodeBonded", logs: logs, sub: sub}, nil
}

// WatchNodeBonded is a free log subscription operation binding the contract event 0x1afbb7a703d28715e3b0a8b892a76712ad2e8cbcb346c89932cbcbad381787a2.
//
// Solidity: event NodeBonded(bytes nodeId, address indexed bonder, uint256 amount)
func (_SkyopsRegistry *SkyopsRegistryFilterer) WatchNodeBonded(opts *bind.WatchOpts, sink chan<- *SkyopsRegistryNodeBonded, bonder []common.Address) (event.Subscription, error) {

	var bonderRule []interface{}
	for _, bonderItem := range bonder {
		bonderRule = append(bonderRule, bonderItem)
	}

	logs, sub, err := _SkyopsRegistry.contract.WatchLogs(opts, "NodeBonded", bonderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsRegistryNodeBonded)
				if err := _SkyopsRegistry.contract.UnpackLog(event, "NodeBonded", log); err != nil {
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

// ParseNodeBonded is a log parse operation binding the contract event 0x1afbb7a703d28715e3b0a8b892a76712ad2e8cbcb346c89932cbcbad381787a2.
//
// Solidity: event NodeBonded(bytes nodeId, address indexed bonder, uint256 amount)
func (_SkyopsRegistry *SkyopsRegistryFilterer) ParseNodeBonded(log types.Log) (*SkyopsRegistryNodeBonded, error) {
	event := new(SkyopsRegistryNodeBonded)
	if err := _SkyopsRegistry.contract.UnpackLog(event, "NodeBonded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SkyopsRegistryNodeUnbondingIterator is returned from FilterNodeUnbonding and is used to iterate over the raw logs and unpacked data for NodeUnbonding events raised by the SkyopsRegistry contract.
type SkyopsRegistryNodeUnbondingIterator struct {
	Event *SkyopsRegistryNodeUnbonding // Event containing the contract specifics and raw log

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
func (it *SkyopsRegistryNodeUnbondingIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SkyopsRegistryNodeUnbonding)
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
		it.Event = new(SkyopsRegistryNodeUnbonding)
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
func (it *SkyopsRegistryNodeUnbondingIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SkyopsRegistryNodeUnbondingIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SkyopsRegistryNodeUnbonding represents a NodeUnbonding event raised by the SkyopsRegistry contract.
type SkyopsRegistryNodeUnbonding struct {
	NodeId         []byte
	Bonder         common.Address
	WithdrawableAt *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterNodeUnbonding is a free log retrieval operation binding the contract event 0xf9f8d4c0b100a6ff026d1912c238aadea0c9bc8da0063e3591d7e06a7d86cec3.
//
// Solidity: event NodeUnbonding(bytes nodeId, address indexed bonder, uint256 withdrawableAt)
func (_SkyopsRegistry *SkyopsRegistryFilterer) FilterNodeUnbonding(opts *bind.FilterOpts, bonder []common.Address) (*SkyopsRegistryNodeUnbondingIterator, error) {

	var bonderRule []interface{}
	for _, bonderItem := range bonder {
		bonderRule = append(bonderRule, bonderItem)
	}

	logs, sub, err := _SkyopsRegistry.contract.FilterLogs(opts, "NodeUnbonding", bonderRule)
	if err != nil {
		return nil, err
	}
	return &SkyopsRegistryNodeUnbondingIterator{contract: _SkyopsRegistry.contract, event: "NodeUnbonding", logs: logs, sub: sub}, nil
}

// WatchNodeUnbonding is a free log subscription operation binding the contract event 0xf9f8d4c0b100a6ff026d1912c238aadea0c9bc8da0063e3591d7e06a7d86cec3.
//
// Solidity: event NodeUnbonding(bytes nodeId, address indexed bonder, uint256 withdrawableAt)
func (_SkyopsRegistry *SkyopsRegistryFilterer) WatchNodeUnbonding(opts *bind.WatchOpts, sink chan<- *SkyopsRegistryNodeUnbonding, bonder []common.Address) (event.Subscription, error) {

	var bonderRule []interface{}
	for _, bonderItem := range bonder {
		bonderRule = append(bonderRule, bonderItem)
	}

	logs, sub, err := _SkyopsRegistry.contract.WatchLogs(opts, "NodeUnbonding", bonderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SkyopsRegistryNodeUnbonding)
				if err := _SkyopsRegistry.contract.UnpackLog(event, "NodeUnbonding", log); err != nil {
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

// ParseNodeUnbonding is a log parse operation binding the contract event 0xf9f8d4c0b100a6ff026d1912c238aadea0c9bc8da0063e3591d7e06a7d86cec3.
//
// Solidity: event NodeUnbonding(bytes nodeId, address indexed bonder, uint256 withdrawableAt)
func (_SkyopsRegistry *SkyopsRegistryFilterer) ParseNodeUnbonding(log types.Log) (*SkyopsRegistryNodeUnbonding, error) {
	event := new(SkyopsRegistryNodeUnbonding)
	if err := _SkyopsRegistry.contract.UnpackLog(event, "NodeUnbonding", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
