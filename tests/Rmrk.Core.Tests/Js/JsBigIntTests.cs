using System.Globalization;
using System.Numerics;
using Rmrk.Core.Js;

namespace Rmrk.Core.Tests.Js;

public class JsBigIntTests
{
    // String(parseInt(input)), "-0" for negative zero.
    // Expected values captured from Node 20.20 + rmrk-tools 2.1.13 (superstruct 0.14.2, @polkadot/util 12.6.2).
    [Theory]
    [InlineData("", "NaN")]
    [InlineData(" ", "NaN")]
    [InlineData("lots", "NaN")]
    [InlineData("1.5", "1")]
    [InlineData("1e3", "1")]
    [InlineData("-5", "-5")]
    [InlineData("+5", "5")]
    [InlineData("0x10", "16")]
    [InlineData("-0x10", "-16")]
    [InlineData("+0x1F", "31")]
    [InlineData("0X1f", "31")]
    [InlineData("0x", "NaN")]
    [InlineData("0xg", "NaN")]
    [InlineData(" \u0009\u000a\u00a0\ufeff\u2028 42abc", "42")]
    [InlineData("\u200b5", "NaN")]
    [InlineData("-", "NaN")]
    [InlineData("+", "NaN")]
    [InlineData("- 5", "NaN")]
    [InlineData("08", "8")]
    [InlineData("0b101", "0")]
    [InlineData("9007199254740993", "9007199254740992")]
    [InlineData("123456789012345678901234567890", "1.2345678901234568e+29")]
    [InlineData("999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", "Infinity")]
    [InlineData("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1e+308")]
    [InlineData("1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Infinity")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "Infinity")]
    [InlineData("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "1.1235582092889474e+307")]
    [InlineData("0x1fffffffffffff1", "144115188075855860")]
    [InlineData("0x20000000000001", "9007199254740992")]
    [InlineData("0x20000000000003", "9007199254740996")]
    [InlineData("0x1234567890abcdef1234", "8.596805827263855e+22")]
    [InlineData("-0", "-0")]
    [InlineData("-0x0", "-0")]
    [InlineData("Infinity", "NaN")]
    [InlineData("1_000", "1")]
    [InlineData("\uff11\uff12", "NaN")]
    public void ParseInt_matches_JavaScript(string input, string expected)
    {
        double value = JsBigInt.ParseInt(input);
        string actual = value == 0 && double.IsNegative(value) ? "-0" : JsNumberFormat.Format(value);
        actual.ShouldBe(expected);
    }

    // BigInt(input).toString(), or "!" + the SyntaxError message.
    // Expected values captured from Node 20.20 + rmrk-tools 2.1.13 (superstruct 0.14.2, @polkadot/util 12.6.2).
    [Theory]
    [InlineData("", "0")]
    [InlineData(" ", "0")]
    [InlineData("\u0009\u000a\u00a0\ufeff\u2028", "0")]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("+0", "0")]
    [InlineData("12", "12")]
    [InlineData(" 12 ", "12")]
    [InlineData("-5", "-5")]
    [InlineData("+5", "5")]
    [InlineData("007", "7")]
    [InlineData("0x10", "16")]
    [InlineData("0X1f", "31")]
    [InlineData("0o17", "15")]
    [InlineData("0O17", "15")]
    [InlineData("0b101", "5")]
    [InlineData("0B11", "3")]
    [InlineData("-0x10", "!Cannot convert -0x10 to a BigInt")]
    [InlineData("+0x10", "!Cannot convert +0x10 to a BigInt")]
    [InlineData("0x", "!Cannot convert 0x to a BigInt")]
    [InlineData("0o", "!Cannot convert 0o to a BigInt")]
    [InlineData("0b", "!Cannot convert 0b to a BigInt")]
    [InlineData("0b2", "!Cannot convert 0b2 to a BigInt")]
    [InlineData("0o8", "!Cannot convert 0o8 to a BigInt")]
    [InlineData("0xg", "!Cannot convert 0xg to a BigInt")]
    [InlineData("1.5", "!Cannot convert 1.5 to a BigInt")]
    [InlineData("1e3", "!Cannot convert 1e3 to a BigInt")]
    [InlineData("1n", "!Cannot convert 1n to a BigInt")]
    [InlineData("lots", "!Cannot convert lots to a BigInt")]
    [InlineData("1_000", "!Cannot convert 1_000 to a BigInt")]
    [InlineData("12 34", "!Cannot convert 12 34 to a BigInt")]
    [InlineData("--5", "!Cannot convert --5 to a BigInt")]
    [InlineData("-", "!Cannot convert - to a BigInt")]
    [InlineData("+", "!Cannot convert + to a BigInt")]
    [InlineData("\u200b5", "!Cannot convert \u200b5 to a BigInt")]
    [InlineData("123456789012345678901234567890123456789", "123456789012345678901234567890123456789")]
    [InlineData("-123456789012345678901234567890123456789", "-123456789012345678901234567890123456789")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffff", "1461501637330902918203684832716283019655932542975")]
    [InlineData("\uff11\uff12", "!Cannot convert \uff11\uff12 to a BigInt")]
    [InlineData("Infinity", "!Cannot convert Infinity to a BigInt")]
    public void BigInt_of_a_string_matches_JavaScript(string input, string expected)
    {
        if (JsBigInt.TryParse(input, out BigInteger value))
        {
            value.ToString(CultureInfo.InvariantCulture).ShouldBe(expected);
        }
        else
        {
            ("!" + JsBigInt.CannotConvertMessage(input)).ShouldBe(expected);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("700000000000")]
    [InlineData("-1")]
    [InlineData("2147483648")]
    [InlineData("9223372036854775807")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("123456789012345678901234567890")]
    public void Amounts_print_as_decimal_digits_on_either_side_of_the_long_range(string digits) =>
        JsBigInt.ToText(BigInteger.Parse(digits, CultureInfo.InvariantCulture)).ShouldBe(digits);
}
