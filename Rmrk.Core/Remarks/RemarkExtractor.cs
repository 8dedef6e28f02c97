using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using Rmrk.Core.Addresses;
using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2;

namespace Rmrk.Core.Remarks;

/// <summary>
/// rmrk-tools 2.0.0 <c>getRemarksFromBlocks</c> (rmrk2-semantics.md §2): keeps <c>system.remark</c> rows whose
/// decoded text starts with a prefix and contains <c>::2.0.0::</c> anywhere, URI-decodes the text of the
/// JSON-carrying ops, and re-encodes the caller.
/// </summary>
/// <param name="addresses">Re-encodes callers; its format is the extraction's SS58 prefix (2 for Kusama).</param>
public sealed class RemarkExtractor(AddressCodec addresses, IReadOnlyList<string>? prefixes = null)
{
    /// <summary>"rmrk" and "RMRK", compared as decoded text.</summary>
    public static readonly IReadOnlyList<string> DefaultPrefixes = ["rmrk", "RMRK"];

    private static readonly HashSet<string> s_uriDecodedOps = new(StringComparer.Ordinal)
    {
        "MINT", "CREATE", "RESADD", "THEMEADD", "SETPROPERTY", "SETPRIORITY", "BASE",
    };

    /// <summary>The op names and versions of nearly every remark, kept as one instance each.</summary>
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_commonFields = CommonFields();

    private const int DecodeStackLimit = 512;

    private readonly IReadOnlyList<string> _prefixes = prefixes ?? DefaultPrefixes;

