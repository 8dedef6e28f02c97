using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Rmrk.Core.Js;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>The members of a MINT payload that the new NFT keeps, once the payload has passed <c>NFTStruct</c>.</summary>
/// <remarks>
/// Nearly every MINT on chain is one flat object — the NFT fields as plain strings and a small integer, then a
/// properties object — without whitespace or escapes inside the JSON. <see cref="TryReadPlain"/> reads exactly
/// that shape straight into this struct and hands only the properties to the JSON parser. Anything else (other
/// or repeated keys, whitespace, escapes, fractions, a royalty out of range, a field of the wrong type) it
/// declines, and the payload takes the general path: <c>JSON.parse</c>, then the struct check with its messages.
/// Where it answers, it answers as that path would. Building the outer object, wrapping its strings and looking
/// its keys up again was about a fifth of the cost of a MINT.
/// </remarks>
internal readonly record struct MintPayload(
    string Collection,
    string Symbol,
    double Transferable,
    string Sn,
    string? Metadata,
    JsValue Properties)
{
    private const int StackLimit = 512;

    /// <summary>The members of a payload that <see cref="RemarkStructs.ValidateNft"/> accepted.</summary>
    public static MintPayload From(JsObject o)
    {
        var properties = o["properties"];
        return new MintPayload(
            ((JsString)o["collection"]!).Value,
            ((JsString)o["symbol"]!).Value,
            ((JsNumber)o["transferable"]!).Value,
            ((JsString)o["sn"]!).Value,
            (o["metadata"] as JsString)?.Value,
            properties is { IsTruthy: true } ? properties : new JsObject());
    }

    /// <summary>
    /// The URI-encoded payload field read directly when it has the common plain shape and is valid; false when
    /// it has not (which says nothing about its validity).
    /// </summary>
    [SkipLocalsInit]
    public static bool TryReadPlain(ReadOnlySpan<char> encoded, out MintPayload payload)
    {
        payload = default;
        if (encoded.Length > StackLimit)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[StackLimit];
        int length = JsUri.DecodeUriComponent(encoded, buffer);
        return length >= 0 && new PlainReader(buffer[..length]).TryRead(out payload);
    }

    private ref struct PlainReader(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly JsLeafPool.StringPool _strings = JsLeafPool.ThreadStrings();
        private int _pos;

        public bool TryRead(out MintPayload payload)
        {
            payload = default;
            string? collection = null, symbol = null, sn = null, metadata = null;
            double? transferable = null;
            JsValue? properties = null;
            if (!Take('{'))
            {
                return false;
            }

            do
            {
                bool read = ReadKey() switch
                {
                    "collection" => collection is null && TryReadString(out collection),
                    "symbol" => symbol is null && TryReadString(out symbol),
                    "sn" => sn is null && TryReadString(out sn),
                    "metadata" => metadata is null && TryReadString(out metadata) && JsText.IsUrl(metadata),
                    "transferable" => transferable is null && TryReadInteger(out transferable),
                    "properties" => properties is null && TryReadProperties(out properties),
                    _ => false,
                };
                if (!read)
                {
                    return false;
                }
            }
            while (Take(','));

            if (!Take('}') || _pos != _text.Length || collection is null || symbol is null || sn is null || transferable is null)
            {
                return false;
            }

            payload = new MintPayload(collection, symbol, transferable.Value, sn, metadata, properties ?? new JsObject());
            return true;
        }

        private bool Take(char c)
        {
            if (_pos < _text.Length && _text[_pos] == c)
            {
                _pos++;
                return true;
            }

            return false;
        }

        /// <summary>A key and its colon; empty when there is none in plain form.</summary>
        private ReadOnlySpan<char> ReadKey()
        {
            var start = _pos;
            if (!TryReadPlainString(out var key) || !Take(':'))
            {
                _pos = start;
                return default;
            }

            return key;
        }

        private bool TryReadPlainString(out ReadOnlySpan<char> value)
        {
            value = default;
            if (!Take('"'))
            {
                return false;
            }

            var rest = _text[_pos..];
            int end = rest.IndexOfAny(JsJson.StringSpecials);
            if (end < 0 || rest[end] != '"')
            {
                return false;
            }

            value = rest[..end];
            _pos += end + 1;
            return true;
        }

        /// <summary>A plain string, shared through the JSON parser's pool where that parser would share it.</summary>
        private bool TryReadString([NotNullWhen(true)] out string? value)
        {
            if (!TryReadPlainString(out var span))
            {
                value = null;
                return false;
            }

            value = span.Length <= JsLeafPool.MaxPooledLength ? _strings.Get(span).Value : new string(span);
            return true;
        }

        /// <summary>
        /// An integer written the one way JSON allows, short enough to be exact as a double. "-0" is left to the
        /// parser: it is a number of its own there.
        /// </summary>
        private bool TryReadInteger([NotNullWhen(true)] out double? value)
        {
            const int MaxDigits = 15;
            value = null;
            bool negative = Take('-');
            int start = _pos;
            long magnitude = 0;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]) && _pos - start < MaxDigits)
            {
                magnitude = (magnitude * 10) + (_text[_pos++] - '0');
            }

            int digits = _pos - start;
            bool plain = digits > 0
                && (_text[start] != '0' || (digits == 1 && !negative))
                && _pos < _text.Length && _text[_pos] is ',' or '}';
            if (!plain)
            {
                return false;
            }

            value = negative ? -magnitude : magnitude;
            return true;
        }

        private bool TryReadProperties([NotNullWhen(true)] out JsValue? properties)
        {
            properties = null;
            if (_pos >= _text.Length || _text[_pos] != '{'
                || !JsJson.TryParsePrefix(_text[_pos..], out properties, out int length))
            {
                return false;
            }

            _pos += length;
            return RemarkStructs.ValidateRoyalties(properties) is null;
        }
    }
}
