using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// RESADD — <c>RMRK::RESADD::2.0.0::&lt;nftId&gt;::&lt;json resource&gt;[::&lt;replaceId&gt;]</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/resadd.md
/// </summary>
/// <param name="Resource">The resource JSON (an object or array in practice; the struct allows both).</param>
/// <param name="Replace">The 6th field as given; "" is kept, as the reference keeps it.</param>
public sealed record ResAdd(string NftId, JsValue Resource, string? Replace)
{
    public const string MissingNftId = "No NFT id specified for RESADD";

    public static ParseResult<ResAdd> Parse(string text)
    {
        var fields = RemarkFields.Split(text);
        string? nftId = fields[3];
        JsValue resource = JsNull.Instance;
        string? error = fields.ValidateBase(OpCodes.ResAdd)
            ?? (string.IsNullOrEmpty(nftId) ? MissingNftId : null)
            ?? RemarkData.TryGet(fields, 4, out resource)
            ?? RemarkStructs.ValidateResource(resource);
        return error is null ? new ResAdd(nftId!, resource, fields[5]) : ParseResult<ResAdd>.Fail(error);
    }

    public string? Field(string key) => (JsOps.OwnProperty(Resource, key) as JsString)?.Value;
}
