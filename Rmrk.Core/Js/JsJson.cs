using System.Diagnostics.CodeAnalysis;

namespace Rmrk.Core.Js;

/// <summary>
/// JavaScript <c>JSON.parse</c> (V8, Node 20) without a reviver: the same inputs are accepted and rejected
/// and the same values come out (see <c>docs/rmrk2-semantics.md</c> §9 for how they are printed again).
/// </summary>
/// <remarks>
/// Nesting is handled with an explicit stack, not recursion, so any depth V8 accepts (it parses 100000
/// nested arrays without complaint) parses here too, limited only by memory.
/// </remarks>
public static partial class JsJson
{
    /// <summary>As <c>JSON.parse(text)</c>; false (never an exception) where JavaScript would throw.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out JsValue? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text.AsSpan(), out value);
    }

    /// <inheritdoc cref="TryParse(string, out JsValue?)"/>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out JsValue? value) =>
        TryParse(text, wholeText: true, out value, out _);

    /// <summary>
    /// The string <c>JSON.parse</c> gives for the JSON string literal <paramref name="literal"/> (quotes included), or
    /// null when it is not one. Unlike System.Text.Json's readers, it keeps an escaped lone surrogate (<c>\ud800</c>)
    /// as the one UTF-16 unit JavaScript keeps.
    /// </summary>
    public static string? StringValue(ReadOnlySpan<char> literal) =>
        TryParse(literal, out var value) && value is JsString s ? s.Value : null;

    /// <summary>
    /// One JSON value at the start of <paramref name="text"/> (after any whitespace), and how many characters
    /// it took; what follows is not looked at. For readers of a known payload shape that hand one member to the
    /// full parser: the value is the one <c>JSON.parse</c> would give for it inside the whole document.
    /// </summary>
    internal static bool TryParsePrefix(ReadOnlySpan<char> text, [NotNullWhen(true)] out JsValue? value, out int length) =>
        TryParse(text, wholeText: false, out value, out length);

    private static bool TryParse(ReadOnlySpan<char> text, bool wholeText, [NotNullWhen(true)] out JsValue? value, out int length)
    {
        var parser = new Parser(text);
        try
        {
            return parser.TryParseDocument(wholeText, out value, out length);
        }
        finally
        {
            parser.Dispose();
        }
    }
}
