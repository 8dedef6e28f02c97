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

    // Random strings (1–70 digits, some with leading 1s), decoded by @polkadot/util-crypto on node 20.
    [Theory]
    [InlineData("111h", "00000028")]
    [InlineData("UEZjFAmXCNJYJyFsC99HYm5uZdgydvq3BMR26", "c980591d741b7222b248af755bfa1721357ed224865156aceddd1f")]
    [InlineData("RUwhgLM98uKCdL3gvYpfv7XetxqbxyYp1WLjYkyZpRejYKE12wqd1c", "087ebe32806faedc558172a292fc8b3aa25efb63b430ea887ae24257a9cbe5b0c4975133bf07c833")]
    [InlineData("zHzeodq9zWZAPDprjfzcjxVEaorCZUXBFSUA1B27sz", "40c809eeb56b019614eef7f921b08be827920c9d0e65f016fabad90240d7ed")]
    [InlineData("11VjNMn", "0000136110f9")]
    [InlineData("XoQZHXn5FppmRMvFMUqQyYSLYJtazqVShwYfAhPcrPJ6gjxKG4", "0fd840f2543550324ac14a3ad5400deecccaecc43f66cae2b19b907c971122e216fb707c49")]
    [InlineData("nqxEyHYPimdjdbGqU9iTZYtx96HXPurXuHVvgoLuyq1Ak75uGbG", "0557dda70a6bfe161d10b9baaa3e701fb21fd0d931c6ccca121990929c3fa1d84a3b67e40e3f")]
    [InlineData("4Sy55PnhGV7USYAmJhq3BitHqeK67zhFX5WRnAjAECt22wvVahAX5bir", "0fb87d30c5b92ad1e13d2ad6463d6bd1fb3443bcbd714401c622b879092664e33d08c1fa5474259de3")]
    [InlineData("N4vGA", "0e35dcab")]
    [InlineData("opsmisdhgJQfKFVbgRiF", "1cdb71872b77b60be71adf9dd026f0")]
    [InlineData("SPp8ZYfd5RwiWhKy4mSEVErzYwAUB3hmD1UfKYwJYhJ7d7YTfpja", "aba8e4b7fc075f43ba4fd4353304eaf50e4546b0b28ee6f3eaf859febce04258b07002276eb1")]
    [InlineData("kccbgmisrgd9FzCu3kXpGBKheL7Kw69Fj1i1yWycPmGNfmYjPcF4QEm", "036dc45715d9bac274ccf14b7ecc68fec7ff06d00202efbedab690d6a75ce957f40baf295ba95eb512")]
    [InlineData("6Lwtajs1CDQT", "073d0c5abc2a16dff8")]
    [InlineData("N11dRJ3SmsY", "7d8d4a26d818a94b")]
    [InlineData("xLspowhhKJoLm4aaETfuJ1aU33QBgjomnWvuXwvLuoVQHVxjLmk", "0673482c3364397b1aa58f585c1e0e11b90c8b0846839b69c08f83c4daeaacfcd29bb6562fcf")]
    [InlineData("cp5nvBQjnWRwz9fEaUYQgcq6Cr5pKeMoD9Uc6y4dWBovg", "788d9bfcd74e487f2276988aa51d8be2d8fddea5e56048670093eaaa186d0d7141")]
    [InlineData("11EJS", "0000aec7")]
    [InlineData("11gwefUM6Kact5", "0000361a577408eb727e66")]
    [InlineData("11iw5mxTtqT4Fo9NngQW", "000001f7704dc15e4e388d3ecf4e0fa7")]
    [InlineData("fHBxpNVcq64GtpynTLN6UC7LXGdwz5vqisTnvqL8Q42n5DREwiMyKFb", "030265cd910964052f39c663d9154bcfae9958fd42656ec2d01f37ad47681b451d87fe92667ee31676")]
    [InlineData("p3sxo1TDW4Aq89ZtStvM13TxsUWimQ5fA9VZ", "060083e6dbec6da16ca1a64bd0bb0e9d4f4a8314c89ed06b5b66a0")]
    [InlineData("111a", "00000021")]
    [InlineData("gRrTmQ6p98DEo2YLZ753jGGfaHUPBvJmUfssKmafzodN1ptpGbWGMRw", "0319879e6d25f06485faf945b5b52d16d2264908329f6417b326c343a8eac3a33100bb86cb475dfb1e")]
    [InlineData("kNZ6BgMZjCj2yXNakPfTCMS7CbhL6mw9Z9kAqPzUbKVeYt88M85P1bwcz4fHtj4Az", "1462a80d2ad1895b85d082cad020e9269692f1291577b43c678d98fd674ff7ad0475249ad5ba58439094be4bfc25646f")]
    public void Decodes_random_strings_like_the_reference(string base58, string hex)
    {
        Base58.TryDecode(base58, out byte[]? bytes, out _).ShouldBeTrue();
        Convert.ToHexStringLower(bytes).ShouldBe(hex);
        Base58.Encode(bytes).ShouldBe(base58);
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
