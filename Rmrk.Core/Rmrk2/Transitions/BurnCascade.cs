using System.Numerics;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>
/// The BURN cascade: every descendant down to depth 9 — pending and already burned ones included — gets
/// <c>burned: "true"</c>, <c>forsale = 0</c>, a burned record and a forsale record whose old value is the
/// PARENT's price, and its collection's count lowered again (so it can go negative).
/// </summary>
internal static class BurnCascade
{
    private const string MissingCollection = "Cannot read properties of undefined (reading 'count')";

    /// <summary>
    /// Runs the cascade. The reference runs the sibling branches concurrently and lets all of them finish, so a
    /// descendant whose collection was DESTROYed is written and then fails its count update; the cascade goes
    /// on and the first failure's message is returned.
    /// </summary>
    public static string? Burn(Rmrk2State state, Nft nft, Remark remark)
    {
        string? failure = null;
        BurnChildren(state, nft, nft.ForSale, remark, 1, ref failure);
        return failure;
    }

    private static void BurnChildren(Rmrk2State state, Nft parent, BigInteger parentPrice, Remark remark, int level, ref string? failure)
    {
        if (level >= Rmrk2Context.MaxDepth || !parent.HasChildren)
        {
            return;
        }

        foreach (var entry in parent.Children.ToArray())
        {
            var child = state.FindNft(entry.Id);
            if (child is null)
            {
                continue;
            }

            BurnChildren(state, child, child.ForSale, remark, level + 1, ref failure);
            child.Changes.Add(new Change("burned", string.Empty, "true", remark.Caller, remark.Block, OpCodes.Burn));
            child.Changes.Add(new Change("forsale", JsBigInt.ToText(parentPrice), "0", remark.Caller, remark.Block, OpCodes.Burn));
            child.ForSale = 0;
            child.HasEquippedField = true;
            state.SetBurned(child, "true");
            state.Touch(child);
            var collection = state.FindCollection(child.Collection);
            if (collection is null)
            {
                failure ??= MissingCollection;
                continue;
            }

            collection.Count--;
            state.Touch(collection);
        }
    }
}
