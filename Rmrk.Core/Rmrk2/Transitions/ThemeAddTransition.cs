using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>THEMEADD: add a named theme to a base. The reference checks no issuer: anyone may add one.</summary>
public static class ThemeAddTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, ThemeAdd themeAdd)
    {
        var target = context.State.FindBase(themeAdd.BaseId);
        if (target is null)
        {
            return new Rejection(RejectionCode.BaseNotFound, themeAdd.BaseId, $"[THEMEADD] Attempting to add a theme to a non-existant Base {themeAdd.BaseId}");
        }

        if (target.Themes is not null && JsOps.Get(target.Themes, themeAdd.ThemeId) is { IsTruthy: true })
        {
            return new Rejection(RejectionCode.AlreadyExists, themeAdd.BaseId, $"[THEMEADD] Attempting to add a theme with an already existing theme key {themeAdd.ThemeId}");
        }

        if (target.Themes is not JsObject themes)
        {
            // A truthy non-object "themes" from the BASE JSON cannot take new keys; the reference's write is lost.
            if (target.Themes is not null)
            {
                context.RecordInteraction(OpCodes.ThemeAdd, target.Id);
                return null;
            }

            themes = new JsObject();
            target.Themes = themes;
        }

        themes.Set(themeAdd.ThemeId, themeAdd.Theme);
        context.State.Touch(target);
        context.RecordInteraction(OpCodes.ThemeAdd, target.Id);
        return null;
    }
}
