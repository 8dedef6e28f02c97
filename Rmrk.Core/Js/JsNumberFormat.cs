using System.Globalization;

namespace Rmrk.Core.Js;

/// <summary>
/// JavaScript's <c>Number.prototype.toString()</c> (ECMA-262 Number::toString, radix 10) for doubles:
/// the shortest digits that round-trip, laid out as a plain decimal when the decimal exponent n
/// (value = 0.d1d2…dk × 10^n) satisfies -6 &lt; n ≤ 21, otherwise as <c>d.ddde±x</c>. <c>-0</c> prints
/// as <c>0</c>. .NET's shortest round-trip formatting supplies the digits; only the layout differs.
/// </summary>
public static class JsNumberFormat
{
    /// <summary>Enough room for any finite double, e.g. <c>-2.2250738585072014e-308</c> (24 chars).</summary>
    public const int MaxLength = 32;

    // Integers below 2^53 are exact and already shortest, so they can skip the digit re-layout.
    private const double SafeIntegerLimit = 9007199254740992.0;

    public static string Format(double value)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        int written = Format(value, buffer);
        return new string(buffer[..written]);
    }

    /// <summary>Formats into <paramref name="destination"/> (at least <see cref="MaxLength"/> chars).</summary>
    /// <returns>The number of chars written.</returns>
    public static int Format(double value, Span<char> destination)
    {
        if (destination.Length < MaxLength)
        {
            throw new ArgumentException($"Destination needs at least {MaxLength} chars.", nameof(destination));
        }

        if (double.IsNaN(value))
        {
            return Copy("NaN", destination);
        }

        if (double.IsInfinity(value))
        {
            return Copy(value > 0 ? "Infinity" : "-Infinity", destination);
        }

        if (value == 0)
        {
            destination[0] = '0'; // both +0 and -0
            return 1;
        }

        if (Math.Abs(value) < SafeIntegerLimit && value == Math.Floor(value))
        {
            ((long)value).TryFormat(destination, out int intWritten, default, CultureInfo.InvariantCulture);
            return intWritten;
        }

        return FormatGeneral(value, destination);
    }

    private static int FormatGeneral(double value, Span<char> destination)
    {
        // .NET's "R" gives the shortest round-trip digits in either "123.45", "1E-07" or "1.5E+21" form.
        Span<char> net = stackalloc char[MaxLength];
        value.TryFormat(net, out int netLength, "R", CultureInfo.InvariantCulture);
        net = net[..netLength];

        int pos = 0;
        bool negative = net[0] == '-';
        if (negative)
        {
            pos = 1;
        }

        Span<char> digits = stackalloc char[MaxLength];
        int digitCount = 0;
        int fractionDigits = 0;
        bool inFraction = false;
        int exponent = 0;
        for (; pos < net.Length; pos++)
        {
            char c = net[pos];
            if (c == '.')
            {
                inFraction = true;
            }
            else if (c == 'E')
            {
                exponent = int.Parse(net[(pos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                if (digitCount > 0 || c != '0')
                {
                    digits[digitCount++] = c; // leading zeros add nothing to the integer the digits form
                }

                if (inFraction)
                {
                    fractionDigits++;
                }
            }
        }

        // value = digits × 10^(exponent - fractionDigits); drop trailing zeros into the exponent.
        int scale = exponent - fractionDigits;
        while (digitCount > 1 && digits[digitCount - 1] == '0')
        {
            digitCount--;
            scale++;
        }

        return Layout(negative, digits[..digitCount], scale + digitCount, destination);
    }

    /// <summary>ECMA-262 Number::toString steps for k digits and decimal point position n.</summary>
    private static int Layout(bool negative, ReadOnlySpan<char> digits, int n, Span<char> destination)
    {
        int k = digits.Length;
        int w = 0;
        if (negative)
        {
            destination[w++] = '-';
        }

        if (k <= n && n <= 21)
        {
            digits.CopyTo(destination[w..]);
            w += k;
            destination.Slice(w, n - k).Fill('0');
            return w + n - k;
        }

        if (0 < n && n <= 21)
        {
            digits[..n].CopyTo(destination[w..]);
            w += n;
            destination[w++] = '.';
            digits[n..].CopyTo(destination[w..]);
            return w + k - n;
        }

        if (-6 < n && n <= 0)
        {
            destination[w++] = '0';
            destination[w++] = '.';
            destination.Slice(w, -n).Fill('0');
            w += -n;
            digits.CopyTo(destination[w..]);
            return w + k;
        }

        destination[w++] = digits[0];
        if (k > 1)
        {
            destination[w++] = '.';
            digits[1..].CopyTo(destination[w..]);
            w += k - 1;
        }

        int e = n - 1;
        destination[w++] = 'e';
        destination[w++] = e < 0 ? '-' : '+';
        Math.Abs(e).TryFormat(destination[w..], out int expWritten, default, CultureInfo.InvariantCulture);
        return w + expWritten;
    }

    private static int Copy(string text, Span<char> destination)
    {
        text.AsSpan().CopyTo(destination);
        return text.Length;
    }
}
