using System.Diagnostics.CodeAnalysis;

namespace Rmrk.Core.Addresses;

/// <summary>
/// SS58 addresses exactly as @polkadot/util-crypto 12.6.2 handles them: <see cref="TryDecode"/> is
/// <c>decodeAddress(encoded)</c>, <see cref="TryEncode"/> is <c>encodeAddress(bytes, ss58Format)</c> and
/// <see cref="TryReencode"/> is <c>encodeAddress(string, ss58Format)</c>. Failures are returned, not thrown,
/// with the reference's exact error message.
/// </summary>
/// <remarks>
/// <para>
/// Accepted input is a non-empty string that is either a <c>0x</c> hex string of even length (its bytes are
/// taken as they are, any length, no checksum) or base58 that decodes to 3, 4, 6, 10, 35, 36, 37 or 38 bytes:
/// a one-byte (0..63) or two-byte (64..16383) prefix, the key, and a 1-byte checksum (2 bytes for 32/33-byte
/// keys) taken from BLAKE2b-512 over <c>"SS58PRE" + prefix + key</c>. A first byte with bit 7 set, or 46/47,
/// never passes the checksum. Decoding does not check which prefix was used.
/// </para>
/// <para>
/// Callers mapping rmrk-tools' <c>new Consolidator(ss58Format)</c> must reproduce its quirk: a format of 0
/// is falsy there, so the consolidator keeps its default and encodes with 42, not with Polkadot's 0
/// (see <c>rmrk2-semantics.md</c> §4.3). This class takes the format literally.
/// </para>
/// </remarks>
public static class Ss58
{
    /// <summary>The default prefix of <c>encodeAddress</c> (generic Substrate).</summary>
    public const int DefaultFormat = 42;

    /// <summary>Highest prefix the two-byte form can express.</summary>
    public const int MaxFormat = 16383;

    public const string EmptyAddressMessage = "Invalid empty address passed";
    public const string InvalidLengthMessage = "Invalid decoded address length";
    public const string InvalidChecksumMessage = "Invalid decoded address checksum";
    public const string OutOfRangeFormatMessage = "Out of range ss58Format specified";
    public const string InvalidKeyLengthMessage = "Expected a valid key to convert, with length 1, 2, 4, 8, 32, 33";

    private const int HashLength = 64;

    /// <summary>
    /// The longest text worth decoding as an address. The longest address, 38 bytes, is at most 52 base58 characters,
    /// and any text of 53 or more valid characters decodes to 39 bytes or more. Decoding costs time quadratic in the
    /// length, and a remark can carry megabytes, so a longer text only has its characters checked.
    /// </summary>
    private const int MaxDecodedTextLength = 64;

    /// <summary>Whether <c>encodeAddress</c> accepts the format: 0..16383 except 46 and 47, which are reserved.</summary>
    public static bool IsValidFormat(int ss58Format) => ss58Format is >= 0 and <= MaxFormat and not (46 or 47);

