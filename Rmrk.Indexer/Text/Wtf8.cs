using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Rmrk.Indexer.Text;

/// <summary>
/// WTF-8: UTF-8 that also holds lone surrogates, each as the three bytes UTF-8 would give its code point
/// (<c>ED A0 80</c> for U+D800). Texts that are valid UTF-16 come out byte for byte as in UTF-8.
/// </summary>
/// <remarks>
/// A remark may carry a lone surrogate as a JSON escape (<c>"\ud800"</c>): <c>JSON.parse</c> keeps it, so it
/// lands in the reference's state and output (written back as <c>\ud800</c>). <see cref="Encoding.UTF8"/> turns it
/// into U+FFFD, so a state stored as UTF-8 came back altered. SQLite does not check the bytes of a text, and an
/// id compares equal to itself as long as every write and lookup encodes it the same way, which is this way.
/// </remarks>
internal static class Wtf8
{
    private const char Replacement = '\uFFFD';

    /// <summary>The most bytes <paramref name="chars"/> UTF-16 units can take (three each, as in UTF-8).</summary>
    public static int GetMaxByteCount(int chars) => Encoding.UTF8.GetMaxByteCount(chars);

    /// <summary>Writes <paramref name="text"/> to <paramref name="destination"/>; returns the bytes written.</summary>
    public static int GetBytes(ReadOnlySpan<char> text, Span<byte> destination)
    {
        int written = 0;
        while (true)
        {
            var status = Utf8.FromUtf16(text, destination[written..], out int read, out int wrote, replaceInvalidSequences: false);
            written += wrote;
            if (status == OperationStatus.Done)
            {
                return written;
            }

            if (status != OperationStatus.InvalidData)
            {
                throw new ArgumentException("The destination is too small for the text.", nameof(destination));
            }

            // A lone surrogate: its code point as a three-byte sequence.
            char surrogate = text[read];
            destination[written++] = (byte)(0xE0 | (surrogate >> 12));
            destination[written++] = (byte)(0x80 | ((surrogate >> 6) & 0x3F));
            destination[written++] = (byte)(0x80 | (surrogate & 0x3F));
            text = text[(read + 1)..];
        }
    }

    /// <summary>The bytes of <paramref name="text"/>, in a new array.</summary>
    public static byte[] GetBytes(string text)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(GetMaxByteCount(text.Length));
        try
        {
            return buffer.AsSpan(0, GetBytes(text, buffer)).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The most UTF-16 units <paramref name="bytes"/> bytes can decode to.</summary>
    public static int GetMaxCharCount(int bytes) => Encoding.UTF8.GetMaxCharCount(bytes);

    /// <summary>
    /// Decodes <paramref name="bytes"/> into <paramref name="destination"/>; returns the units written. Bytes that
    /// are neither UTF-8 nor an encoded surrogate become U+FFFD, as <see cref="Encoding.UTF8"/> replaces them.
    /// </summary>
    public static int GetChars(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        int written = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes, destination[written..], out int read, out int wrote, replaceInvalidSequences: false);
            written += wrote;
            if (status == OperationStatus.Done)
            {
                return written;
            }

            if (status == OperationStatus.DestinationTooSmall)
            {
                throw new ArgumentException("The destination is too small for the text.", nameof(destination));
            }

            bytes = bytes[read..];
            if (IsEncodedSurrogate(bytes))
            {
                destination[written++] = (char)(((bytes[0] & 0x0F) << 12) | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F));
                bytes = bytes[3..];
            }
            else
            {
                // InvalidData or NeedMoreData (a sequence cut short at the end): one U+FFFD for the longest
                // invalid part, which is what Rune reports as consumed.
                Rune.DecodeFromUtf8(bytes, out _, out int invalid);
                destination[written++] = Replacement;
                bytes = bytes[invalid..];
            }
        }
    }

    /// <summary>The text of <paramref name="bytes"/> (see <see cref="GetChars"/>).</summary>
    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(GetMaxCharCount(bytes.Length));
        try
        {
            return new string(buffer, 0, GetChars(bytes, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>ED A0-BF 80-BF: U+D800 to U+DFFF, which UTF-8 leaves out and WTF-8 uses for lone surrogates.</summary>
    private static bool IsEncodedSurrogate(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xED && bytes[1] is >= 0xA0 and <= 0xBF && bytes[2] is >= 0x80 and <= 0xBF;
}
