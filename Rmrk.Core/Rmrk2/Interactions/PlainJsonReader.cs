using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Rmrk.Core.Js;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// Reads a payload object of the plain shape nearly every remark on chain has: no whitespace, keys and string
/// values without escapes. Each step answers false where the text is anything else, and the payload reader then
/// leaves the remark to <c>JSON.parse</c>. Values it reads are the ones that parser gives: strings are shared
/// through the same pool, and anything but a plain string is handed to the parser itself.
/// </summary>
internal ref struct PlainJsonReader(ReadOnlySpan<char> text)
{
    private const int StackLimit = 512;

    private readonly ReadOnlySpan<char> _text = text;
    private readonly JsLeafPool.StringPool _strings = JsLeafPool.ThreadStrings();
    private int _pos;

    /// <summary>Whether the whole text has been read.</summary>
    public readonly bool AtEnd => _pos == _text.Length;

    /// <summary>
    /// A URI-encoded payload field decoded and read whole by <typeparamref name="T"/>; false when it is not
    /// plain (which says nothing about its validity).
    /// </summary>
    [SkipLocalsInit]
    public static bool TryRead<T>(ReadOnlySpan<char> encoded, [MaybeNullWhen(false)] out T payload)
        where T : IPlainPayload<T>
    {
        // Decoding never lengthens the text. A tenth of Kanaria's MINTs are longer than the stack buffer (a
        // royalty and a few properties); declining them sent them through JSON.parse for their length alone.
        using var pooled = PooledArray<char>.RentAbove(StackLimit, encoded.Length);
        Span<char> buffer = pooled.IsRented ? pooled.Span : stackalloc char[StackLimit];
        payload = default;
        int length = JsUri.DecodeUriComponent(encoded, buffer);
        if (length < 0)
        {
            return false;
        }

        var reader = new PlainJsonReader(buffer[..length]);
        return T.TryRead(ref reader, out payload) && reader.AtEnd;
    }

    public bool Take(char c)
    {
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    /// <summary>A key and its colon; empty when there is none in plain form.</summary>
    public ReadOnlySpan<char> ReadKey()
    {
        int start = _pos;
        if (!TryReadPlainString(out var key) || !Take(':'))
        {
            _pos = start;
            return default;
        }

        return key;
    }

    /// <summary>A plain string, shared through the JSON parser's pool where that parser would share it.</summary>
    public bool TryReadString([NotNullWhen(true)] out string? value)
    {
        if (!TryReadPlainString(out var span))
        {
            value = null;
            return false;
        }

        value = span.Length <= JsLeafPool.MaxPooledLength ? _strings.Get(span).Value : new string(span);
        return true;
    }

    /// <summary>Any JSON value, read by the parser.</summary>
    public bool TryReadValue([NotNullWhen(true)] out JsValue? value)
    {
        if (!JsJson.TryParsePrefix(_text[_pos..], out value, out int length))
        {
            return false;
        }

        _pos += length;
        return true;
    }

    /// <summary>An object value, read by the parser.</summary>
    public bool TryReadObject([NotNullWhen(true)] out JsValue? value)
    {
        value = null;
        return _pos < _text.Length && _text[_pos] == '{' && TryReadValue(out value);
    }

    /// <summary>
    /// An object in the plain shape, taken as text without building it; false (reading nothing) for any other
    /// value, or one whose text contains <paramref name="mustNotContain"/>.
    /// </summary>
    public bool TryTakePlainObject([NotNullWhen(true)] out UnparsedJson? value, string mustNotContain)
    {
        value = null;
        var rest = _text[_pos..];
        if (rest.IsEmpty || rest[0] != '{')
        {
            return false;
        }

        value = UnparsedJson.TryTakePlain(rest, mustNotContain, out int length);
        if (value is null)
        {
            return false;
        }

        _pos += length;
        return true;
    }

    /// <summary>
    /// An integer written the one way JSON allows, short enough to be exact as a double. "-0" is left to the
    /// parser: it is a number of its own there.
    /// </summary>
    public bool TryReadInteger([NotNullWhen(true)] out double? value)
    {
        const int MaxDigits = 15;
        value = null;
        int start = _pos;
        bool negative = Take('-');
        int digitsStart = _pos;
        long magnitude = 0;
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]) && _pos - digitsStart < MaxDigits)
        {
            magnitude = (magnitude * 10) + (_text[_pos++] - '0');
        }

        int digits = _pos - digitsStart;
        bool plain = digits > 0
            && (_text[digitsStart] != '0' || (digits == 1 && !negative))
            && _pos < _text.Length && _text[_pos] is ',' or '}';
        if (!plain)
        {
            _pos = start;
            return false;
        }

        value = negative ? -magnitude : magnitude;
        return true;
    }

    private bool TryReadPlainString(out ReadOnlySpan<char> value)
    {
        value = default;
        int start = _pos;
        if (!Take('"'))
        {
            return false;
        }

        var rest = _text[_pos..];
        int end = rest.IndexOfAny(JsJson.StringSpecials);
        if (end < 0 || rest[end] != '"')
        {
            _pos = start;
            return false;
        }

        value = rest[..end];
        _pos += end + 1;
        return true;
    }
}

/// <summary>
/// A payload that <see cref="PlainJsonReader"/> can read when it is plain and valid, and that the general path
/// (<see cref="PayloadField"/>) checks and takes from the parsed value otherwise.
/// </summary>
internal interface IPlainPayload<TSelf>
{
    /// <summary>Reads one payload object; false to leave it to the general path.</summary>
    static abstract bool TryRead(ref PlainJsonReader reader, [MaybeNullWhen(false)] out TSelf payload);

    /// <summary>The struct check of the general path: null, or the reference's message.</summary>
    static abstract string? Validate(JsValue value);

    /// <summary>The members of a parsed value that passed <see cref="Validate"/>.</summary>
    static abstract TSelf From(JsValue value);
}
