using Rmrk.Core.Addresses;

namespace Rmrk.Core.Tests.Addresses;

public class Blake2bTests
{
    // RFC 7693 Appendix A and the empty-input digest.
    [Theory]
    [InlineData("", "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce")]
    [InlineData("abc", "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")]
    public void Known_512_bit_digests(string ascii, string expectedHex)
    {
        Blake2b.Hash(System.Text.Encoding.ASCII.GetBytes(ascii), 64).ShouldBe(Convert.FromHexString(expectedHex));
    }

    // Captured from @noble/hashes blake2b (the reference's JS fallback) on node:
    // data[i] = (i * 7 + 3) & 255, key[i] = ((i * 7 + 3) & 255) ^ 0x5a.
    [Theory]
    [InlineData(0, 0, 32, "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8")]
    [InlineData(1, 0, 1, "02")]
    [InlineData(127, 0, 64, "71546bbf9110ad184cc60f2eb120fcfd9b4dbbca7a7f1270045b8a23a6a4f4330f65c1f030dd2f5fabc6c57617242c37cf427bd90407fac5b9deffd3ae888c39")]
    [InlineData(128, 0, 64, "2d9e329f42afa3601d646692b81c13e87fcaff5bf15972e9813d7373cb6d181f9599f4d513d4af4fd6ebd37497aceb29aba5ee23ed764d8510b552bd088814fb")]
    [InlineData(129, 0, 20, "b195dc7be88c88574f88d235228691bf35e409ec")]
    [InlineData(255, 0, 48, "35d2a811855f40526eeca836df8678f0998026b4c7e8695d9fc5e2f6c848e07d3e324e00f3cb094336d7b0fddc2aff10")]
    [InlineData(256, 0, 32, "d93ebb9c802f5630ab22516fd82b6c21bc8bd551d531349b715f046ed11ed871")]
    [InlineData(1000, 0, 64, "4bdd2c9cf31d797a81d245c989ffb7515143ca345c66f73087dd5c58bf642bf083ba16894eab79e3b08d5126404d833e7510271b50be36a7b7cbbb46f5c89fac")]
    [InlineData(0, 64, 64, "ce3c239c4269053c5e0d5ba859ab8be61d8820134c3751121f6f540b63fef46e2d580a1d9c1d6a71299d96d3fe3dcfef8285a79d93ec009bab6017f9fa205c3a")]
    [InlineData(3, 1, 32, "b2182f0095bc2918fd1895c6dac7e7d5f163c9bd242f5207c9a319b0ce847738")]
    [InlineData(128, 32, 64, "bb82d0e2c6f95db66da4e096f2f24fff9d8f38fddeba0d072c088d49603276d16ae0ddbcb8e6cd85bcdef9df6c2704da154d0b099f0b91082bd3fd24d43f2b4d")]
    [InlineData(200, 64, 16, "7d0c12730a9f019175da0948825f39b1")]
    public void Matches_the_reference_for_block_boundaries_output_lengths_and_keys(
        int dataLength, int keyLength, int outputLength, string expectedHex)
    {
        byte[] data = Pattern(dataLength, 0);
        byte[] key = Pattern(keyLength, 0x5a);
        var output = new byte[outputLength];

        Blake2b.Hash(data, key, output);

        Convert.ToHexStringLower(output).ShouldBe(expectedHex);
    }

    [Fact]
    public void Rejects_output_and_key_lengths_outside_the_rfc_limits()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Blake2b.Hash([], 0));
        Should.Throw<ArgumentOutOfRangeException>(() => Blake2b.Hash([], 65));
        Should.Throw<ArgumentOutOfRangeException>(() => Blake2b.Hash([], new byte[65], new byte[32]));
    }

    private static byte[] Pattern(int length, byte xor)
    {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = (byte)(((i * 7) + 3) ^ xor);
        }

        return bytes;
    }
}
