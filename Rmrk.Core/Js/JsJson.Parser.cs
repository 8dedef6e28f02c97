using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Rmrk.Core.Js;

public static partial class JsJson
{
    /// <summary>Characters that end a raw run inside a string: quote, backslash, U+0000–U+001F.</summary>
    internal static readonly SearchValues<char> StringSpecials = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private ref partial struct Parser
    {
        private readonly ReadOnlySpan<char> _text;
        private int _pos;
        private readonly JsLeafPool.StringPool _strings;
        private ContainerStack _open;
        private char[]? _scratch;

        public Parser(ReadOnlySpan<char> text)
        {
            _text = text;
            _strings = JsLeafPool.ThreadStrings();
            _open = ContainerStack.Take();
        }

        public void Dispose()
        {
            if (_scratch is not null)
            {
                ArrayPool<char>.Shared.Return(_scratch);
                _scratch = null;
            }

            _open.Release();
        }

        /// <summary>
        /// The grammar walked iteratively: read a value; a '[' or '{' pushes a frame and loops back to read
        /// its first element; a completed value is stored in the top frame, then ',' reads the next element
        /// and ']' / '}' pops the frame, the popped container being the completed value one level up.
        /// </summary>
        /// <param name="wholeText">Whether only whitespace may follow the value, as for a document.</param>
        public bool TryParseDocument(bool wholeText, [NotNullWhen(true)] out JsValue? result, out int length)
        {
            result = null;
            length = 0;
            while (true)
            {
                SkipWhitespace();
                if (!TryReadValueStart(out JsValue? value))
                {
                    return false;
                }

                if (value is null)
                {
                    continue; // a non-empty container was opened: read its first element
                }

                while (true)
                {
                    if (_open.Depth == 0)
                    {
                        if (wholeText)
                        {
                            SkipWhitespace();
                            if (_pos != _text.Length)
                            {
                                return false;
                            }
                        }

                        result = value;
                        length = _pos;
                        return true;
                    }

                    bool inObject = _open.TopIsObject;
                    _open.AddElement(value);
                    SkipWhitespace();
                    if (_pos >= _text.Length)
                    {
                        return false;
                    }

                    char c = _text[_pos++];
                    if (c == ',')
                    {
                        if (inObject)
                        {
                            if (!TryReadKey(out string? key))
                            {
                                return false;
                            }

                            _open.SetKey(key);
                        }

                        break; // read the next element
                    }

                    if (c != (inObject ? '}' : ']'))
                    {
                        return false;
                    }

                    value = _open.Close();
                }
            }
        }

        /// <summary>
        /// Reads a scalar or an empty container into <paramref name="value"/>, or opens a non-empty
        /// container (pushing a frame, leaving <paramref name="value"/> null).
        /// </summary>
        private bool TryReadValueStart(out JsValue? value)
        {
            value = null;
            if (_pos >= _text.Length)
            {
                return false;
            }

            switch (_text[_pos])
            {
                case '{':
                    _pos++;
                    SkipWhitespace();
                    if (_pos < _text.Length && _text[_pos] == '}')
                    {
                        _pos++;
                        value = new JsObject();
                        return true;
                    }

                    if (!TryReadKeyAfterSeparator(out string? key))
                    {
                        return false;
                    }

                    _open.OpenObject(key);
                    return true;
                case '[':
                    _pos++;
                    SkipWhitespace();
                    if (_pos < _text.Length && _text[_pos] == ']')
                    {
                        _pos++;
                        value = new JsArray();
                        return true;
                    }

                    _open.OpenArray();
                    return true;
                case '"':
                    _pos++;
                    if (TryReadPooledString(out var pooled))
                    {
                        value = pooled;
                        return true;
                    }

                    if (!TryReadStringBody(out string? s))
                    {
                        return false;
                    }

                    value = s.Length == 0 ? JsString.Empty : new JsString(s);
                    return true;
                case 't':
                    return TryReadLiteral("true", JsBool.True, out value);
                case 'f':
                    return TryReadLiteral("false", JsBool.False, out value);
                case 'n':
                    return TryReadLiteral("null", JsNull.Instance, out value);
                default:
                    if (!TryReadNumber(out double number))
                    {
                        return false;
                    }

                    value = JsLeafPool.Number(number);
                    return true;
            }
        }

        /// <summary>After a ',' in an object: whitespace, a string key, whitespace, ':'.</summary>
        private bool TryReadKey([NotNullWhen(true)] out string? key)
        {
            SkipWhitespace();
            return TryReadKeyAfterSeparator(out key);
        }

        private bool TryReadKeyAfterSeparator([NotNullWhen(true)] out string? key)
        {
            key = null;
            if (_pos >= _text.Length || _text[_pos] != '"')
            {
                return false;
            }

            _pos++;
            if (!TryReadKnownKey(out key) && !TryReadStringBody(out key))
            {
                return false;
            }

            SkipWhitespace();
            if (_pos >= _text.Length || _text[_pos] != ':')
            {
                return false;
            }

            _pos++;
            return true;
        }

        /// <summary>
        /// A key from <see cref="KnownKey"/> written without escapes: returned as the shared instance instead of a
        /// new string, since every MINT, RESADD and BASE payload repeats the same few keys.
        /// </summary>
        private bool TryReadKnownKey([NotNullWhen(true)] out string? key)
        {
            ReadOnlySpan<char> rest = _text[_pos..];
            int end = rest.IndexOfAny('"', '\\');
            if (end > 0 && rest[end] == '"' && (key = KnownKey(rest[..end])) is not null)
            {
                _pos += end + 1;
                return true;
            }

            key = null;
            return false;
        }

        /// <summary>A short string value without escapes, taken from <see cref="JsLeafPool"/>.</summary>
        private bool TryReadPooledString([NotNullWhen(true)] out JsString? value)
        {
            ReadOnlySpan<char> rest = _text[_pos..];
            int limit = Math.Min(rest.Length, JsLeafPool.MaxPooledLength + 1);
            int end = rest[..limit].IndexOfAny(StringSpecials);
            if (end >= 0 && rest[end] == '"')
            {
                value = _strings.Get(rest[..end]);
                _pos += end + 1;
                return true;
            }

            value = null;
            return false;
        }

        private bool TryReadLiteral(string literal, JsValue literalValue, out JsValue? value)
        {
            value = null;
            if (!_text[_pos..].StartsWith(literal, StringComparison.Ordinal))
            {
                return false;
            }

            _pos += literal.Length;
            value = literalValue;
            return true;
        }

        private void SkipWhitespace()
        {
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                {
                    return;
                }

                _pos++;
            }
        }
    }
}
