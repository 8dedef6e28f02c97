namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>BUYStruct</c>, <c>BURNStruct</c>, <c>DESTROYStruct</c> and <c>LOCKStruct</c>: all <c>{id: string()}</c>.</summary>
internal sealed class IdStructValidator : TypeStructValidator
{
    public IdStructValidator()
    {
        Key("id", Superstruct.String);
    }
}
