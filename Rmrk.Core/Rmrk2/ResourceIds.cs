using System.Security.Cryptography;
using System.Text;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;

namespace Rmrk.Core.Rmrk2;

/// <summary>
/// The id of a RESADD's resource: its JSON <c>id</c> when truthy. The reference invents a random
/// <c>nanoid(8)</c> otherwise, which no replay can reproduce; we derive an 8-character id of the same
/// alphabet from the block, the NFT and the remark text instead, so that every replay agrees with itself.
/// </summary>
public static class ResourceIds
{
    private const string Alphabet = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";

    public static JsValue For(ResAdd resAdd, Remark remark) =>
        HasOwnId(resAdd.Resource) ? resAdd.Resource.Id! : new JsString(Derive(remark, resAdd.Text!));

    /// <summary>Whether the resource's id is its own, so that none is derived (and no text is needed for one).</summary>
    internal static bool HasOwnId(ResourcePayload resource) => resource.Id is { IsTruthy: true };

    private static string Derive(Remark remark, string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{remark.Block}|{remark.Caller}|{text}"), hash);
        var id = new StringBuilder(8);
        for (int i = 0; i < 8; i++)
        {
            id.Append(Alphabet[hash[i] & 63]);
        }

        return id.ToString();
    }
}
