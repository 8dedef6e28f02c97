using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>CREATE: a new collection owned by the issuer the JSON names (the caller is not compared).</summary>
public static class CreateTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, Create create)
    {
        if (context.State.Collections.ContainsKey(create.Id))
        {
            return new Rejection(RejectionCode.AlreadyExists, create.Id, "[CREATE] Attempt to create already existing collection");
        }

        var collection = new Collection
        {
            Id = create.Id,
            Block = remark.Block,
            Max = create.Max,
            Issuer = create.Issuer,
            Symbol = create.Symbol,
            Metadata = create.Metadata,
        };
        context.State.Collections[create.Id] = collection;
        context.State.Touch(collection);
        context.RecordInteraction(OpCodes.Create, create.Id);
        return null;
    }
}
