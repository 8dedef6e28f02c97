using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;

namespace Rmrk.Core.Rmrk2;

/// <summary>
/// The half of consolidation that needs no state: the op code, URI and JSON decoding, the payload's structure
/// and the re-encoding of the addresses in it. Its result depends on the remark and the SS58 format alone,
/// which is what lets <see cref="Consolidator"/> parse ahead on another core while it applies.
/// Not thread-safe (the codec caches): one parser per thread at a time.
/// </summary>
public sealed class InteractionParser(AddressCodec addresses)
{
    public ParsedRemark Parse(Remark remark)
    {
        string text = remark.Text;
        return remark.InteractionType switch
        {
            OpCodes.Create => From(remark, Create.Parse(text, addresses)),
            OpCodes.Destroy => From(remark, Destroy.Parse(text)),
            OpCodes.Lock => From(remark, Interactions.Lock.Parse(text)),
            OpCodes.Mint => From(remark, Mint.Parse(text, remark.Block, addresses)),
            OpCodes.Send => From(remark, Send.Parse(text, addresses)),
            OpCodes.Buy => From(remark, Buy.Parse(text)),
            OpCodes.Burn => From(remark, Burn.Parse(text)),
            OpCodes.List => From(remark, List.Parse(text)),
            OpCodes.Emote => From(remark, Emote.Parse(text)),
            OpCodes.ChangeIssuer => From(remark, ChangeIssuer.Parse(text, addresses)),
            OpCodes.Base => FromBase(remark, BaseCreate.Parse(text, addresses)),
            OpCodes.Equippable => From(remark, Equippable.Parse(text)),
            OpCodes.ResAdd => From(remark, ResAdd.Parse(text)),
            OpCodes.Accept => From(remark, Accept.Parse(text)),
            OpCodes.Equip => From(remark, Equip.Parse(text)),
            OpCodes.SetPriority => From(remark, SetPriority.Parse(text)),
            OpCodes.SetProperty => From(remark, SetProperty.Parse(text)),
            OpCodes.ThemeAdd => From(remark, ThemeAdd.Parse(text)),

            // Unknown ops, lower-case ones included, leave no trace.
            _ => default,
        };
    }

    /// <summary>Parses the first <c>parsed.Length</c> remarks into <paramref name="parsed"/>, in order.</summary>
    public void ParseAll(IReadOnlyList<Remark> remarks, Span<ParsedRemark> parsed) => ParseAll(remarks, 0, parsed);

    /// <summary>Parses <c>parsed.Length</c> remarks from index <paramref name="start"/> into <paramref name="parsed"/>.</summary>
    public void ParseAll(IReadOnlyList<Remark> remarks, int start, Span<ParsedRemark> parsed) =>
        ParseAll(remarks, start, parsed, remarks.Count);

    /// <param name="end">Where the remarks of <paramref name="remarks"/> end: texts are loaded ahead up to there.</param>
    internal void ParseAll(IReadOnlyList<Remark> remarks, int start, Span<ParsedRemark> parsed, int end)
    {
        // Past the end of this slice too: the next one is parsed right after, here or on the other thread.
        for (int i = 0; i < parsed.Length; i++)
        {
            if (start + i + TextPrefetch.Distance < end)
            {
                TextPrefetch.Start(remarks[start + i + TextPrefetch.Distance].Text);
            }

            parsed[i] = Parse(remarks[start + i]);
        }
    }

    /// <summary>A parse failure is reported against the whole remark as "[OP] Dead before instantiation: reason".</summary>
    private static ParsedRemark From<T>(Remark remark, ParseResult<T> result)
        where T : class =>
        result.Value is { } value
            ? new ParsedRemark(value, null)
            : new ParsedRemark(null, new Rejection(RejectionCode.Malformed, remark.Text, $"[{remark.InteractionType}] Dead before instantiation: {result.Error}"));

    /// <summary>BASE reports its duplicate-part failure in its own words, so its parser returns whole messages.</summary>
    private static ParsedRemark FromBase(Remark remark, ParseResult<BaseCreate> result) =>
        result.Value is { } value
            ? new ParsedRemark(value, null)
            : new ParsedRemark(null, new Rejection(RejectionCode.Malformed, remark.Text, result.Error!));
}
