using System.Buffers.Binary;
using System.Numerics;

namespace Rmrk.Core.Addresses;

/// <summary>
/// BLAKE2b as specified in RFC 7693 (sequential mode, optional key, 1–64 byte digest). .NET has no
/// BLAKE2 in the BCL; SS58 needs BLAKE2b-512 for its checksum (<c>sshash</c> in @polkadot/util-crypto).
/// The implementation allocates nothing: state and message words live on the stack.
/// </summary>
public static class Blake2b
{
    public const int MaxOutputLength = 64;
    public const int MaxKeyLength = 64;
    private const int BlockLength = 128;

    private static ReadOnlySpan<ulong> Iv =>
    [
        0x6A09E667F3BCC908UL, 0xBB67AE8584CAA73BUL, 0x3C6EF372FE94F82BUL, 0xA54FF53A5F1D36F1UL,
        0x510E527FADE682D1UL, 0x9B05688C2B3E6C1FUL, 0x1F83D9ABFB41BD6BUL, 0x5BE0CD19137E2179UL,
    ];

    // RFC 7693 §2.7: message word permutation per round; rounds 10 and 11 reuse rows 0 and 1.
    private static ReadOnlySpan<byte> Sigma =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
        11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
        7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
        9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
        2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
        12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
        13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
        6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
        10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
    ];

    /// <summary>Unkeyed BLAKE2b of <paramref name="data"/>; the digest length is <c>output.Length</c> (1–64).</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output) => Hash(data, default, output);

    /// <summary>Unkeyed BLAKE2b with a digest of <paramref name="outputLength"/> bytes (1–64).</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data, int outputLength)
    {
        var output = new byte[outputLength];
        Hash(data, default, output);
        return output;
    }

    /// <summary>
    /// Keyed BLAKE2b (an empty key means unkeyed); the digest length is <c>output.Length</c> (1–64),
    /// the key at most 64 bytes.
    /// </summary>
    public static void Hash(ReadOnlySpan<byte> data, ReadOnlySpan<byte> key, Span<byte> output)
    {
        if (output.Length is < 1 or > MaxOutputLength)
        {
            throw new ArgumentOutOfRangeException(nameof(output), "BLAKE2b output length must be 1..64 bytes.");
        }

        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentOutOfRangeException(nameof(key), "BLAKE2b key length must be at most 64 bytes.");
        }

        Span<ulong> h = stackalloc ulong[8];
        Iv.CopyTo(h);
        h[0] ^= 0x01010000UL ^ ((ulong)key.Length << 8) ^ (ulong)output.Length;

        Span<byte> block = stackalloc byte[BlockLength];
        UInt128 counter = 0;

        if (!key.IsEmpty)
        {
            // The key, zero-padded to a full block, is the first block; it is the last one only when
            // there is no data.
            block.Clear();
            key.CopyTo(block);
            counter += BlockLength;
            Compress(h, block, counter, isLast: data.IsEmpty);
        }

        // Every full block except the last one; the last block (possibly partial) gets the final flag.
        while (data.Length > BlockLength)
        {
            counter += BlockLength;
            Compress(h, data[..BlockLength], counter, isLast: false);
            data = data[BlockLength..];
        }

        if (!data.IsEmpty || key.IsEmpty)
        {
            block.Clear();
            data.CopyTo(block);
            counter += (uint)data.Length;
            Compress(h, block, counter, isLast: true);
        }

        Span<byte> digest = stackalloc byte[MaxOutputLength];
        for (int i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(digest[(i * 8)..], h[i]);
        }

        digest[..output.Length].CopyTo(output);
    }

    private static void Compress(Span<ulong> h, ReadOnlySpan<byte> block, UInt128 counter, bool isLast)
    {
        Span<ulong> m = stackalloc ulong[16];
        for (int i = 0; i < 16; i++)
        {
            m[i] = BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        }

        Span<ulong> v = stackalloc ulong[16];
        h.CopyTo(v);
        Iv.CopyTo(v[8..]);
        v[12] ^= (ulong)counter;
        v[13] ^= (ulong)(counter >> 64);
        if (isLast)
        {
            v[14] = ~v[14];
        }

        ReadOnlySpan<byte> sigma = Sigma;
        for (int round = 0; round < 12; round++)
        {
            ReadOnlySpan<byte> s = sigma.Slice(round % 10 * 16, 16);
            Mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            Mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            Mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            Mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            Mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            Mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            Mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            Mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }

        for (int i = 0; i < 8; i++)
        {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void Mix(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
    }
}
