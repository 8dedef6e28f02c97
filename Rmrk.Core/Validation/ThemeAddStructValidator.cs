namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>THEMEADDStruct</c>: <c>{baseId, themeId, theme}</c>, theme a record of string | boolean.</summary>
internal sealed class ThemeAddStructValidator : TypeStructValidator
{
    public ThemeAddStructValidator()
    {
        Key("baseId", Superstruct.String);
        Key("themeId", Superstruct.String);
        Key("theme", Superstruct.Record(Superstruct.Union("string | boolean", Superstruct.String, Superstruct.Boolean)));
    }
}
