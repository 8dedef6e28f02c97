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
        string caller = State.Share(remark.Caller);
        if (!ReferenceEquals(caller, remark.Caller))
        {
            remark = remark with { Caller = caller };
        }

        var rejection = Dispatch(remark);
        if (rejection is not null)
        {
            State.Invalid.Add(new InvalidCall(remark.InteractionType, remark.Block, InvalidCaller(remark.Caller), rejection.ObjectId, rejection.Message));
        }

        return rejection;
    }

    /// <summary>One switch over the op code; unknown ops (lower-case ones included) leave no trace.</summary>
    private Rejection? Dispatch(Remark remark)
    {
        var c = _context;
        string text = remark.Text;
        switch (remark.InteractionType)
        {
            case OpCodes.Create:
                var create = Create.Parse(text, c);
                return create.Value is { } cr ? CreateTransition.Apply(c, remark, cr) : Malformed(remark, create.Error);
            case OpCodes.Destroy:
                var destroy = Destroy.Parse(text);
                return destroy.Value is { } d ? DestroyTransition.Apply(c, remark, d) : Malformed(remark, destroy.Error);
            case OpCodes.Lock:
                var lockRemark = Interactions.Lock.Parse(text);
                return lockRemark.Value is { } l ? LockTransition.Apply(c, remark, l) : Malformed(remark, lockRemark.Error);
            case OpCodes.Mint:
                var mint = Mint.Parse(text, c);
                return mint.Value is { } m ? MintTransition.Apply(c, remark, m) : Malformed(remark, mint.Error);
            case OpCodes.Send:
                var send = Send.Parse(text, c);
                return send.Value is { } sd ? SendTransition.Apply(c, remark, sd) : Malformed(remark, send.Error);
            case OpCodes.Buy:
                var buy = Buy.Parse(text);
                return buy.Value is { } b ? BuyTransition.Apply(c, remark, b) : Malformed(remark, buy.Error);
            case OpCodes.Burn:
                var burn = Burn.Parse(text);
                return burn.Value is { } bn ? BurnTransition.Apply(c, remark, bn) : Malformed(remark, burn.Error);
            case OpCodes.List:
                var list = List.Parse(text);
                return list.Value is { } ls ? ListTransition.Apply(c, remark, ls) : Malformed(remark, list.Error);
            case OpCodes.Emote:
                var emote = Emote.Parse(text);
                return emote.Value is { } e ? EmoteTransition.Apply(c, remark, e) : Malformed(remark, emote.Error);
            case OpCodes.ChangeIssuer:
                var changeIssuer = ChangeIssuer.Parse(text, c);
                return changeIssuer.Value is { } ci ? ChangeIssuerTransition.Apply(c, remark, ci) : Malformed(remark, changeIssuer.Error);
            case OpCodes.Base:
                var baseCreate = BaseCreate.Parse(text, c);

                // BASE reports its duplicate-part failure in its own words, so its parser returns whole messages.
                return baseCreate.Value is { } bc
                    ? BaseTransition.Apply(c, remark, bc)
                    : new Rejection(RejectionCode.Malformed, text, baseCreate.Error!);
            case OpCodes.Equippable:
                var equippable = Equippable.Parse(text);
                return equippable.Value is { } eq ? EquippableTransition.Apply(c, remark, eq) : Malformed(remark, equippable.Error);
            case OpCodes.ResAdd:
                var resAdd = ResAdd.Parse(text);
                return resAdd.Value is { } ra ? ResAddTransition.Apply(c, remark, ra, ResourceIds.For(ra, remark)) : Malformed(remark, resAdd.Error);
            case OpCodes.Accept:
                var accept = Accept.Parse(text);
                return accept.Value is { } ac ? AcceptTransition.Apply(c, remark, ac) : Malformed(remark, accept.Error);
            case OpCodes.Equip:
                var equip = Equip.Parse(text);
                return equip.Value is { } eqp ? EquipTransition.Apply(c, remark, eqp) : Malformed(remark, equip.Error);
            case OpCodes.SetPriority:
                var setPriority = SetPriority.Parse(text);
                return setPriority.Value is { } sp ? SetPriorityTransition.Apply(c, remark, sp) : Malformed(remark, setPriority.Error);
            case OpCodes.SetProperty:
                var setProperty = SetProperty.Parse(text);
                return setProperty.Value is { } spr ? SetPropertyTransition.Apply(c, remark, spr) : Malformed(remark, setProperty.Error);
            case OpCodes.ThemeAdd:
                var themeAdd = ThemeAdd.Parse(text);
                return themeAdd.Value is { } ta ? ThemeAddTransition.Apply(c, remark, ta) : Malformed(remark, themeAdd.Error);
            default:
                return null;
        }
    }

    /// <summary>A parse failure: reported against the whole remark as "[OP] Dead before instantiation: reason".</summary>
    private static Rejection Malformed(Remark remark, string? reason) =>
        new(RejectionCode.Malformed, remark.Text, $"[{remark.InteractionType}] Dead before instantiation: {reason}");

    /// <summary>
    /// The caller as the invalid entry shows it: re-encoded to the consolidation's prefix. The reference
    /// aborts the whole run on an undecodable caller; we keep going and show the caller as given.
    /// </summary>
    private string InvalidCaller(string caller) =>
        _context.TryEncodeAddress(caller, out string encoded, out _) ? encoded : caller;
}
