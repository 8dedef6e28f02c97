using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;

namespace Rmrk.Core.Rmrk2;

/// <summary>What a transition sees: the state, the options, the address codec and the shared guards.</summary>
public sealed class Rmrk2Context(Rmrk2State state, ConsolidatorOptions options, AddressCodec addresses)
{
    /// <summary>The reference walks owner chains at most this deep before it gives up (§8 quirk 15).</summary>
    public const int MaxDepth = 10;

    /// <summary>Our own bound for the reference's unbounded recursion check, which would hang on a cycle.</summary>
    private const int MaxRecursionWalk = 100_000;

    public Rmrk2State State { get; } = state;

    public ConsolidatorOptions Options { get; } = options;

    public AddressCodec Addresses { get; } = addresses;

    /// <summary>Any non-empty string without "-" is an account; anything with "-" is an NFT id.</summary>
    public static bool IsAccount(string? value) => IsAccount(value.AsSpan());

    /// <inheritdoc cref="IsAccount(string?)"/>
    public static bool IsAccount(ReadOnlySpan<char> value) => !value.IsEmpty && !value.Contains('-');

    /// <summary>
    /// <c>findRealOwner</c>: the account at the top of the owner chain starting at <paramref name="id"/>;
    /// "" when an NFT on the way does not exist; null with <paramref name="error"/> when deeper than 10.
    /// </summary>
    public string? FindRealOwner(string id, out Rejection? error, string objectId)
    {
        string current = id;
        for (int level = 1; ; level++)
        {
            if (level > MaxDepth)
            {
                error = new Rejection(RejectionCode.TooDeep, objectId, "Trying to find an owner too deep, possible stack overflow");
                return null;
            }

            if (IsAccount(current))
            {
                error = null;
                return current;
            }

            var nft = State.FindNft(current);
            if (nft is null)
            {
                error = null;
                return string.Empty;
            }

            current = nft.Owner;
        }
    }

    /// <summary>The stored root owner, or the walked one when it is empty (BURN, LIST, ACCEPT, …).</summary>
    public string? RootOwnerOf(Nft nft, out Rejection? error, string objectId)
    {
        if (nft.RootOwner.Length > 0)
        {
            error = null;
            return nft.RootOwner;
        }

        return FindRealOwner(nft.Owner, out error, objectId);
    }

    /// <summary><c>invalidateIfRecursion</c>: the recipient chain must not pass through the NFT itself.</summary>
    public Rejection? RecursionGuard(string nftId, string? recipient, string objectId)
    {
        string? current = recipient;
        for (int steps = 0; steps < MaxRecursionWalk && !IsAccount(current); steps++)
        {
            var nft = State.FindNft(current ?? string.Empty);
            if (nft is null)
            {
                return null;
            }

            if (string.Equals(nft.Id, nftId, StringComparison.Ordinal))
            {
                return new Rejection(RejectionCode.WouldCreateCycle, objectId, "Cannot have an nft that is it's own child");
            }

            current = nft.Owner;
        }

        return null;
    }

    /// <summary><c>invalidateIfParentIsForsale</c>, starting at the NFT's owner.</summary>
    public Rejection? ListedAncestorGuard(string owner, string objectId)
    {
        string current = owner;
        for (int level = 1; ; level++)
        {
            if (level > MaxDepth)
            {
                return new Rejection(RejectionCode.TooDeep, objectId, "Trying to invalidateIfParentIsForsale too deep, possible stack overflow");
            }

            if (IsAccount(current))
            {
                return null;
            }

            var ancestor = State.FindNft(current);
            if (ancestor is null)
            {
                return null;
            }

            if (ancestor.ForSale > 0)
            {
                return new Rejection(RejectionCode.ParentListed, objectId, $"Attempting to do something with an NFT who's parent {ancestor.Id} is listed for sale");
            }

            current = ancestor.Owner;
        }
    }

    /// <summary><c>validateTransferability</c> (§4.5).</summary>
    public static Rejection? TransferabilityGuard(Nft nft, Remark remark, string opType)
    {
        double t = nft.Transferable;
        bool transferable = t == 1 || (t < 0 && nft.Block - t >= remark.Block) || (t > 1 && remark.Block >= t);
        if (transferable)
        {
            return null;
        }

        string message = $"[{opType}] Attempting to {opType} non-transferable NFT {nft.Id}.";
        if (t > 1)
        {
            message += $" It will become transferable after block {Js.JsNumberFormat.Format(t)} but tx made at block {remark.Block}";
        }
        else if (t < 0)
        {
            message += $" It was transferable until block {Js.JsNumberFormat.Format(nft.Block - t)} but tx made at block {remark.Block}";
        }

        return new Rejection(RejectionCode.NotTransferable, nft.Id, message);
    }

    /// <summary>Re-encodes an address to the consolidation's prefix, or gives the reference's error text.</summary>
    public bool TryEncodeAddress(string address, out string encoded, out string error)
    {
        bool ok = Addresses.TryReencode(address, out string? e, out string? message);
        encoded = e ?? string.Empty;
        error = message ?? string.Empty;
        return ok;
    }

    /// <summary>Whether the interaction-changes log is kept (extra lists for it are built only then).</summary>
    public bool RecordsInteractions => State.InteractionChanges is not null;

    public void RecordInteraction(string opType, string id) => State.InteractionChanges?.Add(new InteractionChange(opType, id));

    public void RecordInteraction(InteractionChange change) => State.InteractionChanges?.Add(change);
}
