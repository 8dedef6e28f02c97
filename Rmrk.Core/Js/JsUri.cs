using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Rmrk.Core.Js;

/// <summary>
/// ECMAScript <c>decodeURI</c> and <c>decodeURIComponent</c>. A <see langword="false"/> result is what
/// JavaScript reports as <c>URIError: URI malformed</c> (<see cref="MalformedMessage"/>).
/// </summary>
public static class JsUri
{
    /// <summary>The message of the <c>URIError</c> JavaScript throws for a malformed escape.</summary>
    public const string MalformedMessage = "URI malformed";

    private const int StackLimit = 256;

    /// <summary>
    /// <c>decodeURI</c>: escapes of the reserved set <c>;/?:@&amp;=+$,#</c> stay as they were written
    /// (same hex case); everything else is decoded.
    /// </summary>
    public static bool TryDecodeUri(string value, out string result) => TryDecode(value, keepReserved: true, out result);

    /// <summary><c>decodeURIComponent</c>: every escape is decoded.</summary>
    public static bool TryDecodeUriComponent(string value, out string result) => TryDecode(value, keepReserved: false, out result);

    /// <summary>
    /// <c>decodeURIComponent</c> of a slice, into <paramref name="destination"/> (at least as long as the
    /// slice); returns the decoded length, or -1 when malformed. Allocates nothing.
    /// </summary>
    public static int DecodeUriComponent(ReadOnlySpan<char> value, Span<char> destination) =>
        DecodeInto(value, keepReserved: false, destination);

    /// <summary>
    /// <c>decodeURI</c> of a slice, into <paramref name="destination"/> (at least as long as the slice); returns
    /// the decoded length, or -1 when malformed. Allocates nothing.
    /// </summary>
    public static int DecodeUri(ReadOnlySpan<char> value, Span<char> destination) =>
        DecodeInto(value, keepReserved: true, destination);

    private static int DecodeInto(ReadOnlySpan<char> value, bool keepReserved, Span<char> destination)
    {
        int first = value.IndexOf('%');
        if (first < 0)
        {
            value.CopyTo(destination);
            return value.Length;
        }

        return Decode(value, first, keepReserved, destination);
    }

    [SkipLocalsInit]
    private static bool TryDecode(string value, bool keepReserved, out string result)
    {
        int first = value.IndexOf('%', StringComparison.Ordinal);
        if (first < 0)
        {
            result = value;
            return true;
        }

        // Decoding never makes the text longer: %XX (3 chars) gives at most one UTF-16 unit.
        using var pooled = PooledArray<char>.RentAbove(StackLimit, value.Length);
        Span<char> buffer = pooled.IsRented ? pooled.Span : stackalloc char[StackLimit];
        int length = Decode(value, first, keepReserved, buffer);
        result = length < 0 ? string.Empty : new string(buffer[..length]);
        return length >= 0;
    }

    /// <summary>Decodes into <paramref name="output"/>; returns the length written, or -1 when malformed.</summary>
    private static int Decode(ReadOnlySpan<char> s, int first, bool keepReserved, Span<char> output)
    {
        s[..first].CopyTo(output);
        int w = first;
        int k = first;
        while (k < s.Length)
        {
            if (s[k] != '%')
            {
                k = CopyRun(s, k, output, ref w);
                continue;
            }

            int b = ReadEscape(s, k);
            if (b < 0)
            {
                return -1;
            }

            if (b < 0x80)
            {
                if (keepReserved && IsReserved(b))
                {
                    output[w++] = s[k];
                    output[w++] = s[k + 1];
                    output[w++] = s[k + 2];
                }
                else
                {
                    output[w++] = (char)b;
                }

                k += 3;
                continue;
            }

            int n;
            int codePoint;
            if ((b & 0xE0) == 0xC0)
            {
                n = 2;
                codePoint = b & 0x1F;
            }
            else if ((b & 0xF0) == 0xE0)
            {
                n = 3;
                codePoint = b & 0x0F;
            }
            else if ((b & 0xF8) == 0xF0)
            {
                n = 4;
                codePoint = b & 0x07;
            }
            else
            {
                return -1; // a continuation byte or 0xF8..0xFF as the leading byte
            }

            k += 3;
            for (int j = 1; j < n; j++)
            {
                int cb = ReadEscape(s, k);
                if (cb < 0 || (cb & 0xC0) != 0x80)
                {
                    return -1;
                }

                codePoint = (codePoint << 6) | (cb & 0x3F);
                k += 3;
            }

            int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            {
                return -1; // overlong, out of range, or an encoded surrogate
            }

            if (codePoint < 0x10000)
            {
                output[w++] = (char)codePoint;
            }
            else
            {
                codePoint -= 0x10000;
                output[w++] = (char)(0xD800 + (codePoint >> 10));
                output[w++] = (char)(0xDC00 + (codePoint & 0x3FF));
            }
        }

        return w;
    }

    /// <summary>
    /// Copies the run of plain characters at <paramref name="k"/>; returns where it ends. Encoded JSON has an escape
    /// every dozen characters or so, so each run is copied as whole 16-character vectors, stored before looking for
    /// the '%' in them: the characters stored past the run are overwritten next. Near the end of either span, the
    /// rest is copied exactly.
    /// </summary>
    private static int CopyRun(ReadOnlySpan<char> s, int k, Span<char> output, ref int w)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            var percent = Vector256.Create((ushort)'%');
            ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
            ref ushort destination = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(output));
            while (k + Vector256<ushort>.Count <= s.Length && w + Vector256<ushort>.Count <= output.Length)
            {
                var chars = Vector256.LoadUnsafe(ref source, (nuint)k);
                chars.StoreUnsafe(ref destination, (nuint)w);
                uint escapes = Vector256.Equals(chars, percent).ExtractMostSignificantBits();
                if (escapes != 0)
                {
                    int plain = BitOperations.TrailingZeroCount(escapes);
                    w += plain;
                    return k + plain;
                }

                k += Vector256<ushort>.Count;
                w += Vector256<ushort>.Count;
            }
        }

        int end = EndOfRun(s, k);
        s[k..end].CopyTo(output[w..]);
        w += end - k;
        return end;
    }

    /// <summary>
    /// Where the run of plain characters from <paramref name="start"/> ends. Encoded JSON has an escape every few
    /// characters; for runs that short a plain loop is faster than starting a vectorised search each time.
    /// </summary>
    private static int EndOfRun(ReadOnlySpan<char> s, int start)
    {
        const int ShortRun = 16;
        int k = start;
        int stop = Math.Min(s.Length, start + ShortRun);
        while (k < stop && s[k] != '%')
        {
            k++;
        }

        if (k < stop || k == s.Length)
        {
            return k;
        }

        int next = s[k..].IndexOf('%');
        return next < 0 ? s.Length : k + next;
    }

    /// <summary>The byte of a <c>%XX</c> escape at <paramref name="k"/>, or -1.</summary>
    private static int ReadEscape(ReadOnlySpan<char> s, int k)
    {
        if (k + 2 >= s.Length || s[k] != '%')
        {
            return -1;
        }

        int hi = HexValue(s[k + 1]);
        int lo = HexValue(s[k + 2]);
        return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsReserved(int b) =>
        b is ';' or '/' or '?' or ':' or '@' or '&' or '=' or '+' or '$' or ',' or '#';
}
