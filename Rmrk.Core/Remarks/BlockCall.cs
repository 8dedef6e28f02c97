using System.Text;
using Rmrk.Core.Js;

namespace Rmrk.Core.Remarks;

/// <summary>A dump row: <c>{call, value (hex), caller, extras?}</c>.</summary>
/// <remarks>
/// A reader may hand the value over already decoded (<see cref="FromText"/>): the hex of a remark is twice as
/// long as its text, and a million-remark dump would otherwise build a gigabyte of hex strings only to decode
/// them once. The hex is then made again only when asked for, exactly as it was written, since
/// <see cref="JsText.TryHexToStringExact"/> takes only the hex that its text determines.
/// </remarks>
public sealed class BlockCall
{
    private string? _value;

    public BlockCall(string call, string value, string caller, IReadOnlyList<Extra>? extras = null)
    {
        Call = call;
        _value = value;
        Caller = caller;
        Extras = extras;
    }

    private BlockCall(string call, string caller, IReadOnlyList<Extra>? extras, string text)
    {
        Call = call;
        Caller = caller;
        Extras = extras;
        Text = text;
    }

    public string Call { get; }

    /// <summary>The value as the dump wrote it: hex for a remark, "dest,amount" for a transfer.</summary>
    public string Value => _value ??= "0x" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(Text!));

    public string Caller { get; }

    public IReadOnlyList<Extra>? Extras { get; }

    /// <summary><c>hexToString(value)</c> when the reader decoded it already; otherwise null.</summary>
    public string? Text { get; }

    /// <summary>A row whose value is the lower-case <c>0x</c> hex of <paramref name="text"/>'s UTF-8 bytes.</summary>
    public static BlockCall FromText(string call, string text, string caller, IReadOnlyList<Extra>? extras = null) =>
        new(call, caller, extras, text);

    /// <summary><c>hexToString(value)</c>.</summary>
    public string DecodeValue() => Text ?? JsText.HexToString(Value);
}
