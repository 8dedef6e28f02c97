using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

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

        // The working vector lives in locals so the JIT can keep it in registers.
        ulong v0 = h[0], v1 = h[1], v2 = h[2], v3 = h[3], v4 = h[4], v5 = h[5], v6 = h[6], v7 = h[7];
        ulong v8 = Iv[0], v9 = Iv[1], v10 = Iv[2], v11 = Iv[3];
        ulong v12 = Iv[4] ^ (ulong)counter;
        ulong v13 = Iv[5] ^ (ulong)(counter >> 64);
        ulong v14 = isLast ? ~Iv[6] : Iv[6];
        ulong v15 = Iv[7];

        ReadOnlySpan<byte> sigma = Sigma;
        for (int round = 0; round < 12; round++)
        {
            ReadOnlySpan<byte> s = sigma.Slice(round % 10 * 16, 16);
            Mix(ref v0, ref v4, ref v8, ref v12, m[s[0]], m[s[1]]);
            Mix(ref v1, ref v5, ref v9, ref v13, m[s[2]], m[s[3]]);
            Mix(ref v2, ref v6, ref v10, ref v14, m[s[4]], m[s[5]]);
            Mix(ref v3, ref v7, ref v11, ref v15, m[s[6]], m[s[7]]);
            Mix(ref v0, ref v5, ref v10, ref v15, m[s[8]], m[s[9]]);
            Mix(ref v1, ref v6, ref v11, ref v12, m[s[10]], m[s[11]]);
            Mix(ref v2, ref v7, ref v8, ref v13, m[s[12]], m[s[13]]);
            Mix(ref v3, ref v4, ref v9, ref v14, m[s[14]], m[s[15]]);
        }

        h[0] ^= v0 ^ v8;
        h[1] ^= v1 ^ v9;
        h[2] ^= v2 ^ v10;
        h[3] ^= v3 ^ v11;
        h[4] ^= v4 ^ v12;
        h[5] ^= v5 ^ v13;
        h[6] ^= v6 ^ v14;
        h[7] ^= v7 ^ v15;
    }

    /// <summary>The G function of RFC 7693 §3.1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Mix(ref ulong a, ref ulong b, ref ulong c, ref ulong d, ulong x, ulong y)
    {
        a = a + b + x;
        d = BitOperations.RotateRight(d ^ a, 32);
        c += d;
        b = BitOperations.RotateRight(b ^ c, 24);
        a = a + b + y;
        d = BitOperations.RotateRight(d ^ a, 16);
        c += d;
        b = BitOperations.RotateRight(b ^ c, 63);
    }
}
