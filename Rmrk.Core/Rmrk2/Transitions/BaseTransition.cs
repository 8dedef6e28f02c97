using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>BASE: a new base of parts and slots, owned by the issuer the JSON names.</summary>
public static class BaseTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, BaseCreate create)
    {
        string id = create.BaseId(remark.Block);
        if (context.State.Bases.ContainsKey(id))
        {
            return new Rejection(RejectionCode.AlreadyExists, id, "[BASE] Attempt to create already existing base");
        }

        var created = new Base
        {
            Id = id,
            Block = remark.Block,
            Symbol = create.Symbol,
            Type = create.Type,
            Issuer = create.Issuer,
            Parts = create.Parts,
            Themes = create.Themes,
            Metadata = create.Metadata,
        };
        context.State.Bases[id] = created;
        context.State.Touch(created);
        context.RecordInteraction(OpCodes.Base, id);
        return null;
    }
}
