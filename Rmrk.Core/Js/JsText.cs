using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;

namespace Rmrk.Core.Js;

/// <summary>
/// JavaScript string behaviour the reference relies on: <c>hexToString</c> of @polkadot/util, the
/// <c>\s</c> class, <c>String(value)</c>, <c>JSON.stringify(string)</c> and <c>Number(value)</c>.
/// The hand-written matchers for the reference's regular expressions are in <c>JsText.Patterns.cs</c>.
/// </summary>
public static partial class JsText
{
    private const int StackLimit = 512;

    /// <summary>
    /// @polkadot/util 12 <c>hexToString</c>: <c>hexToU8a</c> then a non-fatal UTF-8 <c>TextDecoder</c>.
    /// Only a lower-case <c>0x</c> prefix is skipped; an odd trailing digit becomes the high nibble
    /// (<c>0x4</c> → 0x40); characters that are not hex digits count as 0; a character above U+00FF in
    /// the high position gives byte 0. Invalid UTF-8 becomes U+FFFD per maximal subpart, and one
    /// leading BOM is dropped (TextDecoder's default <c>ignoreBOM: false</c>). Null or empty → "".
    /// </summary>
    [SkipLocalsInit]
    public static string HexToString(string? hex)
    {
        if (string.IsNullOrEmpty(hex))
        {
            return string.Empty;
        }

        int start = hex.StartsWith("0x", StringComparison.Ordinal) ? 2 : 0;
        int length = (hex.Length - start + 1) / 2;
        using var pooled = PooledArray<byte>.RentAbove(StackLimit, length);
        Span<byte> bytes = pooled.IsRented ? pooled.Span : stackalloc byte[StackLimit];

        // Nearly every remark is well-formed hex: the vectorised decoder does those; only the rest walks
        // the reference's quirks character by character.
        var digits = hex.AsSpan(start);
        if (Convert.FromHexString(digits, bytes, out _, out _) != OperationStatus.Done || (digits.Length & 1) != 0)
        {
            DecodeHexQuirks(hex, start, bytes[..length]);
        }

        ReadOnlySpan<byte> text = bytes[..length];
        if (text.Length >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF)
        {
            text = text[3..];
        }

        return Encoding.UTF8.GetString(text);
    }

    /// <summary>
    /// <see cref="HexToString(string?)"/> of UTF-8 hex text, for the one form whose decoded text gives the same hex
    /// back: a <c>0x</c> prefix, an even number of lower-case digits, and bytes that are valid UTF-8 without a
    /// leading BOM. Anything else returns false, to be decoded from the hex string with all its quirks.
    /// </summary>
    [SkipLocalsInit]
    public static bool TryHexToStringExact(ReadOnlySpan<byte> utf8Hex, [NotNullWhen(true)] out string? text)
    {
        using var pooled = PooledArray<char>.RentAbove(StackLimit, utf8Hex.Length / 2);
        Span<char> chars = pooled.IsRented ? pooled.Span : stackalloc char[StackLimit];
        int length = HexToCharsExact(utf8Hex, chars);
        text = length < 0 ? null : new string(chars[..length]);
        return text is not null;
    }

    /// <summary>
    /// <see cref="TryHexToStringExact"/> into <paramref name="destination"/> (at least half as long as the hex
    /// digits: UTF-8 never takes fewer bytes than UTF-16 takes units) instead of a new string: the length written,
    /// or -1 for hex that is not of that one exact form.
    /// </summary>
    [SkipLocalsInit]
    public static int HexToCharsExact(ReadOnlySpan<byte> utf8Hex, Span<char> destination)
    {
        if (utf8Hex.Length < 2 || utf8Hex[0] != '0' || utf8Hex[1] != 'x' || (utf8Hex.Length & 1) != 0)
        {
            return -1;
        }

        var digits = utf8Hex[2..];
        if (digits.IndexOfAnyInRange((byte)'A', (byte)'F') >= 0)
        {
            return -1;
        }

        int length = digits.Length / 2;
        using var pooled = PooledArray<byte>.RentAbove(StackLimit, length);
        Span<byte> bytes = (pooled.IsRented ? pooled.Span : stackalloc byte[StackLimit])[..length];
        if (Convert.FromHexString(digits, bytes, out _, out _) != OperationStatus.Done || bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return -1;
        }

        return Utf8.ToUtf16(bytes, destination, out _, out int written, replaceInvalidSequences: false) == OperationStatus.Done ? written : -1;
    }

    /// <summary>
    /// <c>hexToString</c> of the hex of <paramref name="bytes"/> when they are valid UTF-8 without a leading BOM:
    /// then the text determines the bytes again. Otherwise false.
    /// </summary>
    public static bool TryBytesToStringExact(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || !Utf8.IsValid(bytes))
        {
            text = null;
            return false;
        }

