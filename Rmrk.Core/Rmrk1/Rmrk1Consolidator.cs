using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Interactions;
using Rmrk.Core.Rmrk1.Model;
using Rmrk.Core.Rmrk1.State;
using Rmrk.Core.Rmrk1.Transitions;

namespace Rmrk.Core.Rmrk1;

/// <summary>
/// The RMRK 1.0.0 state machine, as rmrk-tools' 1.0 Consolidator (2.1.13 dist-cli, tag 1.0.0) applies it:
/// remarks in the given order, one <c>switch</c> on the interaction type, parse → validate against state →
/// apply. Unknown interaction types are skipped without an invalid entry. State persists across calls.
/// </summary>
public sealed class Rmrk1Consolidator(Rmrk1Options? options = null)
{
    private readonly Rmrk1Options _options = options ?? Rmrk1Options.Default;

    // BUY re-encodes transfer destinations only when ss58Format is truthy; cached per address.
    private readonly AddressCodec? _addresses =
        (options ?? Rmrk1Options.Default).Ss58Format is int format and not 0 ? new AddressCodec(format) : null;

    public Rmrk1State State { get; } = new();

    /// <summary>Applies every remark in order and returns the (shared, growing) state.</summary>
    public Rmrk1State Consolidate(IEnumerable<Remark> remarks)
    {
        foreach (Remark remark in remarks)
        {
            Apply(remark);
        }

        return State;
    }

    /// <summary>Applies one remark. Returns the rejection, or null when it was applied or ignored.</summary>
    public Rejection? Apply(Remark remark)
    {
        string op = remark.InteractionType;
        string text = remark.Text ?? throw new ArgumentException("a 1.0.0 remark is parsed from its text, and this one has none", nameof(remark));
        bool parsed;
        bool applied = false;
        string error;
        string id = string.Empty;
        Rejection rejection = default;
        switch (op)
        {
            case OpTypes.Mint:
                if (parsed = Mint.TryParse(text, out Mint mint, out error))
                {
                    id = mint.Id;
                    applied = MintTransition.TryApply(State, remark, mint, out rejection);
                }

                break;
            case OpTypes.MintNft:
                if (parsed = MintNft.TryParse(text, out MintNft mintNft, out error))
                {
                    applied = MintNftTransition.TryApply(State, remark, mintNft, out rejection);
                    id = applied ? mintNft.IdAt(remark.Block) : string.Empty;
                }

                break;
            case OpTypes.Send:
                if (parsed = Send.TryParse(text, out Send send, out error))
                {
                    id = send.Id;
                    applied = SendTransition.TryApply(State, remark, send, out rejection);
                }

                break;
            case OpTypes.List:
                if (parsed = List.TryParse(text, out List list, out error))
                {
                    id = list.Id;
                    applied = ListTransition.TryApply(State, remark, list, out rejection);
                }

                break;
            case OpTypes.Buy:
                if (parsed = Buy.TryParse(text, out Buy buy, out error))
                {
                    id = buy.Id;
                    applied = BuyTransition.TryApply(State, remark, buy, _addresses, out rejection);
                }

                break;
            case OpTypes.Consume:
                if (parsed = Consume.TryParse(text, out Consume consume, out error))
                {
                    id = consume.Id;
                    applied = ConsumeTransition.TryApply(State, remark, consume, out rejection);
                }

                break;
            case OpTypes.Emote:
                if (parsed = Emote.TryParse(text, out Emote emote, out error))
                {
                    id = emote.Id;
                    applied = EmoteTransition.TryApply(State, remark, emote, _options.EmitEmoteChanges, out bool sameBlock, out rejection);

                    // The reference lists an EMOTE only when it lands in a block other than the NFT's last update.
                    if (applied && sameBlock)
                    {
                        return null;
                    }
                }

                break;
            case OpTypes.ChangeIssuer:
                if (parsed = ChangeIssuer.TryParse(text, out ChangeIssuer changeIssuer, out error))
                {
                    id = changeIssuer.Id;
                    applied = ChangeIssuerTransition.TryApply(State, remark, changeIssuer, out rejection);
                }

                break;
            default:
                return null;
        }

        if (!parsed)
        {
            rejection = new Rejection(RejectionCode.Unparsable, text, $"[{op}] Dead before instantiation: {error}");
        }
        else if (applied)
        {
            if (_options.EmitInteractionChanges)
            {
                State.AddInteractionChange(new InteractionChange(op, id));
            }

            return null;
        }

        State.AddInvalid(new InvalidEntry(op, remark.Block, remark.Caller, rejection.ObjectId, rejection.Message));
        return rejection;
    }
}
