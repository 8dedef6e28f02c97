using System.Buffers;

namespace Rmrk.Core.Js;

public sealed partial class CanonicalJsonWriter
{
    /// <summary>ASCII characters JSON.stringify escapes: quote, backslash, U+0000–U+001F.</summary>
    private static readonly SearchValues<char> s_asciiEscapes = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>
    /// JSON.stringify's QuoteJSONString: <c>\" \\ \b \f \n \r \t</c>, other controls and lone surrogates
    /// as lower-case <c>\uxxxx</c>, everything else (non-ASCII, well-formed surrogate pairs, U+2028/2029,
    /// HTML characters) raw. Unescaped runs are copied as spans.
    /// </summary>
    private void WriteQuoted(string value)
    {
        Append('"');
        ReadOnlySpan<char> text = value;
        int pos = 0;
        int nextEscape = NextAsciiEscape(text, 0);
        while (pos < text.Length)
        {
            // Surrogates are looked for only up to the next ASCII escape, so both scans stay linear.
            int surrogate = text[pos..nextEscape].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (surrogate >= 0)
            {
                surrogate += pos;
                Append(text[pos..surrogate]);
                char c = text[surrogate];
                if (char.IsHighSurrogate(c) && surrogate + 1 < text.Length && char.IsLowSurrogate(text[surrogate + 1]))
                {
                    Append(text.Slice(surrogate, 2));
                    pos = surrogate + 2;
                }
                else
                {
                    AppendUnicodeEscape(c);
                    pos = surrogate + 1;
                }

                continue;
            }

            Append(text[pos..nextEscape]);
            if (nextEscape == text.Length)
            {
                break;
            }

            AppendEscape(text[nextEscape]);
            pos = nextEscape + 1;
            nextEscape = NextAsciiEscape(text, pos);
        }

        Append('"');
    }

    private static int NextAsciiEscape(ReadOnlySpan<char> text, int from)
    {
        int i = text[from..].IndexOfAny(s_asciiEscapes);
        return i < 0 ? text.Length : from + i;
    }

    private void AppendEscape(char c)
    {
        switch (c)
        {
            case '"':
                Append("\\\"");
                break;
            case '\\':
                Append("\\\\");
                break;
            case '\b':
                Append("\\b");
                break;
            case '\f':
                Append("\\f");
                break;
            case '\n':
                Append("\\n");
                break;
            case '\r':
                Append("\\r");
                break;
            case '\t':
                Append("\\t");
                break;
            default:
                AppendUnicodeEscape(c);
                break;
        }
    }

    private void AppendUnicodeEscape(char c)
    {
        const string Hex = "0123456789abcdef";
        Reserve(6);
        Span<char> dest = _buffer.AsSpan(_length, 6);
        dest[0] = '\\';
        dest[1] = 'u';
        dest[2] = Hex[c >> 12];
        dest[3] = Hex[(c >> 8) & 0xF];
        dest[4] = Hex[(c >> 4) & 0xF];
        dest[5] = Hex[c & 0xF];
        _length += 6;
    }
}