        text = Encoding.UTF8.GetString(bytes);
        return true;
    }

    /// <summary>hexToU8a character by character: odd lengths, non-hex characters and wide characters as described above.</summary>
    private static void DecodeHexQuirks(string hex, int start, Span<byte> bytes)
    {
        for (int i = 0, s = start; i < bytes.Length; i++, s += 2)
        {
            int hi = hex[s];
            int lo = s + 1 < hex.Length ? hex[s + 1] : 0; // charCodeAt past the end is NaN, | treats it as 0
            bytes[i] = hi > 0xFF ? (byte)0 : (byte)((Nibble(hi | (lo >> 8)) << 4) | Nibble(lo & 0xFF));
        }
    }

    /// <summary>The UTF-16 units JavaScript's <c>\s</c> matches (WhiteSpace and LineTerminator).</summary>
    private const string JsWhitespaceChars =
        "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    private static readonly SearchValues<char> s_jsWhitespace = SearchValues.Create(JsWhitespaceChars);

    /// <summary>JavaScript <c>\s</c>: WhiteSpace and LineTerminator, as in <c>String.prototype.trim</c>.</summary>
    public static bool IsJsWhitespace(char c) => (c <= ' ' || c >= '\u00A0') && s_jsWhitespace.Contains(c);

    /// <summary><c>/\s/.test(value)</c>.</summary>
    public static bool ContainsJsWhitespace(ReadOnlySpan<char> value) => value.ContainsAny(s_jsWhitespace);

    /// <summary>Trims JavaScript whitespace from both ends (<c>String.prototype.trim</c>).</summary>
    public static ReadOnlySpan<char> TrimJs(ReadOnlySpan<char> value)
    {
        int start = 0;
        int end = value.Length;
        while (start < end && IsJsWhitespace(value[start]))
        {
            start++;
        }

        while (end > start && IsJsWhitespace(value[end - 1]))
        {
            end--;
        }

        return value[start..end];
    }

    /// <summary>
    /// JavaScript <c>String(value)</c> (and <c>"" + value</c>) for JSON values; <see langword="null"/> is
    /// <c>undefined</c>. Arrays join with "," (null elements give ""), objects give <c>[object Object]</c>.
    /// </summary>
    public static string ToJsString(JsValue? value) => value switch
    {
        null => "undefined",
        JsString s => s.Value,
        JsNumber n => JsNumberFormat.Format(n.Value),
        JsBool b => b.Value ? "true" : "false",
        JsNull => "null",
        JsArray a => JoinArray(a),
        _ => "[object Object]",
    };

    /// <summary><c>JSON.stringify(value)</c> for a string (well-formed: lone surrogates as <c>\udxxx</c>).</summary>
    public static string JsonQuote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ' || (char.IsSurrogate(c) && !IsPairedSurrogate(value, i)))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>
    /// JavaScript <c>Number(value)</c> (ToNumber) for JSON values; <see langword="null"/> is
    /// <c>undefined</c> (NaN). Used where the reference compares a user value with a number.
    /// </summary>
    public static double ToNumber(JsValue? value) => value switch
    {
        null => double.NaN,
        JsNumber n => n.Value,
        JsString s => StringToNumber(s.Value),
        JsBool b => b.Value ? 1 : 0,
        JsNull => 0,
        JsArray a => StringToNumber(JoinArray(a)),
        _ => double.NaN,
    };

    /// <summary>ECMAScript StringToNumber: trimmed decimal literal, Infinity, or 0x/0o/0b integer; else NaN.</summary>
    public static double StringToNumber(string value)
    {
        ReadOnlySpan<char> s = TrimJs(value);
        if (s.IsEmpty)
        {
            return 0;
        }

        if (s.Length > 2 && s[0] == '0' && RadixOf(s[1]) is int radix and not 10)
        {
            return JsBigInt.TryParseDigits(s[2..], radix, out BigInteger big) ? JsBigInt.ToDouble(big) : double.NaN;
        }

        ReadOnlySpan<char> unsigned = s[0] is '+' or '-' ? s[1..] : s;
        if (unsigned.SequenceEqual("Infinity"))
        {
            return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        return IsDecimalLiteral(unsigned)
            ? double.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture)
            : double.NaN;
    }

    /// <summary>2, 8 or 16 for the letter after a leading 0 (b, o, x in either case), else 10.</summary>
    internal static int RadixOf(char c) => c switch
    {
        'x' or 'X' => 16,
        'o' or 'O' => 8,
        'b' or 'B' => 2,
        _ => 10,
    };

    private static bool IsDecimalLiteral(ReadOnlySpan<char> s)
    {
        int i = 0;
        int intDigits = CountDigits(s, ref i);
        int fracDigits = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            fracDigits = CountDigits(s, ref i);
        }

        if (intDigits + fracDigits == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            if (CountDigits(s, ref i) == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static int CountDigits(ReadOnlySpan<char> s, ref int i)
    {
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i - start;
    }

    private static string JoinArray(JsArray array)
    {
        if (array.Items.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        for (int i = 0; i < array.Items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            if (array.Items[i] is not JsNull)
            {
                sb.Append(ToJsString(array.Items[i]));
            }
        }

        return sb.ToString();
    }

    private static bool IsPairedSurrogate(string s, int i) =>
        char.IsHighSurrogate(s[i])
            ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
            : i > 0 && char.IsHighSurrogate(s[i - 1]);

    private static int Nibble(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => 0,
    };
}
