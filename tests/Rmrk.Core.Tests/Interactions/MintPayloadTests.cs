using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Interactions;

namespace Rmrk.Core.Tests.Interactions;

/// <summary>
/// The direct reader of plain MINT payloads may decline anything, but what it accepts must be exactly what
/// <c>JSON.parse</c> and <c>NFTStruct</c> (the general path) make of the same field.
/// </summary>
public class MintPayloadTests
{
    private static readonly PlainReaderCheck Check = new(
        field => PlainJsonReader.TryRead<MintPayload>(field, out var plain) ? Describe(plain) : null,
        field => General(field) is { } general ? Describe(general) : null);

    private const string Kanaria =
        "{\"collection\"%3A\"24d14a3e4bebf3c96a-KANBIRD\"%2C\"symbol\"%3A\"KANF\"%2C\"transferable\"%3A1%2C\"sn\"%3A\"00000003\"%2C" +
        "\"metadata\"%3A\"ipfs%3A%2F%2Fipfs%2Fbafkreixfzwmapkprrrh5lck56lntqpzky6snfhyfwuzf73isrxhdb6x7mt\"%2C\"properties\"%3A" +
        "{\"name\"%3A{\"type\"%3A\"string\"%2C\"value\"%3A\"Kanaria 3\"%2C\"_mutation\"%3A{\"allowed\"%3Atrue}}%2C" +
        "\"generation\"%3A{\"type\"%3A\"int\"%2C\"value\"%3A1}%2C\"rarity\"%3A{\"type\"%3A\"string\"%2C\"value\"%3A\"KANF\"}}}";

    /// <summary>A bird with a royalty: 558 characters encoded, longer than the reader's stack buffer.</summary>
    private const string KanariaWithRoyalty =
        "{\"collection\"%3A\"24d14a3e4bebf3c96a-KANBIRD\"%2C\"symbol\"%3A\"KANR\"%2C\"transferable\"%3A1%2C\"sn\"%3A\"00000006\"%2C" +
        "\"metadata\"%3A\"ipfs%3A%2F%2Fipfs%2Fbafkreivvnadf2raax4i7vufl6rv2wab4ybo66n5hx4dpul2cldy6wodycu\"%2C\"properties\"%3A" +
        "{\"name\"%3A{\"type\"%3A\"string\"%2C\"value\"%3A\"Kanaria 6\"%2C\"_mutation\"%3A{\"allowed\"%3Atrue}}%2C" +
        "\"generation\"%3A{\"type\"%3A\"int\"%2C\"value\"%3A1}%2C\"rarity\"%3A{\"type\"%3A\"string\"%2C\"value\"%3A\"KANR\"}%2C" +
        "\"royaltyInfo\"%3A{\"type\"%3A\"royalty\"%2C\"value\"%3A{\"receiver\"%3A\"DQbQx8EGQBiWZB4mgi44FptgjTJPEDjtkJL9WyhcWy1fJrz\"%2C" +
        "\"royaltyPercentFloat\"%3A5}}}}";

    [Fact]
    public void A_payload_longer_than_the_stack_buffer_is_still_read_directly()
    {
        KanariaWithRoyalty.Length.ShouldBeGreaterThan(512);
        PlainJsonReader.TryRead<MintPayload>(KanariaWithRoyalty, out var plain).ShouldBeTrue();
        Describe(plain).ShouldBe(Describe(General(KanariaWithRoyalty)!.Value));
    }

