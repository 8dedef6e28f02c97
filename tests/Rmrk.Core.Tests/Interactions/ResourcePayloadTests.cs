using Rmrk.Core.Rmrk2.Interactions;

namespace Rmrk.Core.Tests.Interactions;

/// <summary>
/// The direct reader of plain RESADD resources may decline anything, but what it accepts must be exactly what
/// <c>JSON.parse</c> and <c>ResourceStruct</c> (the general path) make of the same field.
/// </summary>
public class ResourcePayloadTests
{
    private static readonly PlainReaderCheck Check = new(
        field => PlainJsonReader.TryRead<ResourcePayload>(field, out var plain) ? Describe(plain) : null,
        field => General(field) is { } general ? Describe(general) : null);

    private const string Composed =
        "{\"id\"%3A\"r1\"%2C\"base\"%3A\"base-10000005-kanaria_base\"%2C\"parts\"%3A[\"var_body\"%2C\"var_head\"%2C\"background\"]%2C" +
        "\"themeId\"%3A\"theme63\"%2C\"thumb\"%3A\"ipfs%3A%2F%2Fipfs%2Fbafkreilulbnoy7uzhrybpyscimqvbn5x5f6rioisexubxlinq4eiunt4if.png\"}";

    private const string Slotted =
        "{\"id\"%3A\"r3\"%2C\"slot\"%3A\"base-1-kanaria_base.gem\"%2C\"src\"%3A\"ipfs%3A%2F%2Fipfs%2Fbafkrei\"%2C\"metadata\"%3A\"https%3A%2F%2Fm\"}";

    [Theory]
    [InlineData(Composed)]
    [InlineData(Slotted)]
    [InlineData("{}")]
    [InlineData("{\"id\":5,\"theme\":{\"primary\":\"#fff\"},\"parts\":\"not a list\"}")]
    [InlineData("{\"id\":\"\",\"src\":\"http://x\"}")]
    public void Plain_resources_are_read_as_the_general_path_reads_them(string field)
    {
        PlainJsonReader.TryRead<ResourcePayload>(field, out var plain).ShouldBeTrue();
        Describe(plain).ShouldBe(Describe(General(field)!));
    }

    [Theory]
    [InlineData("[\"an\",\"array\"]")] // valid, but not an object
    [InlineData("{ \"id\":\"r\"}")] // whitespace
    [InlineData("{\"id\":\"r\",\"id\":\"s\"}")] // repeated key
    [InlineData("{\"id\":\"r\",\"other\":1}")] // other key
    [InlineData("{\"src\":\"ipfs://\\u0041\"}")] // escape
    [InlineData("{\"src\":\"ftp://x\"}")]
    [InlineData("{\"base\":\"nobase\"}")]
    [InlineData("{\"slot\":\"base-1\"}")]
    [InlineData("{\"thumb\":7}")]
    [InlineData("{\"metadata\":null}")]
    [InlineData("{\"id\":\"r\"")] // cut short
    [InlineData("{\"id\":\"r\"}x")] // trailing text
    [InlineData("{\"id\":\"r%\"}")] // malformed escape
    public void Anything_but_the_plain_valid_shape_is_left_to_the_general_path(string field) =>
        PlainJsonReader.TryRead<ResourcePayload>(field, out _).ShouldBeFalse();

    [Fact]
    public void Every_one_character_change_of_a_resource_is_declined_or_read_alike()
    {
        var (accepted, declined) = Check.EveryOneCharacterChange(Composed, Slotted);
        accepted.ShouldBeGreaterThan(100);
        declined.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Fuzzed_resources_are_declined_or_read_alike() =>
        Check.Fuzzed(seed: 11, "RESADD", index: 4).ShouldBeGreaterThan(1000);

    private static ResourcePayload? General(string field) =>
        PayloadField.ReadParsed<ResourcePayload>(field, out var payload) is null ? payload : null;

    private static string Describe(ResourcePayload p) =>
        $"{JsDescription.Of(p.Id)}|{p.Metadata ?? "<none>"}|{p.Base ?? "<none>"}|{p.Src ?? "<none>"}|{p.Slot ?? "<none>"}|" +
        $"{JsDescription.Of(p.Parts)}|{p.Thumb ?? "<none>"}|{JsDescription.Of(p.ThemeId)}|{JsDescription.Of(p.Theme)}";
}
