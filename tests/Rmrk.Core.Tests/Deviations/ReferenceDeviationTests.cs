using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;

namespace Rmrk.Core.Tests.Deviations;

/// <summary>
/// Where we differ from the reference (rmrk-tools 2.1.13) on purpose, one test per difference, named after it.
/// Everywhere else the conformance and differential tests demand byte equality.
/// </summary>
public class ReferenceDeviationTests
{
    private const string Alice = "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F";
    private const string AlicePublic = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

    [Fact]
    public void Resadd_without_an_id_gets_a_derived_id_where_the_reference_invents_a_random_one()
    {
        string first = ResourceIdAfterResaddWithoutId();
        string second = ResourceIdAfterResaddWithoutId();

        first.Length.ShouldBe(8, "the same shape as the reference's nanoid(8)");
        second.ShouldBe(first, "every replay of the same stream gives the same id");
    }

    [Fact]
    public void An_undecodable_caller_is_rejected_where_the_reference_aborts_the_whole_run()
    {
        var consolidator = new Consolidator();
        consolidator.Consolidate(
        [
            new Remark(1, "not-an-address", "LOCK", "2.0.0", "RMRK::LOCK::2.0.0::nope"),
            Create(2),
        ]);

        consolidator.State.Invalid.Count.ShouldBe(1);
        consolidator.State.Invalid[0].Caller.ShouldBe("not-an-address", "shown as given, since it cannot be re-encoded");
        consolidator.State.Collections.Count.ShouldBe(1, "the remarks after it are still consolidated");
    }

    private static string ResourceIdAfterResaddWithoutId()
    {
        var consolidator = new Consolidator();
        consolidator.Consolidate(
        [
            Create(1),
            new Remark(2, Alice, "MINT", "2.0.0", "RMRK::MINT::2.0.0::" + Uri.EscapeDataString("""{"collection":"c-COL","symbol":"X","transferable":1,"sn":"1"}""")),
            new Remark(3, Alice, "RESADD", "2.0.0", "RMRK::RESADD::2.0.0::2-c-COL-X-1::" + Uri.EscapeDataString("""{"src":"ipfs://x"}""")),
        ]);

        var resource = consolidator.State.Nfts["2-c-COL-X-1"].Resources.ShouldHaveSingleItem();
        return ((JsString)resource.Id).Value;
    }

    private static Remark Create(long block) => new(
        block,
        Alice,
        "CREATE",
        "2.0.0",
        "RMRK::CREATE::2.0.0::" + Uri.EscapeDataString($$"""{"max":0,"issuer":"{{AlicePublic}}","symbol":"COL","id":"c-COL","metadata":"ipfs://m"}"""));
}
