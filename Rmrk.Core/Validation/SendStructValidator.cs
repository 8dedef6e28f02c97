namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>SENDStruct</c>: <c>{id, recipient}</c>.</summary>
internal sealed class SendStructValidator : TypeStructValidator
{
    public SendStructValidator()
    {
        Key("id", Superstruct.String);
        Key("recipient", Superstruct.String);
    }
}
