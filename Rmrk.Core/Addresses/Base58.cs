using System.Diagnostics.CodeAnalysis;
using System.Globalization;

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

    private static readonly sbyte[] DigitOf = BuildDigitTable();

    /// <summary>Encodes bytes as base58.</summary>
    public static string Encode(ReadOnlySpan<byte> data)
    {
        int zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        // log(256) / log(58) ≈ 1.366: upper bound for the number of base58 digits.
        int size = ((data.Length - zeros) * 138 / 100) + 1;
        Span<byte> digits = size <= 256 ? stackalloc byte[size] : new byte[size];
        digits.Clear();
        int used = 0;
        for (int i = zeros; i < data.Length; i++)
        {
            int carry = data[i];
            int j = 0;
            for (int k = size - 1; (carry != 0 || j < used) && k >= 0; k--, j++)
            {
                carry += 256 * digits[k];
                digits[k] = (byte)(carry % 58);
                carry /= 58;
            }

            used = j;
        }

        int length = zeros + used;
        Span<char> chars = length <= 256 ? stackalloc char[length] : new char[length];
        chars[..zeros].Fill('1');
        for (int i = 0; i < used; i++)
        {
            chars[zeros + i] = Alphabet[digits[size - used + i]];
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
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= DigitOf.Length || DigitOf[c] < 0)
            {
                bytes = null;
                error = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Invalid base58 character \"{c}\" (0x{(int)c:x}) at index {i}");
                return false;
            }
        }

        int zeros = 0;
        while (zeros < text.Length && text[zeros] == '1')
        {
            zeros++;
        }

        // log(58) / log(256) ≈ 0.733: upper bound for the number of bytes.
        int size = ((text.Length - zeros) * 733 / 1000) + 1;
        Span<byte> buffer = size <= 256 ? stackalloc byte[size] : new byte[size];
        buffer.Clear();
        int used = 0;
        for (int i = zeros; i < text.Length; i++)
        {
            int carry = DigitOf[text[i]];
            int j = 0;
            for (int k = size - 1; (carry != 0 || j < used) && k >= 0; k--, j++)
            {
                carry += 58 * buffer[k];
                buffer[k] = (byte)carry;
                carry >>= 8;
            }

            used = j;
        }

        bytes = new byte[zeros + used];
        buffer[(size - used)..].CopyTo(bytes.AsSpan(zeros));
        error = null;
        return true;
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
