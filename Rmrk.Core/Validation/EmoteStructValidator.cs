namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>EMOTEStruct</c>: <c>{id, unicode, namespace}</c>.</summary>
internal sealed class EmoteStructValidator : TypeStructValidator
{
    public EmoteStructValidator()
    {
        Key("id", Superstruct.String);
        Key("unicode", Superstruct.String);
        Key("namespace", Superstruct.Enums("RMRK1", "RMRK2", "PUBKEY"));
    }
}
