using System.Globalization;
using Rmrk.Core.Addresses;
using Rmrk.Core.Js;

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
        if (!JsUri.TryDecodeUri(text, out string decoded) || !HasPrefix(text) || !text.Contains("::2.0.0::", StringComparison.Ordinal))
        {
            return null;
        }

        // text.split("::", 4), reading only the op and the version: the fourth piece (the payload, most of the
        // text) would be a copy made for nothing.
        int first = text.IndexOf("::", StringComparison.Ordinal);
        int second = first < 0 ? -1 : text.IndexOf("::", first + 2, StringComparison.Ordinal);
        if (second < 0)
        {
            return null;
        }

        int third = text.IndexOf("::", second + 2, StringComparison.Ordinal);
        var versionField = third < 0 ? text.AsSpan(second + 2) : text.AsSpan(second + 2, third - second - 2);
        string type = Shared(text.AsSpan(first + 2, second - first - 2));
        string version = IsNonZeroNumberPrefix(versionField) ? Shared(versionField) : "0.1";
        if (!addresses.TryReencode(call.Caller, out string? caller, out string? error))
        {
            throw new FormatException($"block {block}: {error}");
        }

        return new Remark(block, caller, type, version, s_uriDecodedOps.Contains(type) ? decoded : text, call.Extras);
    }

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

    private bool HasPrefix(string text)
    {
        foreach (string prefix in _prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
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
