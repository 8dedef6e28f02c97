using Rmrk.Core.Js;
using Rmrk.Core.Output;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;

namespace Rmrk.Core.Rmrk2.Output;

/// <summary>
/// Writes the canonical 2.0.0 document (rmrk2-semantics.md §9): <c>{bases, [changes,] collections, invalid,
/// nfts}</c>, keys sorted ordinally at every level, BigInts as decimal strings, absent fields omitted —
/// byte-identical to the reference's <c>consolidate.mjs</c> output.
/// </summary>
public static class Rmrk2StateWriter
{
    public static void Write(Rmrk2State state, TextWriter output, bool pretty)
    {
        var w = new CanonicalJsonWriter(output, pretty);

        // The reference's compact writer sorts the id maps with a plain sort(); its pretty path rebuilds
        // them as JS objects, which list array-index keys first. Nested maps are always rebuilt.
        IComparer<string> idOrder = pretty ? CanonicalKeyComparer.Instance : StringComparer.Ordinal;
        w.WriteStartObject();
        w.WritePropertyName("bases");
        WriteMap(w, state.Bases, WriteBase, idOrder);
        if (state.InteractionChanges is not null)
        {
            w.WritePropertyName("changes");
            WriteArray(w, state.InteractionChanges, WriteInteractionChange);
        }

        w.WritePropertyName("collections");
        WriteMap(w, state.Collections, WriteCollection, idOrder);
        w.WritePropertyName("invalid");
        WriteArray(w, state.Invalid, WriteInvalid);
        w.WritePropertyName("nfts");
        WriteMap(w, state.Nfts, NftWriter.Write, idOrder);
        w.WriteEndObject();
        w.Flush();
    }

    internal static void WriteMap<T>(CanonicalJsonWriter w, IReadOnlyDictionary<string, T> map, Action<CanonicalJsonWriter, T> write, IComparer<string> order)
    {
        var keys = new string[map.Count];
        int i = 0;
        foreach (string key in map.Keys)
        {
            keys[i++] = key;
        }

        Array.Sort(keys, order);
        w.WriteStartObject();
        foreach (string key in keys)
        {
            w.WritePropertyName(key);
            write(w, map[key]);
        }

        w.WriteEndObject();
    }

    internal static void WriteArray<T>(CanonicalJsonWriter w, IEnumerable<T> items, Action<CanonicalJsonWriter, T> write)
    {
        w.WriteStartArray();
        foreach (var item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    internal static void WriteStrings(CanonicalJsonWriter w, IEnumerable<string> items) =>
        WriteArray(w, items, static (w, s) => w.WriteString(s));

    internal static void WriteChange(CanonicalJsonWriter w, Change change) =>
        RecordWriter.WriteChange(w, change.Block, change.Caller, change.Field, change.New, change.Old, change.OpType, change.ExtraTransfers);

    private static void WriteBase(CanonicalJsonWriter w, Base b)
    {
        w.WriteStartObject();
        w.WritePropertyName("block");
        w.WriteNumber(b.Block);
        w.WritePropertyName("changes");
        WriteArray(w, b.Changes, WriteChange);
        w.WritePropertyName("id");
        w.WriteString(b.Id);
        w.WritePropertyName("issuer");
        w.WriteString(b.Issuer);
        w.WriteOptional("metadata", b.Metadata);
        w.WritePropertyName("parts");
        w.WriteValue(b.Parts);
        w.WritePropertyName("symbol");
        w.WriteString(b.Symbol);
        w.WriteOptional("themes", b.Themes);
        w.WriteOptional("type", b.Type);
        w.WriteEndObject();
    }

    private static void WriteCollection(CanonicalJsonWriter w, Collection c)
    {
        w.WriteStartObject();
        w.WritePropertyName("block");
        w.WriteNumber(c.Block);
        w.WritePropertyName("changes");
        WriteArray(w, c.Changes, WriteChange);
        w.WritePropertyName("count");
        w.WriteNumber(c.Count);
        w.WritePropertyName("id");
        w.WriteString(c.Id);
        w.WritePropertyName("issuer");
        w.WriteString(c.Issuer);
        w.WritePropertyName("max");
        w.WriteNumber(c.Max);
        w.WritePropertyName("metadata");
        w.WriteString(c.Metadata);
        w.WritePropertyName("symbol");
        w.WriteString(c.Symbol);
        w.WriteEndObject();
    }

    private static void WriteInvalid(CanonicalJsonWriter w, InvalidCall invalid) =>
        RecordWriter.WriteInvalid(w, invalid.Block, invalid.Caller, invalid.Message, invalid.ObjectId, invalid.OpType);

    private static void WriteInteractionChange(CanonicalJsonWriter w, InteractionChange change)
    {
        var fields = new List<(string Key, Action Write)> { (change.OpType, () => w.WriteString(change.Id)) };
        if (change.Children is not null)
        {
            fields.Add(("CHILDREN", () => WriteStrings(w, change.Children)));
        }

        if (change.Resources is not null)
        {
            fields.Add(("RESOURCES", () => WriteStrings(w, change.Resources)));
        }

        fields.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        w.WriteStartObject();
        foreach (var (key, write) in fields)
        {
            w.WritePropertyName(key);
            write();
        }

        w.WriteEndObject();
    }
}
