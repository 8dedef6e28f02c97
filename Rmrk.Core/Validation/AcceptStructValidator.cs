namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>ACCEPTStruct</c>: <c>{id, nftId, entity}</c>.</summary>
internal sealed class AcceptStructValidator : TypeStructValidator
{
    public AcceptStructValidator()
    {
        Key("id", Superstruct.String);
        Key("nftId", Superstruct.String);
        Key("entity", Superstruct.Enums("NFT", "RES"));
    }
}
