using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Parsing;

namespace Rmrk.Core.Rmrk1.Interactions;

/// <summary>
/// CHANGEISSUER: <c>RMRK::CHANGEISSUER::1.0.0::collectionId::newIssuer</c>. The new issuer is any string.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/changeissuer.md
/// </summary>
public readonly record struct ChangeIssuer(string Id, string Issuer)
{
    public static bool TryParse(string text, out ChangeIssuer change, out string error)
    {
        change = default;
        if (!IdOnly.TryParse(text, OpTypes.ChangeIssuer, out string id, out error))
        {
            return false;
        }

        string? issuer = RemarkFields.Split(text)[4];
        if (issuer is null)
        {
            error = StructMessages.AtPath("issuer", StructMessages.ExpectedString((string?)null));
            return false;
        }

        change = new ChangeIssuer(id, issuer);
        return true;
    }
}
