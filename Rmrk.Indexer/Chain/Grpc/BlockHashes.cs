using Google.Protobuf;

namespace Rmrk.Indexer.Chain.Grpc;

/// <summary>Block hashes as the database stores them: <c>0x</c> and lower-case hex.</summary>
public static class BlockHashes
{
    public static string ToText(ByteString hash) => "0x" + Convert.ToHexStringLower(hash.Span);

    public static string ToText(ReadOnlySpan<byte> hash) => "0x" + Convert.ToHexStringLower(hash);

    /// <summary>The bytes of a stored hash; null when it is not <c>0x</c> + an even number of hex digits.</summary>
    public static ByteString? FromText(string? text)
    {
        if (text is null || !text.StartsWith("0x", StringComparison.Ordinal) || text.Length % 2 != 0)
        {
            return null;
        }

        try
        {
            return ByteString.CopyFrom(Convert.FromHexString(text.AsSpan(2)));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
