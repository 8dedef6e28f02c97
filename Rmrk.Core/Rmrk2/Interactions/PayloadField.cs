using System.Diagnostics.CodeAnalysis;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// A remark's JSON payload field, read as the reference reads it: <c>JSON.parse</c> of the URI-decoded field,
/// then the payload's struct check. The plain shape nearly every remark has is read directly
/// (<see cref="PlainJsonReader"/>), which gives the same payload where it answers at all.
/// </summary>
internal static class PayloadField
{
    /// <summary>Null with the payload of field <paramref name="index"/>, or the reference's message.</summary>
    public static string? Read<T>(in RemarkFields fields, int index, [MaybeNull] out T payload)
        where T : IPlainPayload<T>
    {
        if (fields.TryGetSpan(index, out var field) && PlainJsonReader.TryRead(field, out payload))
        {
            return null;
        }

        return Checked(RemarkData.TryGet(fields, index, out var value), value, out payload);
    }

    /// <summary>The general path alone, for a field given as its (URI-encoded) text.</summary>
    public static string? ReadParsed<T>(string field, [MaybeNull] out T payload)
        where T : IPlainPayload<T> =>
        Checked(RemarkData.TryGet(field, out var value), value, out payload);

    /// <summary>The struct check of a parsed field and its members, unless parsing already failed.</summary>
    private static string? Checked<T>(string? parseError, JsValue value, [MaybeNull] out T payload)
        where T : IPlainPayload<T>
    {
        payload = default;
        string? error = parseError ?? T.Validate(value);
        if (error is null)
        {
            payload = T.From(value);
        }

        return error;
    }
}
