using System.Buffers;

namespace Rmrk.Core.Js;

/// <summary>
/// Hand-written matchers for the regular expressions of rmrk-tools, with JavaScript semantics:
/// <c>.</c> excludes \n \r \u2028 \u2029, <c>$</c> is the end of input only (no multiline flag),
/// <c>\S</c> is "not <see cref="IsJsWhitespace"/>", matching is per UTF-16 code unit.
/// </summary>
public static partial class JsText
{
    /// <summary>The <c>source</c> of <c>new RegExp("^(https?|ipfs)://.*$")</c> (JavaScript escapes the slashes).</summary>
    public const string UrlPatternSource = @"^(https?|ipfs):\/\/.*$";

    /// <summary>The <c>source</c> of <c>/^base-\S+\.{1}(.+)$/</c>.</summary>
    public const string SlotReferencePatternSource = @"^base-\S+\.{1}(.+)$";

    /// <summary>The <c>source</c> of <c>new RegExp("^base-")</c>.</summary>
    public const string BasePrefixPatternSource = "^base-";

    /// <summary>The <c>source</c> of the EQUIPPABLE <c>collectionRegexPattern</c>.</summary>
    public const string EquippableChangePatternSource = @"^([-+])?(\S+)$";

    /// <summary>The <c>source</c> of <c>/^$/</c>.</summary>
    public const string EmptyPatternSource = "^$";

    /// <summary>JavaScript line terminators, the characters <c>.</c> does not match.</summary>
    public static bool IsJsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary><c>/^(https?|ipfs):\/\/.*$/</c>: the scheme, then no line terminator up to the end.</summary>
    public static bool IsUrl(ReadOnlySpan<char> s)
    {
        int rest;
        if (s.StartsWith("https://"))
        {
            rest = 8;
        }
        else if (s.StartsWith("http://") || s.StartsWith("ipfs://"))
        {
            rest = 7;
        }
        else
        {
            return false;
        }

        return !ContainsLineTerminator(s[rest..]);
    }

    /// <summary>
    /// <c>/^base-\S+\.{1}(.+)$/</c>: "base-", at least one non-space, a dot, at least one more
    /// character, no line terminator anywhere. Backtracking lets the dot be any dot that has at least
    /// one non-space character between it and "base-" and at least one character after it.
    /// </summary>
    public static bool IsSlotReference(ReadOnlySpan<char> s)
    {
        if (!s.StartsWith("base-") || ContainsLineTerminator(s))
        {
            return false;
        }

        for (int i = 5; i < s.Length && !IsJsWhitespace(s[i]); i++)
        {
            if (s[i] == '.' && i >= 6 && i < s.Length - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>/^base-/</c>.</summary>
    public static bool StartsWithBase(ReadOnlySpan<char> s) => s.StartsWith("base-");

    /// <summary>
    /// <c>/^([-+])?(\S+)$/</c> as used by EQUIPPABLE: the whole value is one or more non-space
    /// characters. <paramref name="op"/> is '+' or '-' when group 1 matched, else '\0' (JS
    /// <c>undefined</c>); a lone "+" or "-" is the list itself, as the regex backtracks.
    /// </summary>
    public static bool IsEquippableChange(string s, out char op, out string list)
    {
        if (s.Length == 0 || ContainsJsWhitespace(s))
        {
            op = '\0';
            list = string.Empty;
            return false;
        }

        if (s.Length >= 2 && s[0] is '+' or '-')
        {
            op = s[0];
            list = s[1..];
        }
        else
        {
            op = '\0';
            list = s;
        }

        return true;
    }

    private static readonly SearchValues<char> s_lineTerminators = SearchValues.Create("\n\r\u2028\u2029");

    private static bool ContainsLineTerminator(ReadOnlySpan<char> s) => s.ContainsAny(s_lineTerminators);
}