    public IEnumerable<Remark> Extract(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            foreach (var call in block.Calls)
            {
                var remark = Extract(block.Number, call);
                if (remark is not null)
                {
                    yield return remark;
                }
            }
        }
    }

    /// <summary>The remark of one row, or null when the reference drops the row.</summary>
    /// <exception cref="FormatException">The caller is not an address: the reference aborts the whole conversion there.</exception>
    public Remark? Extract(long block, BlockCall call)
    {
        if (!string.Equals(call.Call, "system.remark", StringComparison.Ordinal))
        {
            return null;
        }

        string text = call.DecodeValue();
        return Extract(block, text, text, call.Caller, call.Extras, null, out _);
    }

    /// <summary>
    /// The remark of a <c>system.remark</c> row whose value a reader has decoded into a buffer of its own
    /// (<c>hexToString(value)</c>): only the text the remark keeps becomes a string.
    /// </summary>
    /// <exception cref="FormatException">The caller is not an address.</exception>
    public Remark? ExtractText(long block, ReadOnlySpan<char> text, string caller, IReadOnlyList<Extra>? extras) =>
        Extract(block, text, null, caller, extras, null, out _);

    /// <summary>
    /// As <see cref="ExtractText"/>, parsed at once by <paramref name="parser"/> where the text lies: the remark keeps
    /// no text (<see cref="Remark.Text"/> is null), because its parse carries what the transitions quote. A replay
    /// from a dump would otherwise make a string of every remark's text only to parse it once and drop it.
    /// </summary>
    /// <param name="parser">The consolidation's parser (its SS58 format re-encodes the addresses in payloads).</param>
    /// <param name="parsed">The parse, for <see cref="Rmrk2.Consolidator.Apply(Remark, ParsedRemark)"/>; default with no remark.</param>
    /// <exception cref="FormatException">The caller is not an address.</exception>
    public Remark? ExtractParsed(long block, ReadOnlySpan<char> text, string caller, IReadOnlyList<Extra>? extras, InteractionParser parser, out ParsedRemark parsed) =>
        Extract(block, text, null, caller, extras, parser, out parsed);

    /// <param name="textString">The text as a string when the caller has one, so that it is kept instead of copied.</param>
    /// <param name="parser">When given, the kept text is parsed where it lies instead of becoming the remark's text.</param>
    [SkipLocalsInit]
    private Remark? Extract(long block, ReadOnlySpan<char> text, string? textString, string caller, IReadOnlyList<Extra>? extras, InteractionParser? parser, out ParsedRemark parsed)
    {
        parsed = default;
        if (!HasPrefix(text) || !text.Contains("::2.0.0::", StringComparison.Ordinal))
        {
            return null;
        }

        // text.split("::", 4), reading only the op and the version: the fourth piece (the payload, most of the
        // text) would be a copy made for nothing.
        int first = text.IndexOf("::", StringComparison.Ordinal);
        int second = text[(first + 2)..].IndexOf("::", StringComparison.Ordinal);
        if (first < 0 || second < 0)
        {
            return null;
        }

        second += first + 2;

        var rest = text[(second + 2)..];
        int third = rest.IndexOf("::", StringComparison.Ordinal);
        var versionField = third < 0 ? rest : rest[..third];
        string type = Shared(text[(first + 2)..second]);
        string version = Version(versionField);

        bool escaped = text.Contains('%');
        char[]? rented = escaped && text.Length > DecodeStackLimit ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        try
        {
            // decodeURI of every row, as the reference does before looking at the op: a malformed escape drops the
            // row even when its op keeps the text as it was.
            Span<char> buffer = rented ?? stackalloc char[DecodeStackLimit];
            if (!TryKeep(text, escaped, buffer, s_uriDecodedOps.Contains(type), out var kept, out bool decoded))
            {
                return null;
            }

            if (!addresses.TryReencode(caller, out string? encoded, out string? error))
            {
                throw new FormatException($"block {block}: {error}");
            }

            string? asString = decoded ? null : textString;
            if (parser is not null)
            {
                parsed = parser.Parse(kept, type, block, asString);
                return new Remark(block, encoded, type, version, null, extras);
            }

            return new Remark(block, encoded, type, version, asString ?? new string(kept), extras);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The text a row keeps: its <c>decodeURI</c> (into <paramref name="buffer"/>) for the ops in
    /// <see cref="s_uriDecodedOps"/>, else the text as it is; false when an escape is malformed.
    /// </summary>
    /// <param name="escaped">Whether the text holds a <c>%</c>; without one it decodes to itself.</param>
    /// <param name="decoded">Whether <paramref name="kept"/> differs from <paramref name="text"/>.</param>
    private static bool TryKeep(ReadOnlySpan<char> text, bool escaped, Span<char> buffer, bool keepDecoded, out ReadOnlySpan<char> kept, out bool decoded)
    {
        kept = text;
        decoded = false;
        if (!escaped)
        {
            return true;
        }

        int length = JsUri.DecodeUri(text, buffer);
        if (length < 0)
        {
            return false;
        }

        // Only reserved escapes (kept as written) leave the length unchanged, and then the text too.
        if (keepDecoded && length != text.Length)
        {
            kept = buffer[..length];
            decoded = true;
        }

        return true;
    }

    /// <summary>
    /// The remark's version: its field when <c>parseFloat</c> reads a non-zero number there, else "0.1". The field
    /// of nearly every remark that gets here is "2.0.0", a non-zero number, answered without parsing it three times.
    /// </summary>
    private static string Version(ReadOnlySpan<char> field) =>
        field.SequenceEqual(OpCodes.Version) ? OpCodes.Version
        : IsNonZeroNumberPrefix(field) ? Shared(field)
        : "0.1";

    private static string Shared(ReadOnlySpan<char> field) =>
        s_commonFields.TryGetValue(field, out string? shared) ? shared : new string(field);

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CommonFields()
    {
        string[] fields =
        [
            "2.0.0", "1.0.0", "0.1", "MINT", "CREATE", "RESADD", "THEMEADD", "SETPROPERTY", "SETPRIORITY", "BASE", "SEND", "LIST",
            "BUY", "BURN", "ACCEPT", "EQUIP", "EQUIPPABLE", "EMOTE", "CHANGEISSUER", "LOCK", "DESTROY", "MINTNFT", "CONSUME",
        ];
        return fields.ToDictionary(f => f, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private bool HasPrefix(ReadOnlySpan<char> text)
    {
        // Indexed rather than foreach: an interface's enumerator is an allocation per row.
        for (int i = 0; i < _prefixes.Count; i++)
        {
            if (text.StartsWith(_prefixes[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>parseFloat(s)</c> is a non-zero number: the longest numeric prefix after leading whitespace.</summary>
    private static bool IsNonZeroNumberPrefix(ReadOnlySpan<char> s)
    {
        var t = s.TrimStart();
        int end = 0;
        if (end < t.Length && t[end] is '+' or '-')
        {
            end++;
        }

        if (t[end..].StartsWith("Infinity", StringComparison.Ordinal))
        {
            return true;
        }

        int digitsStart = end;
        while (end < t.Length && (char.IsAsciiDigit(t[end]) || t[end] == '.'))
        {
            end++;
        }

        for (int len = end; len > digitsStart; len--)
        {
            if (double.TryParse(t[..len], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
            {
                return value != 0;
            }
        }

        return false;
    }
}
