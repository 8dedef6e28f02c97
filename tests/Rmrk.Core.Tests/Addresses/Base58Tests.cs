using Rmrk.Core.Addresses;

namespace Rmrk.Core.Tests.Addresses;

public class Base58Tests
{
    // Captured from @polkadot/util-crypto base58Encode/base58Decode on node 20.
    [Theory]
    [InlineData("", "")]
    [InlineData("00", "1")]
    [InlineData("0000", "11")]
    [InlineData("0001", "12")]
    [InlineData("01", "2")]
    [InlineData("ff", "5Q")]
    [InlineData("000000ff", "1115Q")]
    [InlineData("39", "z")]
    [InlineData("0d23", "zz")]
    [InlineData("0039", "1z")]
    [InlineData("010000", "LUw")]
    public void Encodes_and_decodes_like_the_reference(string hex, string base58)
    {
        Base58.Encode(Convert.FromHexString(hex)).ShouldBe(base58);

        Base58.TryDecode(base58, out byte[]? bytes, out string? error).ShouldBeTrue(error);
        Convert.ToHexStringLower(bytes).ShouldBe(hex);
    }

    [Theory]
    [InlineData("0OIl", "Invalid base58 character \"0\" (0x30) at index 0")]
    [InlineData("Alice", "Invalid base58 character \"l\" (0x6c) at index 1")]
    [InlineData("abc-def", "Invalid base58 character \"-\" (0x2d) at index 3")]
    [InlineData("zzé", "Invalid base58 character \"é\" (0xe9) at index 2")]
    public void Reports_the_first_invalid_character_as_the_reference_does(string text, string expected)
    {
        Base58.TryDecode(text, out _, out string? error).ShouldBeFalse();
        error.ShouldBe(expected);
    }

    [Fact]
    public void Reports_a_lone_utf16_unit_for_characters_outside_the_bmp()
    {
        // Built in code: attribute arguments cannot carry a lone surrogate (metadata is UTF-8).
        Base58.TryDecode("😀", out _, out string? error).ShouldBeFalse();
        error.ShouldBe("Invalid base58 character \"" + '\ud83d' + "\" (0xd83d) at index 0");
    }

    [Fact]
    public void Round_trips_long_inputs()
    {
        var data = new byte[300];
        data[0] = 0;
        for (int i = 1; i < data.Length; i++)
        {
            data[i] = (byte)(i * 31);
        }

        Base58.TryDecode(Base58.Encode(data), out byte[]? back, out _).ShouldBeTrue();
        back.ShouldBe(data);
    }
}
