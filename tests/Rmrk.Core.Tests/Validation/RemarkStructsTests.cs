using System.Globalization;
using System.Numerics;
using Rmrk.Core.Js;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Tests.Validation;

public class RemarkStructsTests
{
    // MINT payloads: the JSON text of the field (not JSON → the reference asserts the raw string) and the
    // message validate-remark.js throws for it, or null.
    // Expected values captured from Node 20.20 + rmrk-tools 2.1.13 (superstruct 0.14.2, @polkadot/util 12.6.2).
    [Theory]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"00000001\",\"metadata\":\"ipfs://ipfs/x\"}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"00000001\"}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"https://x\"}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"http://\"}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"ftp://x\"}", "At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"ftp://x\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"HTTP://x\"}", "At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"HTTP://x\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"ipfs://a\\nb\"}", "At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"ipfs://a\u000ab\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"ipfs://a\\u2028b\"}", "At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"ipfs://a\u2028b\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"ipfs://a b\\tc\"}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":null}", "At path: metadata -- Expected a string, but received: null")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"\"}", "At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":5}", "At path: metadata -- Expected a string, but received: 5")]
    [InlineData("{\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\"}", "At path: collection -- Expected a string, but received: undefined")]
    [InlineData("{\"collection\":1,\"symbol\":2,\"transferable\":\"x\",\"sn\":3}", "At path: collection -- Expected a string, but received: 1")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":\"1\",\"sn\":\"1\"}", "At path: transferable -- Expected a number, but received: \"1\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":true,\"sn\":\"1\"}", "At path: transferable -- Expected a number, but received: true")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1.5e300,\"sn\":\"1\"}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":null,\"transferable\":1,\"sn\":\"1\"}", "At path: symbol -- Expected a string, but received: null")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":[\"a\",1,null,{\"x\":1},[2,[3]]]}", "At path: sn -- Expected a string, but received: a,1,,[object Object],2,3")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":{}}", "At path: sn -- Expected a string, but received: [object Object]")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":[],\"sn\":\"1\"}", "At path: transferable -- Expected a number, but received: ")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"sn\":\"1\"}", "At path: transferable -- Expected a number, but received: undefined")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"extra\":[1]}", null)]
    [InlineData("[]", "At path: collection -- Expected a string, but received: undefined")]
    [InlineData("[1,2]", "At path: collection -- Expected a string, but received: undefined")]
    [InlineData("null", "Expected an object, but received: null")]
    [InlineData("5", "Expected an object, but received: 5")]
    [InlineData("-0", "Expected an object, but received: 0")]
    [InlineData("1e21", "Expected an object, but received: 1e+21")]
    [InlineData("true", "Expected an object, but received: true")]
    [InlineData("\"str\"", "Expected an object, but received: \"str\"")]
    [InlineData("not json", "Expected an object, but received: \"not json\"")]
    [InlineData("", "Expected an object, but received: \"\"")]
    [InlineData("{\"a\":\"\\u00e9\\ud83d\\ude00\"", "Expected an object, but received: \"{\\\"a\\\":\\\"\\\\u00e9\\\\ud83d\\\\ude00\\\"\"")]
    [InlineData("{\"collection\":\"c\",}", "Expected an object, but received: \"{\\\"collection\\\":\\\"c\\\",}\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":101}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":-1}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":100}}}}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":\"150\"}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":\" 1e3 \"}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":\"0x100\"}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":\"abc\"}}}}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":[200]}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":true}}}}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"a\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":5}},\"b\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":500}}}}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"a\":null,\"b\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":500}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"a\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":0}},\"b\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":500}}}}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":[{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":500}}]}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":[500]}}}", null)]
    [InlineData("{\"collection\":1,\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":1000}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":\"royalty\"}", null)]
    public void Mint_payload_messages(string payload, string? expected)
    {
        RemarkStructs.ValidateNft(TestJson.Parse(payload)).ShouldBe(expected);
    }

    // CREATE payloads: the JSON text of the field (not JSON → the reference asserts the raw string) and the
    // message validate-remark.js throws for it, or null.
    // Expected values captured from Node 20.20 + rmrk-tools 2.1.13 (superstruct 0.14.2, @polkadot/util 12.6.2).
    [Theory]
    [InlineData("{\"max\":0,\"issuer\":\"i\",\"symbol\":\"S\",\"id\":\"x-S\",\"metadata\":\"ipfs://m\"}", null)]
    [InlineData("{\"max\":0,\"issuer\":\"i\",\"symbol\":\"S\",\"id\":\"x-S\"}", "NFT Collection is missing metadata")]
    [InlineData("{\"max\":0,\"issuer\":\"i\",\"symbol\":\"S\",\"id\":\"x-S\",\"metadata\":\"\"}", "NFT Collection is missing metadata")]
    [InlineData("{\"max\":0,\"issuer\":\"i\",\"symbol\":\"S\",\"id\":\"x-S\",\"metadata\":\"m\"}", "At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"m\"")]
    [InlineData("{\"max\":0,\"issuer\":\"i\",\"symbol\":\"S\",\"id\":\"x-S\",\"metadata\":7}", "At path: metadata -- Expected a string, but received: 7")]
    [InlineData("{\"max\":\"0\",\"issuer\":\"i\",\"symbol\":\"S\",\"id\":\"x-S\",\"metadata\":\"ipfs://m\"}", "At path: max -- Expected a number, but received: \"0\"")]
    [InlineData("{\"issuer\":\"i\",\"symbol\":\"S\",\"id\":\"x-S\",\"metadata\":\"ipfs://m\"}", "At path: max -- Expected a number, but received: undefined")]
    [InlineData("{\"max\":0,\"symbol\":\"S\",\"id\":\"x-S\",\"metadata\":\"ipfs://m\"}", "At path: issuer -- Expected a string, but received: undefined")]
    [InlineData("{\"max\":0,\"issuer\":\"i\",\"symbol\":\"S\",\"id\":5,\"metadata\":\"ipfs://m\"}", "At path: id -- Expected a string, but received: 5")]
    [InlineData("\"just text\"", "NFT Collection is missing metadata")]
    [InlineData("abc", "NFT Collection is missing metadata")]
    [InlineData("[1]", "NFT Collection is missing metadata")]
    [InlineData("{\"metadata\":\"ipfs://m\"}", "At path: max -- Expected a number, but received: undefined")]
    [InlineData("[\"ipfs://m\"]", "NFT Collection is missing metadata")]
    public void Create_payload_messages(string payload, string? expected)
    {
        RemarkStructs.ValidateCollection(TestJson.Parse(payload)).ShouldBe(expected);
    }

    // BASE payloads: the JSON text of the field (not JSON → the reference asserts the raw string) and the
    // message validate-remark.js throws for it, or null.
    // Expected values captured from Node 20.20 + rmrk-tools 2.1.13 (superstruct 0.14.2, @polkadot/util 12.6.2).
    [Theory]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[]}", null)]
    [InlineData("{\"symbol\":\"B\",\"type\":\"svg\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\",\"type\":\"slot\",\"equippable\":[\"c1\",\"c2\"],\"z\":1,\"src\":\"ipfs://x\",\"unequip\":\"burn\"},{\"id\":\"f\",\"type\":\"fixed\",\"equippable\":\"*\"}]}", null)]
    [InlineData("{\"symbol\":\"B\",\"parts\":[]}", "At path: issuer -- Expected a string, but received: undefined")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"type\":5,\"parts\":[]}", "At path: type -- Expected a string, but received: 5")]
    [InlineData("{\"issuer\":\"i\",\"parts\":[]}", "At path: symbol -- Expected a string, but received: undefined")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\"}", "At path: parts -- Expected an array value, but received: undefined")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":{}}", "At path: parts -- Expected an array value, but received: [object Object]")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":\"abc\"}", "At path: parts -- Expected an array value, but received: \"abc\"")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[null]}", "At path: parts.0 -- Expected an object, but received: null")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\",\"type\":\"slot\"},\"x\"]}", "At path: parts.1 -- Expected an object, but received: \"x\"")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\"}]}", "At path: parts.0.type -- Expected one of `\"slot\",\"fixed\"`, but received: undefined")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"type\":\"slotty\"}]}", "At path: parts.0.type -- Expected one of `\"slot\",\"fixed\"`, but received: \"slotty\"")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"type\":\"slot\"}]}", "At path: parts.0.id -- Expected a string, but received: undefined")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\",\"type\":\"slot\",\"unequip\":\"keep\"}]}", "At path: parts.0.unequip -- Expected one of `\"unequip\",\"burn\"`, but received: \"keep\"")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\",\"type\":\"slot\",\"unequip\":null}]}", "At path: parts.0.unequip -- Expected one of `\"unequip\",\"burn\"`, but received: null")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\",\"type\":\"slot\",\"z\":\"1\"}]}", "At path: parts.0.z -- Expected a number, but received: \"1\"")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\",\"type\":\"slot\",\"src\":\"x\"}]}", "At path: parts.0.src -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"x\"")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\",\"type\":\"slot\",\"equippable\":5}]}", "At path: parts.0.equippable -- Expected the value to satisfy a union of `string | array`, but received: 5")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\",\"type\":\"slot\",\"equippable\":[\"a\",5]}]}", "At path: parts.0.equippable -- Expected the value to satisfy a union of `string | array`, but received: a,5")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\",\"type\":\"slot\",\"equippable\":null}]}", "At path: parts.0.equippable -- Expected the value to satisfy a union of `string | array`, but received: null")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\",\"type\":\"slot\",\"equippable\":{}}]}", "At path: parts.0.equippable -- Expected the value to satisfy a union of `string | array`, but received: [object Object]")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\",\"type\":\"slot\"},{\"id\":\"q\",\"type\":\"fixed\",\"z\":false,\"id2\":1}]}", "At path: parts.1.z -- Expected a number, but received: false")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":5,\"type\":\"fixed\",\"z\":\"x\"}]}", "At path: parts.0.z -- Expected a number, but received: \"x\"")]
    [InlineData("{\"symbol\":\"B\",\"issuer\":\"i\",\"parts\":[{\"id\":\"p\",\"type\":\"slot\",\"metadata\":5}]}", null)]
    [InlineData("nope", "Expected an object, but received: \"nope\"")]
    public void Base_payload_messages(string payload, string? expected)
    {
        RemarkStructs.ValidateBase(TestJson.Parse(payload)).ShouldBe(expected);
    }

    // RESADD payloads: the JSON text of the field (not JSON → the reference asserts the raw string) and the
    // message validate-remark.js throws for it, or null.
    // Expected values captured from Node 20.20 + rmrk-tools 2.1.13 (superstruct 0.14.2, @polkadot/util 12.6.2).
    [Theory]
    [InlineData("{\"id\":\"r\",\"src\":\"ipfs://s\",\"thumb\":\"https://t\",\"metadata\":\"http://m\",\"base\":\"base-1-B\",\"slot\":\"base-1-B.slot\",\"parts\":[\"a\"]}", null)]
    [InlineData("{}", null)]
    [InlineData("[]", null)]
    [InlineData("[1,2]", null)]
    [InlineData("{\"base\":\"bas-1\"}", "At path: base -- Expected a string matching `/^base-/` but received \"bas-1\"")]
    [InlineData("{\"base\":5}", "At path: base -- Expected a string, but received: 5")]
    [InlineData("{\"base\":null}", "At path: base -- Expected a string, but received: null")]
    [InlineData("{\"src\":\"x\"}", "At path: src -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"x\"")]
    [InlineData("{\"thumb\":\"x\"}", "At path: thumb -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"x\"")]
    [InlineData("{\"metadata\":\"x\"}", "At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"x\"")]
    [InlineData("{\"slot\":\"base-1-B\"}", "At path: slot -- Expected a string matching `/^base-\\S+\\.{1}(.+)$/` but received \"base-1-B\"")]
    [InlineData("{\"slot\":\"base-.x\"}", "At path: slot -- Expected a string matching `/^base-\\S+\\.{1}(.+)$/` but received \"base-.x\"")]
    [InlineData("{\"slot\":\"base-..x\"}", null)]
    [InlineData("{\"slot\":\"base-a b.c\"}", "At path: slot -- Expected a string matching `/^base-\\S+\\.{1}(.+)$/` but received \"base-a b.c\"")]
    [InlineData("{\"slot\":\"base-ab.c d\"}", null)]
    [InlineData("{\"slot\":\"base-ab.c\\nd\"}", "At path: slot -- Expected a string matching `/^base-\\S+\\.{1}(.+)$/` but received \"base-ab.c\u000ad\"")]
    [InlineData("{\"slot\":\"base-ab.\"}", "At path: slot -- Expected a string matching `/^base-\\S+\\.{1}(.+)$/` but received \"base-ab.\"")]
    [InlineData("{\"slot\":\"base-a.b.c\"}", null)]
    [InlineData("{\"src\":\"x\",\"base\":\"y\"}", "At path: base -- Expected a string matching `/^base-/` but received \"y\"")]
    [InlineData("text", "Expected an object, but received: \"text\"")]
    [InlineData("5", "Expected an object, but received: 5")]
    public void Resadd_payload_messages(string payload, string? expected)
    {
        RemarkStructs.ValidateResource(TestJson.Parse(payload)).ShouldBe(expected);
    }

    // Whole remarks through validateRemarkBase + the op's struct (validate-remark.js), message or null.
    // Expected values captured from Node 20.20 + rmrk-tools 2.1.13 (superstruct 0.14.2, @polkadot/util 12.6.2).
    [Theory]
    // LIST
    [InlineData("LIST", "RMRK::LIST::2.0.0::5-c-s-1::1000", null)]
    [InlineData("LIST", "RMRK::LIST::2.0.0::5-c-s-1", "At path: price -- Expected a value of type `BigInt`, but received: `undefined`")]
    [InlineData("LIST", "RMRK::LIST::2.0.0", "At path: id -- Expected a string, but received: undefined")]
    [InlineData("LIST", "RMRK::LIST::2.0.0::5-c-s-1::", "At path: price -- Expected a value of type `BigInt`, but received: `\"\"`")]
    [InlineData("LIST", "RMRK::LIST::2.0.0::5-c-s-1::lots", "At path: price -- Expected a value of type `BigInt`, but received: `\"lots\"`")]
    [InlineData("LIST", "RMRK::LIST::2.0.0::5-c-s-1::\"q\"", "At path: price -- Expected a value of type `BigInt`, but received: `\"\\\"q\\\"\"`")]
    [InlineData("LIST", "RMRK::LIST::2.0.0::5-c-s-1::1.5", null)]
    [InlineData("LIST", "RMRK::LIST::2.0.0::5-c-s-1::-5", null)]
    [InlineData("LIST", "RMRK::LIST::2.0.0::5-c-s-1::0x10", null)]
    [InlineData("LIST", "RMRK::LIST::2.0.0::5-c-s-1:: ", "At path: price -- Expected a value of type `BigInt`, but received: `\" \"`")]
    [InlineData("LIST", "RMRK::LIST::2.0.0::5-c-s-1::0x", "At path: price -- Expected a value of type `BigInt`, but received: `\"0x\"`")]
    [InlineData("LIST", "RMRK::LIST::2.0.0::5-c-s-1::99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", "At path: price -- Expected a value of type `BigInt`, but received: `\"99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999\"`")]
    // ACCEPT
    [InlineData("ACCEPT", "RMRK::ACCEPT::2.0.0::5-c-s-1::NFT::6-c-s-2", null)]
    [InlineData("ACCEPT", "RMRK::ACCEPT::2.0.0::5-c-s-1::RES::r", null)]
    [InlineData("ACCEPT", "RMRK::ACCEPT::2.0.0::5-c-s-1::nft::x", "At path: entity -- Expected one of `\"NFT\",\"RES\"`, but received: \"nft\"")]
    [InlineData("ACCEPT", "RMRK::ACCEPT::2.0.0::5-c-s-1::NFT", "At path: id -- Expected a string, but received: undefined")]
    [InlineData("ACCEPT", "RMRK::ACCEPT::2.0.0::5-c-s-1", "At path: id -- Expected a string, but received: undefined")]
    [InlineData("ACCEPT", "RMRK::ACCEPT::2.0.0", "At path: id -- Expected a string, but received: undefined")]
    [InlineData("ACCEPT", "RMRK::ACCEPT::2.0.0::5-c-s-1::RESOURCE::r", "At path: entity -- Expected one of `\"NFT\",\"RES\"`, but received: \"RESOURCE\"")]
    // EQUIP
    [InlineData("EQUIP", "RMRK::EQUIP::2.0.0::5-c-s-1::base-1-B.slot", null)]
    [InlineData("EQUIP", "RMRK::EQUIP::2.0.0::5-c-s-1::", null)]
    [InlineData("EQUIP", "RMRK::EQUIP::2.0.0::5-c-s-1", null)]
    [InlineData("EQUIP", "RMRK::EQUIP::2.0.0::5-c-s-1::base-1-B", "At path: baseslot -- Expected the value to satisfy a union of `string | string`, but received: \"base-1-B\"")]
    [InlineData("EQUIP", "RMRK::EQUIP::2.0.0::5-c-s-1::x.y", "At path: baseslot -- Expected the value to satisfy a union of `string | string`, but received: \"x.y\"")]
    [InlineData("EQUIP", "RMRK::EQUIP::2.0.0", "At path: id -- Expected a string, but received: undefined")]
    [InlineData("EQUIP", "RMRK::EQUIP::2.0.0::5-c-s-1:: ", "At path: baseslot -- Expected the value to satisfy a union of `string | string`, but received: \" \"")]
    // SEND
    [InlineData("SEND", "RMRK::SEND::2.0.0::5-c-s-1::HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F", null)]
    [InlineData("SEND", "RMRK::SEND::2.0.0::5-c-s-1::a b", "Invalid remark - No whitespaces are allowed in recipient")]
    [InlineData("SEND", "RMRK::SEND::2.0.0::5-c-s-1::a\u00a0b", "Invalid remark - No whitespaces are allowed in recipient")]
    [InlineData("SEND", "RMRK::SEND::2.0.0::5-c-s-1::a\u200bb", null)]
    [InlineData("SEND", "RMRK::SEND::2.0.0::5-c-s-1::6-c d-s-2", null)]
    [InlineData("SEND", "RMRK::SEND::2.0.0::5-c-s-1::", null)]
    [InlineData("SEND", "RMRK::SEND::2.0.0::5-c-s-1", "At path: recipient -- Expected a string, but received: undefined")]
    [InlineData("SEND", "RMRK::SEND::2.0.0", "At path: id -- Expected a string, but received: undefined")]
    // EMOTE
    [InlineData("EMOTE", "RMRK::EMOTE::2.0.0::RMRK2::5-c-s-1::1F600", null)]
    [InlineData("EMOTE", "RMRK::EMOTE::2.0.0::rmrk2::5-c-s-1::1F600", "At path: namespace -- Expected one of `\"RMRK1\",\"RMRK2\",\"PUBKEY\"`, but received: \"rmrk2\"")]
    [InlineData("EMOTE", "RMRK::EMOTE::2.0.0::RMRK2::5-c-s-1", "At path: unicode -- Expected a string, but received: undefined")]
    [InlineData("EMOTE", "RMRK::EMOTE::2.0.0::RMRK2", "At path: id -- Expected a string, but received: undefined")]
    [InlineData("EMOTE", "RMRK::EMOTE::2.0.0::PUBKEY::x::1F600", null)]
    [InlineData("EMOTE", "RMRK::EMOTE::2.0.0::RMRK3::x::1F600", "At path: namespace -- Expected one of `\"RMRK1\",\"RMRK2\",\"PUBKEY\"`, but received: \"RMRK3\"")]
    // CHANGEISSUER
    [InlineData("CHANGEISSUER", "RMRK::CHANGEISSUER::2.0.0::c-S::HNZ", null)]
    [InlineData("CHANGEISSUER", "RMRK::CHANGEISSUER::2.0.0::c-S", "At path: issuer -- Expected a string, but received: undefined")]
    [InlineData("CHANGEISSUER", "RMRK::CHANGEISSUER::2.0.0", "At path: id -- Expected a string, but received: undefined")]
    // EQUIPPABLE
    [InlineData("EQUIPPABLE", "RMRK::EQUIPPABLE::2.0.0::base-1-B::slot::*", null)]
    [InlineData("EQUIPPABLE", "RMRK::EQUIPPABLE::2.0.0::base-1-B::slot::+c1,c2", null)]
    [InlineData("EQUIPPABLE", "RMRK::EQUIPPABLE::2.0.0::base-1-B::slot::-c1", null)]
    [InlineData("EQUIPPABLE", "RMRK::EQUIPPABLE::2.0.0::base-1-B::slot::a b", "At path: classes -- Expected a string matching `/^([-+])?(\\S+)$/` but received \"a b\"")]
    [InlineData("EQUIPPABLE", "RMRK::EQUIPPABLE::2.0.0::base-1-B::slot::", "At path: classes -- Expected a string matching `/^([-+])?(\\S+)$/` but received \"\"")]
    [InlineData("EQUIPPABLE", "RMRK::EQUIPPABLE::2.0.0::base-1-B::slot::+", null)]
    [InlineData("EQUIPPABLE", "RMRK::EQUIPPABLE::2.0.0::base-1-B::slot", "At path: classes -- Expected a string, but received: undefined")]
    [InlineData("EQUIPPABLE", "RMRK::EQUIPPABLE::2.0.0::base-1-B", "At path: slot -- Expected a string, but received: undefined")]
    [InlineData("EQUIPPABLE", "RMRK::EQUIPPABLE::2.0.0::base-1-B::slot::+ c", "At path: classes -- Expected a string matching `/^([-+])?(\\S+)$/` but received \"+ c\"")]
    // THEMEADD
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0::base-1-B::good::%7B%22a%22%3A%22x%22%2C%22b%22%3Atrue%7D", null)]
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0::base-1-B::t::%7B%22a%22%3A1%7D", "At path: theme.a -- Expected the value to satisfy a union of `string | boolean`, but received: 1")]
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0::base-1-B::t::%7B%22a%22%3A%22x%22%2C%22b%22%3Anull%7D", "At path: theme.b -- Expected the value to satisfy a union of `string | boolean`, but received: null")]
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0::base-1-B::t::%5Btrue%2C%22x%22%2C2%5D", "At path: theme.2 -- Expected the value to satisfy a union of `string | boolean`, but received: 2")]
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0::base-1-B::t::%5B%5D", null)]
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0::base-1-B::t::null", "At path: theme -- Expected an object, but received: null")]
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0::base-1-B::t::%22s%22", "At path: theme -- Expected an object, but received: \"s\"")]
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0::base-1-B::t::nojson", "At path: theme -- Expected an object, but received: \"nojson\"")]
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0::base-1-B::t", "At path: theme -- Expected an object, but received: \"undefined\"")]
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0::base-1-B", "At path: themeId -- Expected a string, but received: undefined")]
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0", "At path: baseId -- Expected a string, but received: undefined")]
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0::base-1-B::t::%7B%22a%22%3A%7B%22b%22%3A1%7D%7D", "At path: theme.a -- Expected the value to satisfy a union of `string | boolean`, but received: [object Object]")]
    [InlineData("THEMEADD", "RMRK::THEMEADD::2.0.0::base-1-B::t::%7B%22a%22%3A%5B%22x%22%5D%7D", "At path: theme.a -- Expected the value to satisfy a union of `string | boolean`, but received: x")]
    // BUY
    [InlineData("BUY", "RMRK::BUY::2.0.0::5-c-s-1", null)]
    [InlineData("BUY", "RMRK::BUY::2.0.0::5-c-s-1::HNZ", null)]
    [InlineData("BUY", "RMRK::BUY::2.0.0", "At path: id -- Expected a string, but received: undefined")]
    // BURN
    [InlineData("BURN", "RMRK::BURN::2.0.0::5-c-s-1", null)]
    [InlineData("BURN", "RMRK::BURN::2.0.0", "At path: id -- Expected a string, but received: undefined")]
    // DESTROY
    [InlineData("DESTROY", "RMRK::DESTROY::2.0.0::c-S", null)]
    [InlineData("DESTROY", "RMRK::DESTROY::2.0.0", "At path: id -- Expected a string, but received: undefined")]
    // LOCK
    [InlineData("LOCK", "RMRK::LOCK::2.0.0::c-S", null)]
    [InlineData("LOCK", "RMRK::LOCK::2.0.0", "At path: id -- Expected a string, but received: undefined")]
    public void Split_field_remark_messages(string op, string remark, string? expected)
    {
        string?[] f = remark.Split("::");
        string? Field(int i) => i < f.Length ? f[i] : null;
        string? actual = RemarkBase.Validate(remark, op) ?? op switch
        {
            "LIST" => RemarkStructs.ValidateList(Field(3), Field(4)),
            "ACCEPT" => RemarkStructs.ValidateAccept(Field(3), Field(4), Field(5)),
            "EQUIP" => RemarkStructs.ValidateEquip(Field(3), Field(4)),
            "SEND" => RemarkStructs.ValidateSend(Field(3), Field(4)),
            "EMOTE" => RemarkStructs.ValidateEmote(Field(3), Field(4), Field(5)),
            "CHANGEISSUER" => RemarkStructs.ValidateChangeIssuer(Field(3), Field(4)),
            "EQUIPPABLE" => RemarkStructs.ValidateEquippable(Field(3), Field(4), Field(5)),
            "THEMEADD" => RemarkStructs.ValidateThemeAdd(Field(3), Field(4), RemarkData(Field(5))),
            "BUY" => RemarkStructs.ValidateBuy(Field(3)),
            "BURN" => RemarkStructs.ValidateBurn(Field(3)),
            "DESTROY" => RemarkStructs.ValidateDestroy(Field(3)),
            "LOCK" => RemarkStructs.ValidateLock(Field(3)),
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
        actual.ShouldBe(expected);
    }

    // List.fromRemark("RMRK::LIST::2.0.0::5-c-s-1[::price]"): the stored price or the error message.
    // Expected values captured from Node 20.20 + rmrk-tools 2.1.13 (superstruct 0.14.2, @polkadot/util 12.6.2).
    [Theory]
    [InlineData(null, null, "At path: price -- Expected a value of type `BigInt`, but received: `undefined`")]
    [InlineData("1000", "1000", null)]
    [InlineData("0", "0", null)]
    [InlineData("1.5", null, "Cannot convert 1.5 to a BigInt")]
    [InlineData("1e3", null, "Cannot convert 1e3 to a BigInt")]
    [InlineData("", null, "At path: price -- Expected a value of type `BigInt`, but received: `\"\"`")]
    [InlineData(" ", null, "At path: price -- Expected a value of type `BigInt`, but received: `\" \"`")]
    [InlineData("lots", null, "At path: price -- Expected a value of type `BigInt`, but received: `\"lots\"`")]
    [InlineData("-5", "-5", null)]
    [InlineData("0x10", "16", null)]
    [InlineData(" 12 ", "12", null)]
    [InlineData("0x", null, "At path: price -- Expected a value of type `BigInt`, but received: `\"0x\"`")]
    [InlineData("-0x10", null, "Cannot convert -0x10 to a BigInt")]
    [InlineData("+0x10", null, "Cannot convert +0x10 to a BigInt")]
    [InlineData("0b101", "5", null)]
    [InlineData("0o17", "15", null)]
    [InlineData("1_000", null, "Cannot convert 1_000 to a BigInt")]
    [InlineData("12abc", null, "Cannot convert 12abc to a BigInt")]
    [InlineData("\u00a07\ufeff", "7", null)]
    [InlineData("123456789012345678901234567890123456789", "123456789012345678901234567890123456789", null)]
    [InlineData("9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", null, "At path: price -- Expected a value of type `BigInt`, but received: `\"9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999\"`")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", null, "At path: price -- Expected a value of type `BigInt`, but received: `\"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\"`")]
    public void List_price_parses_like_List_fromRemark(string? price, string? expectedPrice, string? expectedMessage)
    {
        string? message = RemarkStructs.ParseList("5-c-s-1", price, out BigInteger value);
        message.ShouldBe(expectedMessage);
        if (expectedPrice is not null)
        {
            value.ToString(CultureInfo.InvariantCulture).ShouldBe(expectedPrice);
        }
    }

    [Fact]
    public void Royalty_check_of_a_single_property_value()
    {
        // validateRoyaltiesPropertyValue({[key]: value}) as SETPROPERTY calls it (captured from Node 20).
        RemarkStructs.ValidateRoyaltyProperty(TestJson.Parse("""{"type":"royalty","value":{"royaltyPercentFloat":500}}"""))
            .ShouldBe("Royalty percentage value have to be between 0 and 100");
        RemarkStructs.ValidateRoyaltyProperty(TestJson.Parse("""{"receiver":"x","royaltyPercentFloat":500}""")).ShouldBeNull();
        RemarkStructs.ValidateRoyaltyProperty(null).ShouldBeNull();
    }

    [Fact]
    public void Collection_payload_null_fails_with_the_TypeError_text()
    {
        RemarkStructs.ValidateCollection(JsNull.Instance).ShouldBe("Cannot read properties of null (reading 'metadata')");
    }

    [Fact]
    public void Messages_are_not_run_through_FluentValidation_placeholders()
    {
        var payload = TestJson.Parse("""{"collection":"c","symbol":"s","transferable":1,"sn":"1","metadata":"{PropertyName} {PropertyValue}"}""");
        RemarkStructs.ValidateNft(payload)
            .ShouldBe("At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"{PropertyName} {PropertyValue}\"");
    }

    [Theory]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"00000001\",\"metadata\":\"ipfs://ipfs/x\"}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"00000001\"}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"https://x\"}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"http://\"}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"ftp://x\"}", "At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"ftp://x\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"HTTP://x\"}", "At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"HTTP://x\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"ipfs://a\\nb\"}", "At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"ipfs://a\u000ab\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"ipfs://a\\u2028b\"}", "At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"ipfs://a\u2028b\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"ipfs://a b\\tc\"}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":null}", "At path: metadata -- Expected a string, but received: null")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"\"}", "At path: metadata -- Expected a string matching `/^(https?|ipfs):\\/\\/.*$/` but received \"\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"metadata\":5}", "At path: metadata -- Expected a string, but received: 5")]
    [InlineData("{\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\"}", "At path: collection -- Expected a string, but received: undefined")]
    [InlineData("{\"collection\":1,\"symbol\":2,\"transferable\":\"x\",\"sn\":3}", "At path: collection -- Expected a string, but received: 1")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":\"1\",\"sn\":\"1\"}", "At path: transferable -- Expected a number, but received: \"1\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":true,\"sn\":\"1\"}", "At path: transferable -- Expected a number, but received: true")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1.5e300,\"sn\":\"1\"}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":null,\"transferable\":1,\"sn\":\"1\"}", "At path: symbol -- Expected a string, but received: null")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":[\"a\",1,null,{\"x\":1},[2,[3]]]}", "At path: sn -- Expected a string, but received: a,1,,[object Object],2,3")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":{}}", "At path: sn -- Expected a string, but received: [object Object]")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":[],\"sn\":\"1\"}", "At path: transferable -- Expected a number, but received: ")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"sn\":\"1\"}", "At path: transferable -- Expected a number, but received: undefined")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"extra\":[1]}", null)]
    [InlineData("[]", "At path: collection -- Expected a string, but received: undefined")]
    [InlineData("[1,2]", "At path: collection -- Expected a string, but received: undefined")]
    [InlineData("null", "Expected an object, but received: null")]
    [InlineData("5", "Expected an object, but received: 5")]
    [InlineData("-0", "Expected an object, but received: 0")]
    [InlineData("1e21", "Expected an object, but received: 1e+21")]
    [InlineData("true", "Expected an object, but received: true")]
    [InlineData("\"str\"", "Expected an object, but received: \"str\"")]
    [InlineData("not json", "Expected an object, but received: \"not json\"")]
    [InlineData("", "Expected an object, but received: \"\"")]
    [InlineData("{\"a\":\"\\u00e9\\ud83d\\ude00\"", "Expected an object, but received: \"{\\\"a\\\":\\\"\\\\u00e9\\\\ud83d\\\\ude00\\\"\"")]
    [InlineData("{\"collection\":\"c\",}", "Expected an object, but received: \"{\\\"collection\\\":\\\"c\\\",}\"")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":101}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":-1}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":100}}}}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":\"150\"}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":\" 1e3 \"}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":\"0x100\"}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":\"abc\"}}}}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":[200]}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"receiver\":\"x\",\"royaltyPercentFloat\":true}}}}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"a\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":5}},\"b\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":500}}}}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"a\":null,\"b\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":500}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"a\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":0}},\"b\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":500}}}}", null)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":[{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":500}}]}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":[500]}}}", null)]
    [InlineData("{\"collection\":1,\"properties\":{\"r\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":1000}}}}", "Royalty percentage value have to be between 0 and 100")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"s\",\"transferable\":1,\"sn\":\"1\",\"properties\":\"royalty\"}", null)]
    public void Pre_check_and_validator_agree_on_validity(string payload, string? expected)
    {
        JsValue value = TestJson.Parse(payload);
        bool royaltyFailure = expected is not null && !expected.StartsWith("At path", StringComparison.Ordinal)
            && !expected.StartsWith("Expected", StringComparison.Ordinal);
        if (!royaltyFailure)
        {
            RemarkStructs.IsValidNft(value).ShouldBe(expected is null);
            RemarkStructs.ValidateNftWithValidator(value).ShouldBe(expected);
        }
    }

    /// <summary>getRemarkData: JSON.parse(decodeURIComponent(field)), or the decoded text; undefined → "undefined".</summary>
    private static JsValue RemarkData(string? field)
    {
        JsUri.TryDecodeUriComponent(field ?? "undefined", out string text).ShouldBeTrue();
        return TestJson.Parse(text);
    }
}