    [Theory]
    [InlineData(Kanaria)]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":0,\"sn\":\"1\"}")]
    [InlineData("{\"sn\":\"1\",\"transferable\":-25,\"symbol\":\"S\",\"collection\":\"c\",\"metadata\":\"https://x\"}")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"\",\"transferable\":999999999999999,\"sn\":\"\",\"properties\":{}}")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"a\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":5}}}}")]
    public void Plain_payloads_are_read_as_the_general_path_reads_them(string field)
    {
        PlainJsonReader.TryRead<MintPayload>(field, out var plain).ShouldBeTrue();
        Describe(plain).ShouldBe(Describe(General(field)!.Value));
    }

    [Theory]
    [InlineData("{ \"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\"}")] // whitespace
    [InlineData("{\"collection\":\"c\",\"collection\":\"d\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\"}")] // repeated key
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\",\"extra\":1}")] // other key
    [InlineData("{\"collection\":\"c\\u0041\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\"}")] // escape
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":-0,\"sn\":\"1\"}")] // negative zero
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1.5,\"sn\":\"1\"}")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1e3,\"sn\":\"1\"}")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":01,\"sn\":\"1\"}")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1234567890123456,\"sn\":\"1\"}")] // past 15 digits
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":\"1\",\"sn\":\"1\"}")] // wrong type
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"sn\":\"1\"}")] // missing member
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\",\"metadata\":\"ftp://x\"}")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\",\"metadata\":null}")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\",\"properties\":null}")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\",\"properties\":[]}")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\",\"properties\":{\"a\":{\"type\":\"royalty\",\"value\":{\"royaltyPercentFloat\":150}}}}")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\"} ")] // trailing text
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\",}")]
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1\"")] // cut short
    [InlineData("{\"collection\":\"c\",\"symbol\":\"S\",\"transferable\":1,\"sn\":\"1%\"}")] // malformed escape
    public void Anything_but_the_plain_valid_shape_is_left_to_the_general_path(string field) =>
        PlainJsonReader.TryRead<MintPayload>(field, out _).ShouldBeFalse();

    [Fact]
    public void Plain_properties_without_a_royalty_are_kept_as_text()
    {
        PlainJsonReader.TryRead<MintPayload>(Kanaria, out var plain).ShouldBeTrue();

        plain.Properties.ShouldBeNull();
        plain.UnparsedProperties.ShouldNotBeNull();
    }

    [Fact]
    public void Properties_with_a_royalty_are_built_and_checked_at_once()
    {
        PlainJsonReader.TryRead<MintPayload>(KanariaWithRoyalty, out var plain).ShouldBeTrue();

        plain.UnparsedProperties.ShouldBeNull();
        plain.Properties.ShouldBeOfType<JsObject>().ContainsKey("royaltyInfo").ShouldBeTrue();
    }

    [Fact]
    public void Every_one_character_change_of_a_payload_is_declined_or_read_alike()
    {
        var (accepted, declined) = Check.EveryOneCharacterChange(Kanaria);
        accepted.ShouldBeGreaterThan(100);
        declined.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Fuzzed_mint_payloads_are_declined_or_read_alike() =>
        Check.Fuzzed(seed: 7, "MINT", index: 3).ShouldBeGreaterThan(1000);

    private static MintPayload? General(string field) =>
        PayloadField.ReadParsed<MintPayload>(field, out var payload) is null ? payload : null;

    /// <summary>
    /// Every member, the sign of a zero and the properties' key order included; properties kept as text are
    /// described as they read once built.
    /// </summary>
    private static string Describe(MintPayload p) =>
        $"{p.Collection}|{p.Symbol}|{BitConverter.DoubleToInt64Bits(p.Transferable)}|{p.Sn}|{p.Metadata ?? "<none>"}|{Describe(p.Properties ?? p.UnparsedProperties?.Parse())}";

    private static string Describe(JsValue? properties) => properties is null ? "<absent>" : JsDescription.Of(properties);

    [Theory]
    [InlineData(10000017L, "24d14a3e4bebf3c96a-KANBIRD", "KANF", "00000010")]
    [InlineData(-5L, "c", "", "")]
    [InlineData(long.MaxValue, "", "S", "1")]
    [InlineData(long.MinValue, "c-d", "S-T", "-")]
    public void Nft_ids_join_block_collection_symbol_and_sn_with_dashes(long block, string collection, string symbol, string sn) =>
        Mint.NftId(block, collection, symbol, sn).ShouldBe(block.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + collection + "-" + symbol + "-" + sn);
}
