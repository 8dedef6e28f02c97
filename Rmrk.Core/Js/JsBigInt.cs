using System.Globalization;
using System.Numerics;

namespace Rmrk.Core.Js;

/// <summary>
/// JavaScript <c>parseInt(string)</c> and <c>BigInt(string)</c>, as the reference uses them for LIST
/// prices: the struct check <c>BigInt(parseInt(value))</c> must not throw (parseInt must give a finite
/// number), then the price is <c>BigInt(value)</c>.
/// </summary>
public static class JsBigInt
{
    /// <summary>
    /// <c>parseInt(value)</c> without a radix: leading JS whitespace, an optional sign, an optional
    /// 0x/0X prefix (radix 16), then digits up to the first non-digit. NaN when there are none;
    /// correctly rounded; ±Infinity when the digits overflow a double.
    /// </summary>
    public static double ParseInt(ReadOnlySpan<char> value)
    {
        if (!ScanParseInt(value, out bool negative, out int radix, out ReadOnlySpan<char> digits))
        {
            return double.NaN;
        }

        double result;
        if (digits.Length <= 13)
        {
            // At most 16^13 = 2^52: exact in a double.
            long n = 0;
            foreach (char c in digits)
            {
                n = (n * radix) + DigitValue(c);
            }

            result = n;
        }
        else if (radix == 10)
        {
            result = double.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else
        {
            TryParseDigits(digits, 16, out BigInteger big);
            result = ToDouble(big);
        }

        return negative ? -result : result;
    }

    /// <summary>
    /// Whether <c>BigInt(parseInt(value))</c> succeeds, i.e. the superstruct <c>IsBigInt</c> check of
    /// the reference's LISTStruct passes for this string: parseInt finds digits and they fit a double.
    /// </summary>
    public static bool IsParseIntFinite(ReadOnlySpan<char> value)
    {
        if (!ScanParseInt(value, out _, out int radix, out ReadOnlySpan<char> digits))
        {
            return false;
        }

        // Below 10^308 and below 16^255 nothing can round up to Infinity; only longer runs need the value.
        int limit = radix == 10 ? 308 : 255;
        return digits.Length <= limit || double.IsFinite(ParseInt(value));
    }

    /// <summary>parseInt's scan: whitespace, sign, 0x prefix, then the digit run (false when empty).</summary>
    private static bool ScanParseInt(ReadOnlySpan<char> value, out bool negative, out int radix, out ReadOnlySpan<char> digits)
    {
        int i = 0;
        while (i < value.Length && JsText.IsJsWhitespace(value[i]))
        {
            i++;
        }

        negative = false;
        if (i < value.Length && value[i] is '+' or '-')
        {
            negative = value[i] == '-';
            i++;
        }

        radix = 10;
        if (i + 1 < value.Length && value[i] == '0' && value[i + 1] is 'x' or 'X')
        {
            radix = 16;
            i += 2;
        }

        int start = i;
        while (i < value.Length && DigitValue(value[i]) < radix)
        {
            i++;
        }

        digits = value[start..i];
        return i > start;
    }

    /// <summary>
    /// <c>BigInt(value)</c> for a string (StringToBigInt): JS whitespace trimmed at both ends, "" is 0,
    /// a decimal integer with an optional sign, or an unsigned 0x/0o/0b integer. <see langword="false"/>
    /// is the <c>SyntaxError</c> whose message <see cref="CannotConvertMessage"/> gives.
    /// </summary>
    public static bool TryParse(string value, out BigInteger result)
    {
        ReadOnlySpan<char> s = JsText.TrimJs(value);
        if (s.IsEmpty)
        {
            result = BigInteger.Zero;
            return true;
        }

        if (s.Length >= 2 && s[0] == '0' && JsText.RadixOf(s[1]) is int radix and not 10)
        {
            return TryParseDigits(s[2..], radix, out result);
        }

        bool negative = s[0] == '-';
        if (s[0] is '+' or '-')
        {
            s = s[1..];
        }

        if (!TryParseDigits(s, 10, out result))
        {
            return false;
        }

        if (negative)
        {
            result = -result;
        }

        return true;
    }

    /// <summary>
    /// <c>String(bigint)</c>: decimal digits with a "-" for negatives, whatever the current culture (a price or
    /// a <c>forsale</c> change as the reference prints it).
    /// </summary>
    public static string ToText(BigInteger value) =>
        // Prices (planck amounts) pass the int range that BigInteger formats quickly; a long formats them far
        // faster than BigInteger's general path, and every LIST, BUY and SEND of a listed NFT prints one.
        value >= long.MinValue && value <= long.MaxValue
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The nearest double, ties to even (what JavaScript gives for <c>Number(bigint)</c> and for
    /// power-of-two-radix <c>parseInt</c>); ±Infinity beyond the double range. The explicit
    /// <see cref="BigInteger"/> to <see cref="double"/> conversion truncates, so it cannot be used.
    /// </summary>
    public static double ToDouble(BigInteger value)
    {
        if (value.Sign < 0)
        {
            return -ToDouble(-value);
        }

        long bits = (long)value.GetBitLength();
        if (bits <= 53)
        {
            return (double)(ulong)value;
        }

        if (bits > 1024)
        {
            return double.PositiveInfinity;
        }

        // Keep 54 bits (53 + the rounding bit) and note whether anything below them is set.
        int shift = (int)(bits - 54);
        BigInteger top = value >> shift;
        bool sticky = !(top << shift).Equals(value);
        ulong mantissa = (ulong)top;
        bool roundBit = (mantissa & 1) != 0;
        mantissa >>= 1;
        if (roundBit && (sticky || (mantissa & 1) != 0))
        {
            mantissa++;
        }

        return Math.ScaleB(mantissa, shift + 1);
    }

    /// <summary>The message of the <c>SyntaxError</c> <c>BigInt(value)</c> throws (the value untrimmed).</summary>
    public static string CannotConvertMessage(string value) => "Cannot convert " + value + " to a BigInt";

    /// <summary>Digits of one radix (2, 8, 10 or 16), at least one, nothing else.</summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> digits, int radix, out BigInteger result)
    {
        result = BigInteger.Zero;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (DigitValue(c) >= radix)
            {
                return false;
            }
        }

        if (radix == 10)
        {
            result = digits.Length <= 18
                ? long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture)
                : BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            return true;
        }

        if (radix == 16)
        {
            // A leading 0 keeps the hex parser from reading the top bit as a sign.
            Span<char> buffer = digits.Length < 256 ? stackalloc char[digits.Length + 1] : new char[digits.Length + 1];
            buffer[0] = '0';
            digits.CopyTo(buffer[1..]);
            result = BigInteger.Parse(buffer, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            return true;
        }

        foreach (char c in digits)
        {
            result = (result * radix) + DigitValue(c);
        }

        return true;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => int.MaxValue,
    };
}
