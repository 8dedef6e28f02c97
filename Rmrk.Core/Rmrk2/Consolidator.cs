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
    private readonly InteractionParser _parser;
    private InteractionParser? _aheadParser;
    private Action<ParseAhead.Batch>? _prefetch;

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
        _parser = new InteractionParser(_context.Addresses);
    }

    public ConsolidatorOptions Options { get; }

    public Rmrk2State State { get; }

    /// <summary>
    /// Applies the remarks in order. With <see cref="ConsolidatorOptions.ParseAhead"/> the next batch is parsed
    /// on another thread meanwhile, which then reads the NFTs that batch names (<see cref="StatePrefetch"/>); the
    /// state is the same either way, since parsing reads no state and the prefetch writes none.
    /// </summary>
    public void Consolidate(IEnumerable<Remark> remarks)
    {
        if (!Options.ParseAhead)
        {
            foreach (var remark in remarks)
            {
                Apply(remark);
            }

            return;
        }

        // Its own codec: it runs beside this thread, which re-encodes callers of invalid remarks with the context's.
        var parser = _aheadParser ??= new InteractionParser(new AddressCodec(Options.EffectiveSs58Prefix));
        var prefetch = _prefetch ??= batch => StatePrefetch.Touch(State.Nfts, batch);
        foreach (var batch in ParseAhead.Run(remarks, parser, _parser, prefetch))
        {
            for (int i = 0; i < batch.Count; i++)
            {
                Apply(batch[i], batch.Parsed[i]);
            }
        }
    }

    /// <summary>Applies one remark; returns the rejection, or null when it was valid or not a 2.0.0 op.</summary>
    public Rejection? Apply(Remark remark) => Apply(remark, _parser.Parse(remark));

    /// <summary>Applies a remark that <see cref="InteractionParser"/> has already read.</summary>
    public Rejection? Apply(Remark remark, ParsedRemark parsed)
    {
        if (parsed.Interaction is null && parsed.Malformed is null)
        {
            return null;
        }

        var rejection = parsed.Malformed ?? Transition(remark, parsed.Interaction!);
        if (rejection is not null)
        {
            State.Invalid.Add(new InvalidCall(remark.InteractionType, remark.Block, InvalidCaller(remark.Caller), rejection.ObjectId, rejection.Message));
        }

        return rejection;
    }

    /// <summary>One transition per interaction, the frequent ones first.</summary>
    private Rejection? Transition(Remark remark, object interaction)
    {
        var c = _context;
        return interaction switch
        {
            Mint m => MintTransition.Apply(c, remark, m),
            ResAdd ra => ResAddTransition.Apply(c, remark, ra, ResourceIds.For(ra, remark)),
            Send sd => SendTransition.Apply(c, remark, sd),
            Accept ac => AcceptTransition.Apply(c, remark, ac),
            Equip eq => EquipTransition.Apply(c, remark, eq),
            SetPriority sp => SetPriorityTransition.Apply(c, remark, sp),
            SetProperty spr => SetPropertyTransition.Apply(c, remark, spr),
            List ls => ListTransition.Apply(c, remark, ls),
            Buy b => BuyTransition.Apply(c, remark, b),
            Emote e => EmoteTransition.Apply(c, remark, e),
            Burn bn => BurnTransition.Apply(c, remark, bn),
            Create cr => CreateTransition.Apply(c, remark, cr),
            BaseCreate bc => BaseTransition.Apply(c, remark, bc),
            Equippable eqb => EquippableTransition.Apply(c, remark, eqb),
            ThemeAdd ta => ThemeAddTransition.Apply(c, remark, ta),
            ChangeIssuer ci => ChangeIssuerTransition.Apply(c, remark, ci),
            Interactions.Lock l => LockTransition.Apply(c, remark, l),
            Destroy d => DestroyTransition.Apply(c, remark, d),
            _ => throw new ArgumentException($"not an interaction: {interaction.GetType().Name}", nameof(interaction)),
        };
    }

    /// <summary>
    /// The caller as the invalid entry shows it: re-encoded to the consolidation's prefix. The reference
    /// aborts the whole run on an undecodable caller; we keep going and show the caller as given.
    /// </summary>
    private string InvalidCaller(string caller) =>
        _context.TryEncodeAddress(caller, out string encoded, out _) ? encoded : caller;
}
