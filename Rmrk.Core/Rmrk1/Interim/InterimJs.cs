using System.Globalization;
using System.Text;
using System.Text.Json;
using Rmrk.Core.Js;

namespace Rmrk.Core.Rmrk1.Interim;

/// <summary>
/// TEMPORARY stand-ins for the shared Rmrk.Core.Js helpers (hexToString, decodeURI, decodeURIComponent,
/// JSON.parse, Number::toString, JSON.stringify of a string) until they land on main. Delete after merging.
/// </summary>
internal static class InterimJs
{
    private static readonly UTF8Encoding s_utf8 = new(false, false);

    public static string HexToString(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        int s = value.StartsWith("0x", StringComparison.Ordinal) ? 2 : 0;
        int len = (value.Length - s + 1) / 2;
        byte[] bytes = new byte[len];
        for (int i = 0; i < len; i++, s += 2)
        {
            int c1 = s < value.Length ? value[s] : 0;
            int c2 = s + 1 < value.Length ? value[s + 1] : 0;
            int idx = (c1 << 8) | c2;
            bytes[i] = idx < 65536 ? (byte)((HexNibble(idx >> 8) << 4) | HexNibble(idx & 0xFF)) : (byte)0;
        }

        int start = len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return s_utf8.GetString(bytes, start, len - start);
    }

    private static int HexNibble(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => 0,
    };

    public static bool TryDecodeUri(string s, out string decoded) => TryDecode(s, ";/?:@&=+$,#", out decoded);

    public static bool TryDecodeUriComponent(string s, out string decoded) => TryDecode(s, string.Empty, out decoded);

    private static bool TryDecode(string s, string reserved, out string decoded)
    {
        if (s.IndexOf('%', StringComparison.Ordinal) < 0)
        {
            decoded = s;
            return true;
        }

        var sb = new StringBuilder(s.Length);
        Span<byte> buf = stackalloc byte[4];
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }

            int start = k;
            if (k + 2 >= s.Length || !TryHexByte(s, k + 1, out byte b))
            {
                decoded = string.Empty;
                return false;
            }

            k += 2;
            if (b < 0x80)
            {
                if (reserved.Contains((char)b, StringComparison.Ordinal))
                {
                    sb.Append(s, start, 3);
                }
                else
                {
                    sb.Append((char)b);
                }

                continue;
            }

            int n = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
            if (n == 0)
            {
                decoded = string.Empty;
                return false;
            }

            buf[0] = b;
            for (int j = 1; j < n; j++)
            {
                k++;
                if (k + 2 >= s.Length || s[k] != '%' || !TryHexByte(s, k + 1, out byte cont) || (cont & 0xC0) != 0x80)
                {
                    decoded = string.Empty;
                    return false;
                }

                buf[j] = cont;
                k += 2;
            }

            if (!System.Text.Unicode.Utf8.IsValid(buf[..n]))
            {
                decoded = string.Empty;
                return false;
            }

            sb.Append(Encoding.UTF8.GetString(buf[..n]));
        }

        decoded = sb.ToString();
        return true;
    }

    private static bool TryHexByte(string s, int i, out byte b)
    {
        if (i + 1 < s.Length && char.IsAsciiHexDigit(s[i]) && char.IsAsciiHexDigit(s[i + 1]))
        {
            b = (byte)((HexNibble(s[i]) << 4) | HexNibble(s[i + 1]));
            return true;
        }

        b = 0;
        return false;
    }

    public static bool TryParseJson(string text, out JsValue value)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 10_000 });
            value = Convert(doc.RootElement);
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            value = JsNull.Instance;
            return false;
        }
    }

    private static JsValue Convert(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var o = new JsObject();
                foreach (var p in e.EnumerateObject())
                {
                    o.Set(p.Name, Convert(p.Value));
                }

                return o;
            case JsonValueKind.Array:
                var list = new List<JsValue>();
                foreach (var item in e.EnumerateArray())
                {
                    list.Add(Convert(item));
                }

                return new JsArray(list);
            case JsonValueKind.String:
                return new JsString(e.GetString()!);
            case JsonValueKind.Number:
                return new JsNumber(double.Parse(e.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture));
            case JsonValueKind.True:
                return JsBool.True;
            case JsonValueKind.False:
                return JsBool.False;
            default:
                return JsNull.Instance;
        }
    }

    public static string FormatNumber(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "Infinity" : "-Infinity";
        }

        if (d == 0)
        {
            return "0";
        }

        string shortest = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        // shortest is like "1.5", "1E+21", "1.2345E-07", "123"
        string mantissa = shortest;
        int exp = 0;
        int ei = shortest.IndexOf('E', StringComparison.Ordinal);
        if (ei >= 0)
        {
            mantissa = shortest[..ei];
            exp = int.Parse(shortest[(ei + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        string digits = dot >= 0 ? mantissa.Remove(dot, 1) : mantissa;
        int intLen = dot >= 0 ? dot : mantissa.Length;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }

        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        int n = intLen - lead + exp;
        int k = digits.Length;
        var sb = new StringBuilder();
        if (d < 0)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            sb.Append('e').Append(n - 1 >= 0 ? "+" : "-").Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    public static void AppendJsonString(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
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
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        sb.Append(c).Append(s[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
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

        sb.Append('"');
    }

    public static string JsonString(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        AppendJsonString(sb, s);
        return sb.ToString();
    }
}
