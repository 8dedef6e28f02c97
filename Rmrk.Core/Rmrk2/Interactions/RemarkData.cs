using System.Runtime.CompilerServices;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// rmrk-tools <c>getRemarkData</c>: <c>decodeURIComponent</c> the field, then <c>JSON.parse</c> it; text
/// that is not JSON is returned as the string itself. A missing field reads as the text "undefined".
/// </summary>
public static class RemarkData
{
    public const string UriMalformed = "URI malformed";

    private const int StackLimit = 512;

    /// <summary>Null on success; "URI malformed" when the escapes do not decode.</summary>
    public static string? TryGet(string? field, out JsValue value) => TryGet(field.AsSpan(), field is not null, out value);

    /// <summary>The same for field <paramref name="index"/> of a split remark, without copying the field.</summary>
    public static string? TryGet(in RemarkFields fields, int index, out JsValue value) =>
        fields.TryGetSpan(index, out var field) ? TryGet(field, true, out value) : TryGet(default, false, out value);

    [SkipLocalsInit]
    private static string? TryGet(ReadOnlySpan<char> field, bool present, out JsValue value)
    {
        if (!present)
        {
            field = "undefined";
        }

        using var pooled = PooledArray<char>.RentAbove(StackLimit, field.Length);
        Span<char> decoded = pooled.IsRented ? pooled.Span : stackalloc char[StackLimit];
        int length = JsUri.DecodeUriComponent(field, decoded);
        if (length < 0)
        {
            value = JsNull.Instance;
            return UriMalformed;
        }

        var text = decoded[..length];
        value = JsJson.TryParse(text, out var parsed) ? parsed : new JsString(new string(text));
        return null;
    }
}
