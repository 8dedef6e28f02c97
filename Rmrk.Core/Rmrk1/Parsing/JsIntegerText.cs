using System.Globalization;
using System.Numerics;

namespace Rmrk.Core.Rmrk1.Parsing;

/// <summary>
/// The two JavaScript conversions LIST applies to its price: the <c>BigInt(parseInt(p))</c> pre-check of the
/// superstruct <c>IsBigInt</c> type and the final <c>BigInt(p)</c> (StringToBigInt).
/// </summary>
internal static class JsIntegerText
{
    /// <summary>True when <c>BigInt(parseInt(text))</c> would not throw: parseInt gives a finite number.</summary>
    public static bool ParseIntIsFinite(string text)
    {
        int i = 0;
        while (i < text.Length && IsJsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            i++;
        }

        int radix = 10;
        if (i + 1 < text.Length && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X'))
        {
            radix = 16;
            i += 2;
        }

        int start = i;
        while (i < text.Length && (radix == 10 ? char.IsAsciiDigit(text[i]) : char.IsAsciiHexDigit(text[i])))
        {
            i++;
        }

        if (i == start)
        {
            return false;
        }

        // Past about 1.8e308 parseInt gives Infinity, which BigInt refuses.
        ReadOnlySpan<char> digits = text.AsSpan(start, i - start).TrimStart('0');
        if (radix == 10)
        {
            return digits.Length <= 308 || !double.IsInfinity(double.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        return digits.Length <= 256 || !double.IsInfinity((double)ParseRadix(digits, 16));
    }

    /// <summary>JavaScript <c>BigInt(text)</c>; false where it throws <c>SyntaxError: Cannot convert … to a BigInt</c>.</summary>
    public static bool TryParseBigInt(string text, out BigInteger value)
    {
        value = BigInteger.Zero;
        ReadOnlySpan<char> s = TrimJs(text);
        if (s.Length == 0)
        {
            return true;
        }

        if (s.Length > 2 && s[0] == '0')
        {
            int radix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (radix != 0)
            {
                return TryDigits(s[2..], radix, out value);
            }
        }

        bool negative = false;
        if (s[0] == '+' || s[0] == '-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (!TryDigits(s, 10, out value))
        {
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, int radix, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (s.Length == 0)
        {
            return false;
        }

        foreach (char c in s)
        {
            int d = Digit(c);
            if (d < 0 || d >= radix)
            {
                return false;
            }
        }

        value = radix == 10
            ? BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture)
            : ParseRadix(s, radix);
        return true;
    }

    private static BigInteger ParseRadix(ReadOnlySpan<char> s, int radix)
    {
        BigInteger v = BigInteger.Zero;
        foreach (char c in s)
        {
            v = (v * radix) + Digit(c);
        }

        return v;
    }

    private static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };

    private static ReadOnlySpan<char> TrimJs(string text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && IsJsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsJsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>ECMAScript WhiteSpace and LineTerminator.</summary>
    public static bool IsJsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
