using Rmrk.Core.Validation;

namespace Rmrk.Core.Tests.Validation;

public class RemarkBaseTests
{
    // validateRemarkBase(remark, op): message or null.
    // Expected values captured from Node 20.20 + rmrk-tools 2.1.13 (superstruct 0.14.2, @polkadot/util 12.6.2).
    [Theory]
    [InlineData("RMRK::SEND::2.0.0::x", "SEND", null)]
    [InlineData("rmrk::SEND::2.0.0::x", "SEND", null)]
    [InlineData("RmRk::SEND::2.0.0", "SEND", null)]
    [InlineData("Rmrk::SEND::2.0.0", "SEND", null)]
    [InlineData("RMRKX::SEND::2.0.0", "SEND", "Invalid remark - does not start with RMRK")]
    [InlineData("RMR::SEND::2.0.0", "SEND", "Invalid remark - does not start with RMRK")]
    [InlineData("", "SEND", "Invalid remark - does not start with RMRK")]
    [InlineData("RMRK", "SEND", "The op code needs to be SEND, but it is undefined")]
    [InlineData("RMRK::send::2.0.0", "SEND", "The op code needs to be SEND, but it is send")]
    [InlineData("RMRK::SEND", "SEND", "This remark was issued under version undefined instead of 2.0.0")]
    [InlineData("RMRK::SEND::1.0.0::2.0.0::", "SEND", "This remark was issued under version 1.0.0 instead of 2.0.0")]
    [InlineData("RMRK::SEND::2.0.0.0", "SEND", "This remark was issued under version 2.0.0.0 instead of 2.0.0")]
    [InlineData("RMRK::SEND::", "SEND", "This remark was issued under version  instead of 2.0.0")]
    [InlineData("\uff32MRK::SEND::2.0.0", "SEND", "Invalid remark - does not start with RMRK")]
    [InlineData("RMRK:SEND::2.0.0", "SEND", "Invalid remark - does not start with RMRK")]
    [InlineData("RMRK::::2.0.0", "SEND", "The op code needs to be SEND, but it is ")]
    [InlineData("RMRK:::SEND::2.0.0", "SEND", "The op code needs to be SEND, but it is :SEND")]
    public void Base_check_messages(string remark, string op, string? expected)
    {
        RemarkBase.Validate(remark, op).ShouldBe(expected);
    }
}
