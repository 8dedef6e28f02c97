using System.Globalization;
using Rmrk.Core.Js;
using Rmrk.Core.Output;
using Rmrk.Core.Rmrk1.Model;
using Rmrk.Core.Rmrk1.State;

namespace Rmrk.Core.Rmrk1.Output;

/// <summary>
/// The canonical 1.0 document exactly as <c>consolidate1.mjs</c> prints it: <c>{[changes,] collections, invalid, nfts}</c>
/// with keys sorted, <c>nfts</c> and <c>collections</c> as arrays in creation order, BigInts as decimal strings,
/// absent fields omitted; compact (one line) or pretty (2 spaces), followed by a newline.
/// </summary>
public static class Rmrk1StateWriter
{
    /// <summary>The document as a string (ends with a newline).</summary>
    public static string Write(Rmrk1State state, bool pretty = false, bool includeInteractionChanges = false)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(state, text, pretty, includeInteractionChanges);
        return text.ToString();
    }

    /// <summary>
    /// Writes the document to <paramref name="output"/>. <paramref name="includeInteractionChanges"/> adds the
    /// top-level <c>changes</c> list, as the reference does when <c>emitInteractionChanges</c> is set.
    /// </summary>
    public static void Write(Rmrk1State state, TextWriter output, bool pretty = false, bool includeInteractionChanges = false)
    {
        var w = new CanonicalJsonWriter(output, pretty);
        w.WriteStartObject();
        if (includeInteractionChanges)
        {
            w.WritePropertyName("changes");
            w.WriteStartArray();
            foreach (InteractionChange change in state.InteractionChanges)
            {
                w.WriteStartObject();
                w.WritePropertyName(change.OpType);
                w.WriteString(change.Id);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WritePropertyName("collections");
        w.WriteStartArray();
        foreach (Collection collection in state.Collections)
        {
            WriteCollection(w, collection);
        }

        w.WriteEndArray();
        w.WritePropertyName("invalid");
        w.WriteStartArray();
        foreach (InvalidEntry entry in state.Invalid)
        {
            WriteInvalid(w, entry);
        }

        w.WriteEndArray();
        w.WritePropertyName("nfts");
        w.WriteStartArray();
        foreach (Nft nft in state.Nfts)
        {
            WriteNft(w, nft);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteCollection(CanonicalJsonWriter w, Collection c)
    {
        w.WriteStartObject();
        w.WritePropertyName("block");
        w.WriteNumber(c.Block);
        w.WritePropertyName("changes");
        WriteChanges(w, c.Changes);
        w.WritePropertyName("id");
        w.WriteString(c.Id);
        w.WritePropertyName("issuer");
        w.WriteString(c.Issuer);
        w.WritePropertyName("max");
        w.WriteNumber(c.Max);
        w.WriteOptional("metadata", c.Metadata);
        w.WritePropertyName("name");
        w.WriteString(c.Name);
        w.WritePropertyName("symbol");
        w.WriteString(c.Symbol);
        if (c.UpdatedAtBlock is long updated)
        {
            w.WritePropertyName("updatedAtBlock");
            w.WriteNumber(updated);
        }

        w.WriteEndObject();
    }

    private static void WriteNft(CanonicalJsonWriter w, Nft n)
    {
        w.WriteStartObject();
        w.WritePropertyName("block");
        w.WriteNumber(n.Block);
        w.WritePropertyName("burned");
        w.WriteString(n.Burned);
        w.WritePropertyName("changes");
        WriteChanges(w, n.Changes);
        w.WritePropertyName("collection");
        w.WriteString(n.Collection);
        w.WriteOptional("data", n.Data);
        w.WritePropertyName("forsale");
        w.WriteString(JsBigInt.ToText(n.ForSale));
        w.WritePropertyName("id");
        w.WriteString(n.Id);
        w.WritePropertyName("instance");
        w.WriteString(n.Instance);
        w.WriteOptional("metadata", n.Metadata);
        w.WritePropertyName("name");
        w.WriteString(n.Name);
        w.WritePropertyName("owner");
        w.WriteString(n.Owner);
        w.WritePropertyName("reactions");
        RecordWriter.WriteReactions(w, n.Reactions);
        w.WritePropertyName("sn");
        w.WriteString(n.Sn);
        w.WritePropertyName("transferable");
        w.WriteNumber(n.Transferable);
        w.WritePropertyName("updatedAtBlock");
        w.WriteNumber(n.UpdatedAtBlock);
        w.WriteEndObject();
    }

    private static void WriteChanges(CanonicalJsonWriter w, List<Change> changes)
    {
        w.WriteStartArray();
        foreach (Change c in changes)
        {
            RecordWriter.WriteChange(w, c.Block, c.Caller, c.Field, c.New, c.Old, c.OpType);
        }

        w.WriteEndArray();
    }

    private static void WriteInvalid(CanonicalJsonWriter w, InvalidEntry e) =>
        RecordWriter.WriteInvalid(w, e.Block, e.Caller, e.Message, e.ObjectId, e.OpType);
}
