namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>BaseStruct</c> (BASE payload).</summary>
internal sealed class BaseStructValidator : TypeStructValidator
{
    public BaseStructValidator(PartStructValidator part)
    {
        Key("issuer", Superstruct.String);
        Key("type", Superstruct.Optional(Superstruct.String));
        Key("symbol", Superstruct.String);
        Key("parts", Superstruct.ArrayOf(Superstruct.Nested(part)));
    }
}
