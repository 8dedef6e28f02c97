using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Core.Rmrk2.Transitions;

namespace Rmrk.Core.Rmrk2;

/// <summary>
/// The RMRK 2.0.0 consolidator: replays remarks strictly in the given order and folds them into
/// <see cref="State"/>. Each remark is parsed, validated against the state and applied only when every
/// check passed; a rejected remark adds one <c>invalid</c> entry and changes nothing else (the one
/// documented exception is the BURN cascade over a destroyed collection, rmrk2-semantics.md §5.6).
/// Like the reference, <see cref="Consolidate"/> may be called repeatedly and keeps its state.
/// </summary>
public sealed class Consolidator
{
    private readonly Rmrk2Context _context;

    /// <param name="addresses">A codec for <see cref="ConsolidatorOptions.EffectiveSs58Prefix"/>; one is made when null.</param>
    public Consolidator(ConsolidatorOptions? options = null, AddressCodec? addresses = null)
    {
        Options = options ?? new ConsolidatorOptions();
        if (addresses is not null && addresses.Ss58Format != Options.EffectiveSs58Prefix)
        {
            throw new ArgumentException($"the address codec encodes to {addresses.Ss58Format}, the consolidation to {Options.EffectiveSs58Prefix}", nameof(addresses));
        }

        State = new Rmrk2State { InteractionChanges = Options.EmitInteractionChanges ? [] : null };
        _context = new Rmrk2Context(State, Options, addresses ?? new AddressCodec(Options.EffectiveSs58Prefix));
    }

    public ConsolidatorOptions Options { get; }

    public Rmrk2State State { get; }

    public void Consolidate(IEnumerable<Remark> remarks)
    {
        foreach (var remark in remarks)
        {
            Apply(remark);
        }
    }

    /// <summary>Applies one remark; returns the rejection, or null when it was valid or not a 2.0.0 op.</summary>
    public Rejection? Apply(Remark remark)
    {
        var rejection = Dispatch(remark);
        if (rejection is not null)
        {
            State.Invalid.Add(new InvalidCall(remark.InteractionType, remark.Block, InvalidCaller(remark.Caller), rejection.ObjectId, rejection.Message));
        }

        return rejection;
    }

    private Rejection? Dispatch(Remark remark)
    {
        var c = _context;
        string text = remark.Text;
        return remark.InteractionType switch
        {
            OpCodes.Create => Run(Create.Parse(text, c), remark, OpCodes.Create, x => CreateTransition.Apply(c, remark, x)),
            OpCodes.Destroy => Run(Destroy.Parse(text), remark, OpCodes.Destroy, x => DestroyTransition.Apply(c, remark, x)),
            OpCodes.Lock => Run(Interactions.Lock.Parse(text), remark, OpCodes.Lock, x => LockTransition.Apply(c, remark, x)),
            OpCodes.Mint => Run(Mint.Parse(text, c), remark, OpCodes.Mint, x => MintTransition.Apply(c, remark, x)),
            OpCodes.Send => Run(Send.Parse(text, c), remark, OpCodes.Send, x => SendTransition.Apply(c, remark, x)),
            OpCodes.Buy => Run(Buy.Parse(text), remark, OpCodes.Buy, x => BuyTransition.Apply(c, remark, x)),
            OpCodes.Burn => Run(Burn.Parse(text), remark, OpCodes.Burn, x => BurnTransition.Apply(c, remark, x)),
            OpCodes.List => Run(List.Parse(text), remark, OpCodes.List, x => ListTransition.Apply(c, remark, x)),
            OpCodes.Emote => Run(Emote.Parse(text), remark, OpCodes.Emote, x => EmoteTransition.Apply(c, remark, x)),
            OpCodes.ChangeIssuer => Run(ChangeIssuer.Parse(text, c), remark, OpCodes.ChangeIssuer, x => ChangeIssuerTransition.Apply(c, remark, x)),
            OpCodes.Base => RunBase(remark),
            OpCodes.Equippable => Run(Equippable.Parse(text), remark, OpCodes.Equippable, x => EquippableTransition.Apply(c, remark, x)),
            OpCodes.ResAdd => Run(ResAdd.Parse(text), remark, OpCodes.ResAdd, x => ResAddTransition.Apply(c, remark, x, ResourceIds.For(x, remark))),
            OpCodes.Accept => Run(Accept.Parse(text), remark, OpCodes.Accept, x => AcceptTransition.Apply(c, remark, x)),
            OpCodes.Equip => Run(Equip.Parse(text), remark, OpCodes.Equip, x => EquipTransition.Apply(c, remark, x)),
            OpCodes.SetPriority => Run(SetPriority.Parse(text), remark, OpCodes.SetPriority, x => SetPriorityTransition.Apply(c, remark, x)),
            OpCodes.SetProperty => Run(SetProperty.Parse(text), remark, OpCodes.SetProperty, x => SetPropertyTransition.Apply(c, remark, x)),
            OpCodes.ThemeAdd => Run(ThemeAdd.Parse(text), remark, OpCodes.ThemeAdd, x => ThemeAddTransition.Apply(c, remark, x)),
            _ => null,
        };
    }

    private static Rejection? Run<T>(ParseResult<T> parsed, Remark remark, string opType, Func<T, Rejection?> transition)
        where T : class
    {
        return parsed.Error is not null
            ? new Rejection(RejectionCode.Malformed, remark.Text, $"[{opType}] Dead before instantiation: {parsed.Error}")
            : transition(parsed.Value!);
    }

    /// <summary>BASE reports its duplicate-part failure in its own words, so its parser returns whole messages.</summary>
    private Rejection? RunBase(Remark remark)
    {
        var parsed = BaseCreate.Parse(remark.Text, _context);
        return parsed.Error is not null
            ? new Rejection(RejectionCode.Malformed, remark.Text, parsed.Error)
            : BaseTransition.Apply(_context, remark, parsed.Value!);
    }

    /// <summary>
    /// The caller as the invalid entry shows it: re-encoded to the consolidation's prefix. The reference
    /// aborts the whole run on an undecodable caller; we keep going and show the caller as given.
    /// </summary>
    private string InvalidCaller(string caller) =>
        _context.TryEncodeAddress(caller, out string encoded, out _) ? encoded : caller;
}
