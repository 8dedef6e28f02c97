using System.Text;

namespace Rmrk.Core.Emotes;

/// <summary>
/// rmrk-tools 2.1.13 <c>isValidEmoji(unicode)</c> (<c>tools/validate-emoji.ts</c>), the check behind
/// <c>[EMOTE] Dead before instantiation: Invalid emoji unicode U</c>: the EMOTE field is turned into a string
/// by <see cref="UnifiedToNative"/> and passes when <see cref="ContainsEmoji"/> finds an emoji anywhere in it.
/// </summary>
/// <remarks>
/// Consequences worth knowing: the test is unanchored, so <c>1F600-ZZ</c> fails (one bad part empties the
/// whole string) but <c>41-1F600</c> and <c>1F600-</c> pass; ASCII <c>#</c>, <c>*</c> and digits count as
/// emoji (<c>30</c>, <c>23</c> pass; <c>0</c> is U+0000 and fails); surrogate halves given separately
/// (<c>D83D-DE00</c>) combine into one emoji.
/// </remarks>
public static class EmojiValidator
{
    private const int CacheCapacity = 4096;

    /// <summary>
    /// The most parts <c>String.fromCodePoint(...parts)</c> takes in the reference before the spread overflows V8's
    /// stack; the <c>RangeError</c> is caught like any other and the text becomes "". The limit moves with the run's
    /// JIT state: 123,574 once the emote code is optimised (after a few thousand EMOTEs, as in any chain replay),
    /// 123,035 in a fresh process, lower in between (Node 20, <c>consolidate.mjs</c>).
    /// </summary>
    public const int MaxFromCodePointArguments = 123_574;

    /// <summary>Verdicts by input: a pure function of the text, and EMOTE inputs repeat a lot.</summary>
    [ThreadStatic]
    private static Dictionary<string, bool>? t_verdicts;

    /// <summary><c>isValidEmoji(unicode)</c>.</summary>
    public static bool IsValidEmoji(string? unicode)
    {
        if (unicode is null)
        {
            return false;
        }

        var verdicts = t_verdicts ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (verdicts.TryGetValue(unicode, out bool valid))
        {
            return valid;
        }

        valid = ContainsEmoji(UnifiedToNative(unicode));
        if (verdicts.Count >= CacheCapacity)
        {
            verdicts.Clear();
        }

        verdicts[unicode] = valid;
        return valid;
    }

    /// <summary>
    /// <c>unifiedToNative(unified)</c>: removes every pair of characters from {<c>U</c>, <c>+</c>} (the
    /// regex <c>/([U+]){2}/g</c>), splits on <c>-</c> if the input contains one and on a space otherwise,
    /// reads each part as <c>Number("0x" + part)</c> (an empty part is <c>Number("")</c>, i.e. 0) and
    /// builds the string with <c>String.fromCodePoint</c>. Any part that is not an integer in 0..0x10FFFF
    /// makes <c>fromCodePoint</c> throw, which the reference turns into the empty string. Lone surrogates
    /// are kept as UTF-16 units, as in JavaScript.
    /// </summary>
    public static string UnifiedToNative(string? unified)
    {
        if (unified is null)
        {
            // unified.replace throws on undefined; the reference catches it and returns "".
            return string.Empty;
        }

        char separator = unified.Contains('-', StringComparison.Ordinal) ? '-' : ' ';
        ReadOnlySpan<char> rest = StripUPlusPairs(unified);
        if (rest.Count(separator) >= MaxFromCodePointArguments)
        {
            return string.Empty;
        }

        var result = new StringBuilder(rest.Length);
        while (true)
        {
            int cut = rest.IndexOf(separator);
            ReadOnlySpan<char> part = cut < 0 ? rest : rest[..cut];
            if (!TryParseCodePoint(part, out int codePoint))
            {
                return string.Empty;
            }

            if (codePoint <= 0xFFFF)
            {
                result.Append((char)codePoint);
            }
            else
            {
                int offset = codePoint - 0x10000;
                result.Append((char)(0xD800 + (offset >> 10))).Append((char)(0xDC00 + (offset & 0x3FF)));
            }

            if (cut < 0)
            {
                return result.ToString();
            }

            rest = rest[(cut + 1)..];
        }
    }

    /// <summary>
    /// <c>emojiRegex().test(text)</c> for emoji-regex 9.2.2's text variant: true when any emoji occurs
    /// anywhere. Scans UTF-16 units like a non-<c>u</c> regex, pairing surrogates where they form a pair.
    /// </summary>
    public static bool ContainsEmoji(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
            }

            if (EmojiCodePoints.Contains(codePoint))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>unified.replace(/([U+]){2}/g, "")</c>: leftmost, non-overlapping pairs.</summary>
    private static string StripUPlusPairs(string unified)
    {
        if (unified.IndexOfAny(['U', '+']) < 0)
        {
            return unified;
        }

        var kept = new StringBuilder(unified.Length);
        for (int i = 0; i < unified.Length; i++)
        {
            if (i + 1 < unified.Length && IsUOrPlus(unified[i]) && IsUOrPlus(unified[i + 1]))
            {
                i++;
                continue;
            }

            kept.Append(unified[i]);
        }

        return kept.ToString();
    }

    private static bool IsUOrPlus(char c) => c is 'U' or '+';

    /// <summary>
    /// <c>Number("0x" + part)</c> followed by <c>String.fromCodePoint</c>'s range check. <c>Number</c> trims
    /// JavaScript white space, but only the end can have any (the text starts with <c>0x</c>); what remains
    /// after <c>0x</c> must be one or more ASCII hex digits.
    /// </summary>
    private static bool TryParseCodePoint(ReadOnlySpan<char> part, out int codePoint)
    {
        codePoint = 0;
        if (part.IsEmpty)
        {
            return true;
        }

        int end = part.Length;
        while (end > 0 && IsJsWhiteSpace(part[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return false;
        }

        long value = 0;
        for (int i = 0; i < end; i++)
        {
            char c = part[i];
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }

            // Keep scanning for invalid digits (NaN and out of range both fail), but stop growing.
            if (value <= 0x10FFFF)
            {
                value = (value << 4) | (long)HexValue(c);
            }
        }

        if (value > 0x10FFFF)
        {
            return false;
        }

        codePoint = (int)value;
        return true;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>ECMAScript WhiteSpace and LineTerminator, as trimmed by <c>Number(string)</c>.</summary>
    private static bool IsJsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
