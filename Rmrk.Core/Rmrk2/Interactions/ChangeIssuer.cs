using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// CHANGEISSUER — <c>RMRK::CHANGEISSUER::2.0.0::&lt;collectionId | base-…&gt;::&lt;newIssuer&gt;</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/changeissuer.md
/// </summary>
public sealed record ChangeIssuer(string Id, string Issuer)
{
    public bool TargetsBase => Id.StartsWith("base-", StringComparison.Ordinal);

    public static ParseResult<ChangeIssuer> Parse(ReadOnlySpan<char> text, AddressCodec addresses)
    {
        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        string? issuer = fields[4];
        string? error = fields.ValidateBase(OpCodes.ChangeIssuer) ?? RemarkStructs.ValidateChangeIssuer(id, issuer);
        if (error is not null)
        {
            return ParseResult<ChangeIssuer>.Fail(error);
        }

        if (Rmrk2Context.IsAccount(issuer))
        {
            if (!addresses.TryReencode(issuer!, out string? encoded, out error))
            {
                return ParseResult<ChangeIssuer>.Fail(error);
            }

            issuer = encoded;
        }

        return new ChangeIssuer(id!, issuer!);
    }
}
