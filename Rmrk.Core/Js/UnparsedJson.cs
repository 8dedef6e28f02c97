using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Rmrk.Core.Js;

/// <summary>
/// A JSON value kept as the text it was read from (UTF-8), already known to be what <c>JSON.parse</c> accepts,
/// and built into a <see cref="JsValue"/> only when something reads it.
/// </summary>
/// <remarks>
/// Made for the properties of a MINT: a Kanaria bird's are five nested objects, which the replay builds and keeps
/// but never reads again unless a SETPROPERTY comes (1.46M objects of a 1M-remark state). As text they are one
/// array. Only the plain shape (<see cref="PlainLength"/>) is taken as text; anything else is parsed at once.
/// </remarks>
public sealed class UnparsedJson
{
    private const int StackLimit = 512;

    private readonly byte[] _utf8;

    private UnparsedJson(byte[] utf8) => _utf8 = utf8;

    /// <summary>
    /// The plain JSON value at the start of <paramref name="text"/>, taken as text: null when the value is not
    /// plain, contains <paramref name="mustNotContain"/>, or cannot round-trip through UTF-8 (a lone surrogate),
    /// so that the caller parses it instead.
    /// </summary>
    public static UnparsedJson? TryTakePlain(ReadOnlySpan<char> text, string? mustNotContain, out int length)
    {
        length = PlainLength(text);
        var value = text[..length];
        if (length == 0 || (mustNotContain is not null && value.Contains(mustNotContain, StringComparison.Ordinal)))
        {
            return null;
        }

        if (Ascii.IsValid(value))
        {
            byte[] ascii = new byte[value.Length];
            Ascii.FromUtf16(value, ascii, out _);
            return new UnparsedJson(ascii);
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(value.Length * 3);
        try
        {
            var status = Utf8.FromUtf16(value, buffer, out _, out int written, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? new UnparsedJson(buffer.AsSpan(0, written).ToArray()) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The value <c>JSON.parse</c> gives for the text, built anew on each call.</summary>
    public JsValue Parse()
    {
        using var pooled = PooledArray<char>.RentAbove(StackLimit, _utf8.Length);
        Span<char> buffer = pooled.IsRented ? pooled.Span : stackalloc char[StackLimit];
        int length = Encoding.UTF8.GetChars(_utf8, buffer);
        if (!JsJson.TryParse(buffer[..length], out var value))
        {
            throw new InvalidOperationException("Text checked as plain JSON did not parse.");
        }

        return value;
    }

    /// <summary>
    /// How long the JSON value at the start of <paramref name="text"/> is, when it is written in the plain
    /// shape: no whitespace, strings without escapes or control characters, numbers and literals as JSON writes
    /// them, at most 64 levels deep. 0 for anything else, which says nothing about whether it parses.
    /// </summary>
    /// <remarks>What is measured here, <see cref="JsJson"/> reads as one value of exactly that length.</remarks>
    public static int PlainLength(ReadOnlySpan<char> text)
    {
        const int MaxDepth = 64;
        ulong inObject = 0; // one bit a level: whether the container open at that level is an object
        int depth = 0;
        int pos = 0;
        bool expectKey = false;
        while (true)
        {
            // A value (or, in an object, a key and its colon before it).
            if (expectKey && (!SkipString(text, ref pos) || !Take(text, ref pos, ':')))
            {
                return 0;
            }

            if (pos >= text.Length)
            {
                return 0;
            }

            char c = text[pos];
            if (c is '{' or '[')
            {
                bool isObject = c == '{';
                pos++;
                if (!Take(text, ref pos, isObject ? '}' : ']'))
                {
                    if (depth == MaxDepth)
                    {
                        return 0;
                    }

                    inObject = isObject ? inObject | (1UL << depth) : inObject & ~(1UL << depth);
                    depth++;
                    expectKey = isObject;
                    continue;
                }

                // An empty container is a complete value.
            }
            else if (!SkipScalar(text, ref pos))
            {
                return 0;
            }

            // After a complete value: close containers, or go on to the next element.
            while (true)
            {
                if (depth == 0)
                {
                    return pos;
                }

                bool isObject = (inObject & (1UL << (depth - 1))) != 0;
                if (Take(text, ref pos, ','))
                {
                    expectKey = isObject;
                    break;
                }

                if (!Take(text, ref pos, isObject ? '}' : ']'))
                {
                    return 0;
                }

                depth--;
            }
        }
    }

    private static bool SkipScalar(ReadOnlySpan<char> text, ref int pos) => text[pos] switch
    {
        '"' => SkipString(text, ref pos),
        't' => SkipLiteral(text, ref pos, "true"),
        'f' => SkipLiteral(text, ref pos, "false"),
        'n' => SkipLiteral(text, ref pos, "null"),
        _ => SkipNumber(text, ref pos),
    };

    private static bool SkipString(ReadOnlySpan<char> text, ref int pos)
    {
        if (!Take(text, ref pos, '"'))
        {
            return false;
        }

        int end = text[pos..].IndexOfAny(JsJson.StringSpecials);
        if (end < 0 || text[pos + end] != '"')
        {
            return false;
        }

        pos += end + 1;
        return true;
    }

    private static bool SkipLiteral(ReadOnlySpan<char> text, ref int pos, string literal)
    {
        if (!text[pos..].StartsWith(literal, StringComparison.Ordinal))
        {
            return false;
        }

        pos += literal.Length;
        return true;
    }

    /// <summary>-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?</summary>
    private static bool SkipNumber(ReadOnlySpan<char> text, ref int pos)
    {
        Take(text, ref pos, '-');

        // A leading zero stands alone: a digit after it is left for the caller, which fails on it.
        if (!Take(text, ref pos, '0') && SkipDigits(text, ref pos) == 0)
        {
            return false;
        }

        if (Take(text, ref pos, '.') && SkipDigits(text, ref pos) == 0)
        {
            return false;
        }

        if (pos < text.Length && (text[pos] | 0x20) == 'e')
        {
            pos++;
            if (!Take(text, ref pos, '+'))
            {
                Take(text, ref pos, '-');
            }

            return SkipDigits(text, ref pos) > 0;
        }

        return true;
    }

    private static int SkipDigits(ReadOnlySpan<char> text, ref int pos)
    {
        int start = pos;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        return pos - start;
    }

    private static bool Take(ReadOnlySpan<char> text, ref int pos, char c)
    {
        if (pos < text.Length && text[pos] == c)
        {
            pos++;
            return true;
        }

        return false;
    }
}