    /// <summary>
    /// Why a format given as <paramref name="name"/> (an option, a file's field) cannot be used, for a user to read:
    /// null when <see cref="IsValidFormat"/> accepts it.
    /// </summary>
    public static string? FormatError(string name, int ss58Format) => IsValidFormat(ss58Format)
        ? null
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} must be an SS58 prefix from 0 to {MaxFormat} other than the reserved 46 and 47, not {ss58Format}");

    /// <summary>Why a format given as <paramref name="name"/> whose JSON is <paramref name="json"/> is no prefix at all.</summary>
    public static string NotAnIntegerError(string name, string json) => $"{name} must be an integer, not {json}";

    private static ReadOnlySpan<byte> HashPrefix => "SS58PRE"u8;

    /// <summary>
    /// <c>decodeAddress(address)</c>: the key bytes, or the message the reference throws, e.g.
    /// <c>Decoding bogus: Invalid decoded address checksum</c>.
    /// </summary>
    public static bool TryDecode(
        string? address,
        [NotNullWhen(true)] out byte[]? publicKey,
        [NotNullWhen(false)] out string? error)
    {
        publicKey = null;
        if (!TryDecodeChecked(address, out byte[]? decoded, out var key, out error))
        {
            return false;
        }

        publicKey = decoded is null ? Convert.FromHexString(address.AsSpan(2)) : decoded[key];
        return true;
    }

    /// <summary>
    /// <c>encodeAddress(keyBytes, ss58Format)</c>: the format must be 0..16383 except 46 and 47, the key
    /// 1, 2, 4, 8, 32 or 33 bytes long (the format is checked first).
    /// </summary>
    public static bool TryEncode(
        ReadOnlySpan<byte> key,
        int ss58Format,
        [NotNullWhen(true)] out string? encoded,
        [NotNullWhen(false)] out string? error)
    {
        encoded = null;
        if (!IsValidFormat(ss58Format))
        {
            error = OutOfRangeFormatMessage;
            return false;
        }

        if (key.Length is not (1 or 2 or 4 or 8 or 32 or 33))
        {
            error = InvalidKeyLengthMessage;
            return false;
        }

        int prefixLength = ss58Format < 64 ? 1 : 2;
        int checksumLength = key.Length >= 32 ? 2 : 1;
        Span<byte> buffer = stackalloc byte[prefixLength + key.Length + checksumLength];
        if (prefixLength == 1)
        {
            buffer[0] = (byte)ss58Format;
        }
        else
        {
            buffer[0] = (byte)(((ss58Format & 252) >> 2) | 64);
            buffer[1] = (byte)((ss58Format >> 8) | ((ss58Format & 3) << 6));
        }

        key.CopyTo(buffer[prefixLength..]);
        int payloadLength = prefixLength + key.Length;
        Span<byte> hash = stackalloc byte[HashLength];
        Checksum(buffer[..payloadLength], hash);
        hash[..checksumLength].CopyTo(buffer[payloadLength..]);

        encoded = Base58.Encode(buffer);
        error = null;
        return true;
    }

    /// <summary>
    /// <c>encodeAddress(address, ss58Format)</c> with a string: decode (see <see cref="TryDecode"/>), then
    /// encode (see <see cref="TryEncode"/>). The first failure's message is returned.
    /// </summary>
    public static bool TryReencode(
        string? address,
        int ss58Format,
        [NotNullWhen(true)] out string? encoded,
        [NotNullWhen(false)] out string? error)
    {
        encoded = null;
        if (!TryDecodeChecked(address, out byte[]? decoded, out var key, out error))
        {
            return false;
        }

        if (decoded is null)
        {
            return TryEncode(Convert.FromHexString(address.AsSpan(2)), ss58Format, out encoded, out error);
        }

        if (IsEncodingOf(decoded, key, ss58Format))
        {
            // Base58 is one-to-one, so encoding the same bytes again would give back the very same text.
            encoded = address;
            return true;
        }

        return TryEncode(decoded.AsSpan(key), ss58Format, out encoded, out error);
    }

    /// <summary>
    /// Decodes base58 and checks length and checksum; <paramref name="decoded"/> is null for a <c>0x</c> hex
    /// address (taken as it is), else the whole payload with <paramref name="key"/> the key's range in it.
    /// </summary>
    private static bool TryDecodeChecked(
        [NotNullWhen(true)] string? address,
        out byte[]? decoded,
        out Range key,
        [NotNullWhen(false)] out string? error)
    {
        decoded = null;
        key = default;
        if (string.IsNullOrEmpty(address))
        {
            error = EmptyAddressMessage;
            return false;
        }

        if (IsJsHex(address))
        {
            error = null;
            return true;
        }

        if (address.Length > MaxDecodedTextLength)
        {
            // What decoding it would say: its first invalid character, else a length no address has.
            error = DecodingError(address, Base58.InvalidCharacterMessage(address) ?? InvalidLengthMessage);
            return false;
        }

        if (!Base58.TryDecode(address, out decoded, out string? base58Error))
        {
            error = DecodingError(address, base58Error);
            return false;
        }

        if (!IsAllowedEncodedLength(decoded.Length))
        {
            error = DecodingError(address, InvalidLengthMessage);
            return false;
        }

        int prefixLength = (decoded[0] & 64) != 0 ? 2 : 1;
        bool isPublicKey = decoded.Length == 34 + prefixLength || decoded.Length == 35 + prefixLength;
        int end = decoded.Length - (isPublicKey ? 2 : 1);

        Span<byte> hash = stackalloc byte[HashLength];
        Checksum(decoded.AsSpan(0, end), hash);
        bool valid = (decoded[0] & 128) == 0
            && decoded[0] is not (46 or 47)
            && (isPublicKey
                ? decoded[^2] == hash[0] && decoded[^1] == hash[1]
                : decoded[^1] == hash[0]);
        if (!valid)
        {
            error = DecodingError(address, InvalidChecksumMessage);
            return false;
        }

        key = prefixLength..end;
        error = null;
        return true;
    }

    /// <summary>
    /// Whether <see cref="TryEncode"/> of the key with this format would produce exactly these (checked) bytes:
    /// the same prefix bytes, a key length it accepts, and the checksum length it would write.
    /// </summary>
    private static bool IsEncodingOf(byte[] decoded, Range key, int ss58Format)
    {
        var (start, length) = key.GetOffsetAndLength(decoded.Length);
        if (!IsValidFormat(ss58Format) || length is not (1 or 2 or 4 or 8 or 32 or 33))
        {
            return false;
        }

        int checksumLength = length >= 32 ? 2 : 1;
        if (decoded.Length != start + length + checksumLength)
        {
            return false;
        }

        return ss58Format < 64
            ? start == 1 && decoded[0] == ss58Format
            : start == 2
                && decoded[0] == (byte)(((ss58Format & 252) >> 2) | 64)
                && decoded[1] == (byte)((ss58Format >> 8) | ((ss58Format & 3) << 6));
    }

    /// <summary>@polkadot/util <c>isHex(value)</c>: <c>0x</c> followed by an even number of hex digits.</summary>
    internal static bool IsJsHex(string value)
    {
        if (value.Length < 2 || value[0] != '0' || value[1] != 'x' || value.Length % 2 != 0)
        {
            return false;
        }

        for (int i = 2; i < value.Length; i++)
        {
            if (!char.IsAsciiHexDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowedEncodedLength(int length) => length is 3 or 4 or 6 or 10 or 35 or 36 or 37 or 38;

    private static string DecodingError(string address, string reason) => $"Decoding {address}: {reason}";

    /// <summary><c>sshash</c>: BLAKE2b-512 of <c>"SS58PRE" + payload</c>.</summary>
    private static void Checksum(ReadOnlySpan<byte> payload, Span<byte> hash)
    {
        Span<byte> input = stackalloc byte[HashPrefix.Length + payload.Length];
        HashPrefix.CopyTo(input);
        payload.CopyTo(input[HashPrefix.Length..]);
        Blake2b.Hash(input, hash);
    }
}
