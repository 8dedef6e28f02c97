using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// THEMEADD — <c>RMRK::THEMEADD::2.0.0::&lt;baseId&gt;::&lt;themeId&gt;::&lt;json {key: string|bool}&gt;</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/themeadd.md
/// </summary>
public sealed record ThemeAdd(string BaseId, string ThemeId, JsValue Theme)
{
    public static ParseResult<ThemeAdd> Parse(ReadOnlySpan<char> text)
    {
        var fields = RemarkFields.Split(text);
        string? baseId = fields[3];
        string? themeId = fields[4];

        // The reference decodes the theme before it checks the remark's prefix, op and version.
        string? error = RemarkData.TryGet(fields, 5, out JsValue theme)
            ?? fields.ValidateBase(OpCodes.ThemeAdd)
            ?? RemarkStructs.ValidateThemeAdd(baseId, themeId, theme);
        return error is null ? new ThemeAdd(baseId!, themeId!, theme) : ParseResult<ThemeAdd>.Fail(error);
    }
}
