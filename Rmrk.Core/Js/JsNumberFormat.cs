using System.Globalization;

namespace Rmrk.Core.Js;

/// <summary>
/// JavaScript <c>Number.prototype.toString()</c> for doubles. Minimal stand-in on the jscompat branch;
/// the full implementation lives on the JSON branch and replaces this file at merge.
/// </summary>
public static class JsNumberFormat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        // "E16" is not shortest; "R" is (since .NET Core 3.0). Pull digits and exponent out of it.
        string r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E', StringComparison.Ordinal);
        string mantissa = e < 0 ? r : r[..e];
        int exponent = e < 0 ? 0 : int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        string digits = dot < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, dot), mantissa.AsSpan(dot + 1));
        int pointPosition = (dot < 0 ? mantissa.Length : dot) + exponent;
        int leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        pointPosition -= leadingZeros;

        // value = 0.digits × 10^n, with k significant digits (ECMA-262 Number::toString).
        int k = digits.Length;
        int n = pointPosition;
        string sign = value < 0 ? "-" : string.Empty;
        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        int exp = n - 1;
        string expText = (exp >= 0 ? "+" : "-") + Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
        return k == 1
            ? sign + digits + "e" + expText
            : sign + digits[..1] + "." + digits[1..] + "e" + expText;
    }
}
