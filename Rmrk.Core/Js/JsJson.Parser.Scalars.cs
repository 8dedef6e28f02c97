using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Rmrk.Core.Js;

public static partial class JsJson
{
    /// <summary>Strings and numbers.</summary>
    private ref partial struct Parser
    {
        /// <summary>Reads the rest of a string whose opening quote has been consumed.</summary>
        private bool TryReadStringBody([NotNullWhen(true)] out string? result)
        {
            result = null;
            ReadOnlySpan<char> rest = _text[_pos..];
            int special = rest.IndexOfAny(StringSpecials);
            if (special < 0)
            {
                return false;
            }

            if (rest[special] == '"')
            {
                result = special == 0 ? string.Empty : new string(rest[..special]);
                _pos += special + 1;
                return true;
            }

            int length = 0;
            while (true)
            {
                AppendScratch(ref length, rest[..special]);
                _pos += special;
                char c = _text[_pos++];
                if (c == '"')
                {
                    result = new string(_scratch.AsSpan(0, length));
                    return true;
                }

                if (c != '\\' || !TryReadEscape(out char unescaped))
                {
                    return false; // a raw control character or a bad escape
                }

                AppendScratch(ref length, new ReadOnlySpan<char>(in unescaped));
                rest = _text[_pos..];
                special = rest.IndexOfAny(StringSpecials);
                if (special < 0)
                {
                    return false;
                }
            }
        }

        private bool TryReadEscape(out char unescaped)
        {
            unescaped = '\0';
            if (_pos >= _text.Length)
            {
                return false;
            }

            char e = _text[_pos++];
            switch (e)
            {
                case '"':
                case '\\':
                case '/':
                    unescaped = e;
                    return true;
                case 'b':
                    unescaped = '\b';
                    return true;
                case 'f':
                    unescaped = '\f';
                    return true;
                case 'n':
                    unescaped = '\n';
                    return true;
                case 'r':
                    unescaped = '\r';
                    return true;
                case 't':
                    unescaped = '\t';
                    return true;
                case 'u':
                    if (_pos + 4 > _text.Length)
                    {
                        return false;
                    }

                    int code = 0;
                    for (int i = 0; i < 4; i++)
                    {
                        int digit = HexValue(_text[_pos + i]);
                        if (digit < 0)
                        {
                            return false;
                        }

                        code = (code << 4) | digit;
                    }

                    _pos += 4;
                    unescaped = (char)code; // lone surrogates are kept as they are, as in JavaScript
                    return true;
                default:
                    return false;
            }
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            char lower = (char)(c | 0x20);
            return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
        }

        private void AppendScratch(ref int length, scoped ReadOnlySpan<char> chars)
        {
            if (_scratch is null || length + chars.Length > _scratch.Length)
            {
                char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(256, (length + chars.Length) * 2));
                if (_scratch is not null)
                {
                    _scratch.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<char>.Shared.Return(_scratch);
                }

                _scratch = larger;
            }

            chars.CopyTo(_scratch.AsSpan(length));
            length += chars.Length;
        }

        /// <summary>
        /// JSON number grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?; then the correctly
        /// rounded double (.NET's parser is IEEE-exact; overflow gives ±Infinity, "-0" gives -0).
        /// </summary>
        private bool TryReadNumber(out double number)
        {
            number = 0;
            int start = _pos;
            bool negative = false;
            if (_pos < _text.Length && _text[_pos] == '-')
            {
                negative = true;
                _pos++;
            }

            if (_pos >= _text.Length)
            {
                return false;
            }

            char first = _text[_pos];
            if (first == '0')
            {
                _pos++;
            }
            else if (first >= '1' && first <= '9')
            {
                SkipDigits();
            }
            else
            {
                return false;
            }

            int integerEnd = _pos;
            if (_pos < _text.Length && _text[_pos] == '.')
            {
                _pos++;
                if (SkipDigits() == 0)
                {
                    return false;
                }
            }

            if (_pos < _text.Length && (_text[_pos] | 0x20) == 'e')
            {
                _pos++;
                if (_pos < _text.Length && (_text[_pos] == '+' || _text[_pos] == '-'))
                {
                    _pos++;
                }

                if (SkipDigits() == 0)
                {
                    return false;
                }
            }

            int digitsStart = negative ? start + 1 : start;
            if (integerEnd == _pos && integerEnd - digitsStart <= 15)
            {
                // Fast path: at most 15 digits are exact in a long and in a double.
                long integer = 0;
                for (int i = digitsStart; i < integerEnd; i++)
                {
                    integer = (integer * 10) + (_text[i] - '0');
                }

                number = negative ? -(double)integer : integer;
                return true;
            }

            return double.TryParse(_text[start.._pos], NumberStyles.Float, CultureInfo.InvariantCulture, out number);
        }

        private int SkipDigits()
        {
            int start = _pos;
            while (_pos < _text.Length && (uint)(_text[_pos] - '0') <= 9)
            {
                _pos++;
            }

            return _pos - start;
        }
    }
}
