using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace Rmrk.Core.Addresses;

/// <summary>
/// Base58 with the Bitcoin alphabet, as <c>base58Encode</c>/<c>base58Decode</c> of @polkadot/util-crypto
/// (@scure/base underneath): each leading zero byte is a leading <c>1</c>, the rest is the big-endian
/// number in base 58. Decoding first validates every character and reports the first bad one with the
/// reference's message.
/// </summary>
public static class Base58
{
    public const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /// <summary>58^5, the largest power of 58 below 2^30: five digits per limb operation.</summary>
    private const uint Chunk = 656_356_768;
    private const int ChunkDigits = 5;

    private static readonly sbyte[] DigitOf = BuildDigitTable();

    /// <summary>Encodes bytes as base58.</summary>
    public static string Encode(ReadOnlySpan<byte> data)
    {
        int zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        // The number as big-endian 32-bit limbs, divided repeatedly by 58^5 (five digits per pass).
        ReadOnlySpan<byte> rest = data[zeros..];
        int limbCount = (rest.Length + 3) / 4;
        Span<uint> limbs = limbCount <= 64 ? stackalloc uint[limbCount] : new uint[limbCount];
        int head = rest.Length - ((limbCount - 1) * 4);
        for (int i = 0, pos = 0; i < limbCount; i++)
        {
            int take = i == 0 ? head : 4;
            uint limb = 0;
            for (int k = 0; k < take; k++)
            {
                limb = (limb << 8) | rest[pos++];
            }

            limbs[i] = limb;
        }

        // log(256) / log(58) ≈ 1.366 digits per byte, plus one pass of slack.
        int maxDigits = (rest.Length * 138 / 100) + 1 + ChunkDigits;
        Span<byte> digits = maxDigits <= 256 ? stackalloc byte[maxDigits] : new byte[maxDigits];
        int count = 0;
        int start = 0;
        while (start < limbCount)
        {
            ulong remainder = 0;
            for (int i = start; i < limbCount; i++)
            {
                ulong current = (remainder << 32) | limbs[i];
                limbs[i] = (uint)(current / Chunk);
                remainder = current % Chunk;
            }

            while (start < limbCount && limbs[start] == 0)
            {
                start++;
            }

            for (int k = 0; k < ChunkDigits; k++)
            {
                digits[count++] = (byte)(remainder % 58);
                remainder /= 58;
            }
        }

        while (count > 0 && digits[count - 1] == 0)
        {
            count--;
        }

        int length = zeros + count;
        Span<char> chars = length <= 256 ? stackalloc char[length] : new char[length];
        chars[..zeros].Fill('1');
        for (int i = 0; i < count; i++)
        {
            chars[zeros + i] = Alphabet[digits[count - 1 - i]];
        }

        return new string(chars);
    }

    /// <summary>
    /// Decodes base58. On failure <paramref name="error"/> is the reference's message, e.g.
    /// <c>Invalid base58 character "0" (0x30) at index 0</c> (the character is one UTF-16 unit, as in JS).
    /// </summary>
    public static bool TryDecode(
        ReadOnlySpan<char> text,
        [NotNullWhen(true)] out byte[]? bytes,
        [NotNullWhen(false)] out string? error)
    {
        error = InvalidCharacterMessage(text);
        if (error is not null)
        {
            bytes = null;
            return false;
        }

        int zeros = 0;
        while (zeros < text.Length && text[zeros] == '1')
        {
            zeros++;
        }

        // The number as little-endian 32-bit limbs, multiplied by 58^k and added to, k ≤ 5 digits at a time.
        ReadOnlySpan<char> rest = text[zeros..];
        int maxLimbs = (rest.Length * 733 / 1000 / 4) + 2;
        Span<uint> limbs = maxLimbs <= 64 ? stackalloc uint[maxLimbs] : new uint[maxLimbs];
        int used = 0;
        for (int pos = 0; pos < rest.Length; pos += ChunkDigits)
        {
            int take = Math.Min(ChunkDigits, rest.Length - pos);
            ulong multiplier = 1;
            ulong carry = 0;
            for (int k = 0; k < take; k++)
            {
                carry = (carry * 58) + (uint)DigitOf[rest[pos + k]];
                multiplier *= 58;
            }

            for (int i = 0; i < used; i++)
            {
                ulong t = (limbs[i] * multiplier) + carry;
                limbs[i] = (uint)t;
                carry = t >> 32;
            }

            if (carry != 0)
            {
                limbs[used++] = (uint)carry;
            }
        }

        int significant = used * 4;
        if (used > 0)
        {
            significant -= BitOperations.LeadingZeroCount(limbs[used - 1]) / 8;
        }

        bytes = new byte[zeros + significant];
        for (int i = 0; i < significant; i++)
        {
            bytes[^(i + 1)] = (byte)(limbs[i / 4] >> (8 * (i % 4)));
        }

        error = null;
        return true;
    }

    /// <summary>The message <see cref="TryDecode"/> fails with for the first character outside the alphabet, or null.</summary>
    public static string? InvalidCharacterMessage(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= DigitOf.Length || DigitOf[c] < 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"Invalid base58 character \"{c}\" (0x{(int)c:x}) at index {i}");
            }
        }

        return null;
    }

    private static sbyte[] BuildDigitTable()
    {
        var table = new sbyte[128];
        table.AsSpan().Fill(-1);
        for (int i = 0; i < Alphabet.Length; i++)
        {
            table[Alphabet[i]] = (sbyte)i;
        }

        return table;
    }
}
