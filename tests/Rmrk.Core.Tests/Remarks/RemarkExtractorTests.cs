using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;

namespace Rmrk.Core.Tests.Remarks;

public sealed class RemarkExtractorTests
{
    private const string Caller = "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F";

    private readonly RemarkExtractor _extractor = new(new AddressCodec(2));

    [Theory]
    [InlineData("RMRK::BURN::2.0.0::1-x-y-z-1", "2.0.0")]
    [InlineData("rmrk::BURN::2.0.0::1-x-y-z-1", "2.0.0")]
    [InlineData("RMRK::BURN::2.0.0::", "2.0.0")]
    [InlineData("RMRK::BURN::2.0::x::2.0.0::", "2.0")]
    [InlineData("RMRK::BURN::2.0.0abc::x::2.0.0::", "2.0.0abc")]
    [InlineData("RMRK::BURN:: 3x::x::2.0.0::", " 3x")]
    [InlineData("RMRK::BURN::0.0::x::2.0.0::", "0.1")]
    [InlineData("RMRK::BURN::abc::x::2.0.0::", "0.1")]
    [InlineData("RMRK::BURN::::2.0.0::", "0.1")]
    public void A_remark_keeps_its_version_field_when_parseFloat_reads_a_non_zero_number_there_else_0_1(string text, string version)
    {
        var remark = _extractor.Extract(5, BlockCall.FromText("system.remark", text, Caller));

        remark.ShouldNotBeNull().Version.ShouldBe(version);
    }

    [Fact]
    public void The_version_of_a_2_0_0_remark_is_one_shared_instance()
    {
        var first = _extractor.Extract(5, BlockCall.FromText("system.remark", "RMRK::BURN::2.0.0::a", Caller));
        var second = _extractor.Extract(6, BlockCall.FromText("system.remark", new string("RMRK::BURN::2.0.0::b"), Caller));

        second!.Version.ShouldBeSameAs(first!.Version);
    }
}
