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
    /// <exception cref="ArgumentException">The remark has no text: it was parsed as it was extracted.</exception>
    public ParsedRemark Parse(Remark remark)
    {
        string text = remark.Text ?? throw new ArgumentException("this remark was parsed as it was extracted and kept no text; apply it with that parse", nameof(remark));
        return Parse(text, remark.InteractionType, remark.Block, text);
    }

    /// <summary>
    /// The same parse of a remark's text where it lies (a reader's buffer), given the remark's op and block. What
    /// keeps the text (a malformed remark's rejection, a LIST, a RESADD whose resource id is to be derived) takes
    /// <paramref name="textString"/> when the caller has it as a string, else a copy made then.
    /// </summary>
    public ParsedRemark Parse(ReadOnlySpan<char> text, string interactionType, long block, string? textString) =>
        interactionType switch
        {
            OpCodes.Create => From(Create.Parse(text, addresses), text, interactionType, textString),
            OpCodes.Destroy => From(Destroy.Parse(text), text, interactionType, textString),
            OpCodes.Lock => From(Interactions.Lock.Parse(text), text, interactionType, textString),
            OpCodes.Mint => From(Mint.Parse(text, block, addresses), text, interactionType, textString),
            OpCodes.Send => From(Send.Parse(text, addresses), text, interactionType, textString),
            OpCodes.Buy => From(Buy.Parse(text), text, interactionType, textString),
            OpCodes.Burn => From(Burn.Parse(text), text, interactionType, textString),
            OpCodes.List => From(List.Parse(text, textString), text, interactionType, textString),
            OpCodes.Emote => From(Emote.Parse(text), text, interactionType, textString),
            OpCodes.ChangeIssuer => From(ChangeIssuer.Parse(text, addresses), text, interactionType, textString),
            OpCodes.Base => FromBase(BaseCreate.Parse(text, addresses), text, textString),
            OpCodes.Equippable => From(Equippable.Parse(text), text, interactionType, textString),
            OpCodes.ResAdd => From(ResAdd.Parse(text, textString), text, interactionType, textString),
            OpCodes.Accept => From(Accept.Parse(text), text, interactionType, textString),
            OpCodes.Equip => From(Equip.Parse(text), text, interactionType, textString),
            OpCodes.SetPriority => From(SetPriority.Parse(text), text, interactionType, textString),
            OpCodes.SetProperty => From(SetProperty.Parse(text), text, interactionType, textString),
            OpCodes.ThemeAdd => From(ThemeAdd.Parse(text), text, interactionType, textString),

            // Unknown ops, lower-case ones included, leave no trace.
            _ => default,
        };

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
            if (start + i + TextPrefetch.Distance < end && remarks[start + i + TextPrefetch.Distance].Text is { } next)
            {
                TextPrefetch.Start(next);
            }

            parsed[i] = Parse(remarks[start + i]);
        }
    }

    /// <summary>A parse failure is reported against the whole remark as "[OP] Dead before instantiation: reason".</summary>
    private static ParsedRemark From<T>(ParseResult<T> result, ReadOnlySpan<char> text, string interactionType, string? textString)
        where T : class =>
        result.Value is { } value
            ? new ParsedRemark(value, null)
            : new ParsedRemark(null, new Rejection(RejectionCode.Malformed, textString ?? new string(text), $"[{interactionType}] Dead before instantiation: {result.Error}"));

    /// <summary>BASE reports its duplicate-part failure in its own words, so its parser returns whole messages.</summary>
    private static ParsedRemark FromBase(ParseResult<BaseCreate> result, ReadOnlySpan<char> text, string? textString) =>
        result.Value is { } value
            ? new ParsedRemark(value, null)
            : new ParsedRemark(null, new Rejection(RejectionCode.Malformed, textString ?? new string(text), result.Error!));
}
