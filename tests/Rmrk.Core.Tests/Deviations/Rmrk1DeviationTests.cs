using System.Text;
using Rmrk.Core.Remarks;
using Rmrk1Extractor = Rmrk.Core.Rmrk1.RemarkExtractor;

namespace Rmrk.Core.Tests.Deviations;

/// <summary>RMRK 1.0.0: where we differ from the reference's 1.0 consolidator on purpose.</summary>
public class Rmrk1DeviationTests
{
    [Fact]
    public void A_mint_with_a_malformed_escape_is_dropped_where_the_reference_aborts_the_whole_run()
    {
        var blocks = new[]
        {
            new Block(1, [Call("RMRK::MINT::RMRK1.0.0::%E0%A4%A")]),
            new Block(2, [Call("RMRK::SEND::RMRK1.0.0::1-X-Y-0000000000000001::bob")]),
        };

        var remarks = Rmrk1Extractor.Extract(blocks, null, out int uriMalformed);

        uriMalformed.ShouldBe(1);
        remarks.ShouldHaveSingleItem().InteractionType.ShouldBe("SEND", "the stream goes on after the dropped call");
    }

    private static BlockCall Call(string text) =>
        new("system.remark", "0x" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(text)), "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F");
}
