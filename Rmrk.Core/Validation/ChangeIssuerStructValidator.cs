namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>CHANGEISSUERStruct</c>: <c>{id, issuer}</c>.</summary>
internal sealed class ChangeIssuerStructValidator : TypeStructValidator
{
    public ChangeIssuerStructValidator()
    {
        Key("id", Superstruct.String);
        Key("issuer", Superstruct.String);
    }
}
