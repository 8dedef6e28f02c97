using Rmrk.Core.Js;
using Rmrk.Core.Output;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.Output;

/// <summary>Writes one NFT, its children and its resources with their keys in ordinal order.</summary>
internal static class NftWriter
{
    public static void Write(CanonicalJsonWriter w, Nft nft)
    {
        w.WriteStartObject();
        w.WritePropertyName("block");
        w.WriteNumber(nft.Block);
        w.WritePropertyName("burned");
        w.WriteString(nft.Burned);
        w.WritePropertyName("changes");
        Rmrk2StateWriter.WriteArray(w, nft.ChangesOrEmpty, Rmrk2StateWriter.WriteChange);
        w.WritePropertyName("children");
        Rmrk2StateWriter.WriteArray(w, nft.ChildrenOrEmpty, WriteChild);
        w.WritePropertyName("collection");
        w.WriteString(nft.Collection);
        if (nft.HasEquippedField)
        {
            w.WritePropertyName("equipped");
            w.WriteString(string.Empty);
        }

        w.WritePropertyName("forsale");
        w.WriteString(JsBigInt.ToText(nft.ForSale));
        w.WritePropertyName("id");
        w.WriteString(nft.Id);
        w.WriteOptional("metadata", nft.Metadata);
        w.WritePropertyName("owner");
        w.WriteString(nft.Owner);
        w.WritePropertyName("pending");
        w.WriteBoolean(nft.Pending);
        w.WritePropertyName("priority");
        Rmrk2StateWriter.WriteArray(w, nft.PriorityOrEmpty, static (w, p) => w.WriteValue(p));
        w.WritePropertyName("properties");
        w.WriteValue(nft.PeekProperties());
        w.WritePropertyName("reactions");
        RecordWriter.WriteReactions(w, nft.ReactionsOrNull);
        w.WritePropertyName("resources");
        Rmrk2StateWriter.WriteArray(w, nft.ResourcesOrEmpty, WriteResource);
        w.WritePropertyName("rootowner");
        w.WriteString(nft.RootOwner);
        w.WritePropertyName("sn");
        w.WriteString(nft.Sn);
        w.WritePropertyName("symbol");
        w.WriteString(nft.Symbol);
        w.WritePropertyName("transferable");
        w.WriteNumber(nft.Transferable);
        w.WriteEndObject();
    }

    private static void WriteChild(CanonicalJsonWriter w, NftChild child)
    {
        w.WriteStartObject();
        w.WritePropertyName("equipped");
        w.WriteString(child.Equipped);
        w.WritePropertyName("id");
        w.WriteString(child.Id);
        w.WritePropertyName("pending");
        w.WriteBoolean(child.Pending);
        w.WriteEndObject();
    }

    private static void WriteResource(CanonicalJsonWriter w, Resource r)
    {
        w.WriteStartObject();
        w.WriteOptional("base", r.Base);
        w.WritePropertyName("id");
        w.WriteValue(r.Id);
        w.WriteOptional("metadata", r.Metadata);
        w.WriteOptional("parts", r.Parts);
        w.WritePropertyName("pending");
        w.WriteBoolean(r.Pending);
        w.WriteOptional("replace", r.Replace);
        w.WriteOptional("slot", r.Slot);
        w.WriteOptional("src", r.Src);
        w.WriteOptional("theme", r.Theme);
        w.WriteOptional("themeId", r.ThemeId);
        w.WriteOptional("thumb", r.Thumb);
        w.WriteEndObject();
    }
}
