namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>LISTStruct</c>: <c>{id, price}</c> from the split remark.</summary>
internal sealed class ListStructValidator : TypeStructValidator
{
    public ListStructValidator()
    {
        Key("id", Superstruct.String);
        Key("price", Superstruct.BigIntString);
    }
}
