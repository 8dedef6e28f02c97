using System.Numerics;
using Rmrk.Core.Rmrk1.Interactions;

namespace Rmrk.Core.Tests.Rmrk1;

public class Rmrk1ParsingTests
{
    [Theory]
    [InlineData("200", "200")]
    [InlineData(" 200 ", "200")]
    [InlineData("0x10", "16")]
    [InlineData("007", "7")]
    [InlineData("-5", "-5")]
    [InlineData("1234567890123456789012345", "1234567890123456789012345")]
    public void List_price_follows_js_BigInt(string price, string expected)
    {
        List.TryParse($"RMRK::LIST::1.0.0::id::{price}", out List list, out _).ShouldBeTrue();

        list.Price.ShouldBe(BigInteger.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("RMRK::LIST::1.0.0::id::abc", "At path: price -- Expected a value of type `BigInt`, but received: `\"abc\"`")]
    [InlineData("RMRK::LIST::1.0.0::id", "At path: price -- Expected a value of type `BigInt`, but received: `undefined`")]
    [InlineData("RMRK::LIST::1.0.0::id::12abc", "Cannot convert 12abc to a BigInt")]
    [InlineData("RMRK::LIST::1.0.0::id::1e3", "Cannot convert 1e3 to a BigInt")]
    [InlineData("RMRK::LIST::1.0::id::1", "This remark was issued under version 1.0 instead of 1.0.0")]
    [InlineData("RMRK::SEND::1.0.0::id::1", "The op code needs to be LIST, but it is SEND")]
    [InlineData("XMRK::LIST::1.0.0::id::1", "Invalid remark - does not start with RMRK")]
    public void List_refusals_carry_the_reference_text(string text, string message)
    {
        List.TryParse(text, out _, out string error).ShouldBeFalse();

        error.ShouldBe(message);
    }

    [Fact]
    public void Send_checks_whitespace_before_the_missing_field()
    {
        Send.TryParse("RMRK::SEND::1.0.0::id::a\u00A0b", out _, out string whitespace).ShouldBeFalse();
        Send.TryParse("RMRK::SEND::1.0.0::id", out _, out string missing).ShouldBeFalse();

        whitespace.ShouldBe("Invalid remark - No whitespaces are allowed in recipient");
        missing.ShouldBe("At path: recipient -- Expected a string, but received: undefined");
    }

    [Fact]
    public void Fields_after_the_ones_an_op_reads_are_ignored()
    {
        Send.TryParse("rmrk::SEND::1.0.0::id::to::junk", out Send send, out _).ShouldBeTrue();

        send.ShouldBe(new Send("id", "to"));
    }

    [Fact]
    public void Emote_accepts_an_empty_unicode()
    {
        Emote.TryParse("RMRK::EMOTE::1.0.0::id::", out Emote emote, out _).ShouldBeTrue();

        emote.Unicode.ShouldBe(string.Empty);
    }
}
