using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Tests.Rmrk2;

/// <summary>An NFT's properties kept as text: built on first read and kept built; printing does not keep them built.</summary>
public class NftPropertiesTests
{
    private const string Text = """{"name":{"type":"string","value":"Kanaria 1"}}""";

    [Fact]
    public void The_first_read_builds_them_and_later_reads_get_the_same_object()
    {
        var nft = Minted(out var text);

        var first = nft.Properties;

        first.ShouldBeOfType<JsObject>()["name"].ShouldBeOfType<JsObject>()["value"].ShouldBeOfType<JsString>().Value.ShouldBe("Kanaria 1");
        nft.Properties.ShouldBeSameAs(first);
        nft.PropertiesIdentity.ShouldBeSameAs(first);
        nft.PropertiesIdentity.ShouldNotBeSameAs(text);
    }

    [Fact]
    public void Peeking_builds_a_copy_each_time_and_keeps_the_text()
    {
        var nft = Minted(out var text);

        var peeked = nft.PeekProperties();

        CanonicalJsonWriter.Serialize(peeked).ShouldBe("""{"name":{"type":"string","value":"Kanaria 1"}}""" + "\n");
        nft.PeekProperties().ShouldNotBeSameAs(peeked);
        nft.PropertiesIdentity.ShouldBeSameAs(text);
    }

    [Fact]
    public void Peeking_at_built_properties_gives_them_as_they_are_now()
    {
        var nft = Minted(out _);
        ((JsObject)((JsObject)nft.Properties)["name"]!).Set("value", new JsString("Birdie"));

        CanonicalJsonWriter.Serialize(nft.PeekProperties()).ShouldContain("Birdie");
        nft.PeekProperties().ShouldBeSameAs(nft.Properties);
    }

    [Fact]
    public void Setting_them_replaces_the_text()
    {
        var nft = Minted(out _);
        var replacement = new JsObject();

        nft.Properties = replacement;

        nft.PeekProperties().ShouldBeSameAs(replacement);
        nft.PropertiesIdentity.ShouldBeSameAs(replacement);
    }

    [Fact]
    public void Absent_properties_read_as_one_empty_object()
    {
        var nft = new Nft { Id = "1-c-S-1", Block = 1, Collection = "c", Symbol = "S", Transferable = 1, Sn = "1" };

        var empty = nft.PeekProperties().ShouldBeOfType<JsObject>();

        empty.Count.ShouldBe(0);
        nft.Properties.ShouldBeSameAs(empty);
    }

    private static Nft Minted(out UnparsedJson text)
    {
        text = UnparsedJson.TryTakePlain(Text, "\"royalty\"", out _)!;
        return new Nft { Id = "1-c-S-1", Block = 1, Collection = "c", Symbol = "S", Transferable = 1, Sn = "1", UnparsedProperties = text };
    }
}
