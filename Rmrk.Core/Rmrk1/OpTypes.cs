namespace Rmrk.Core.Rmrk1;

/// <summary>
/// The wire tokens of RMRK 1.0.0 exactly as they appear in remarks (rmrk-tools 1.0 <c>OP_TYPES</c>,
/// <c>PREFIX</c> and <c>VERSION</c>). Dispatch compares these ordinally: <c>send</c> is not <c>SEND</c>.
/// </summary>
public static class OpTypes
{
    public const string Prefix = "RMRK";
    public const string Version = "1.0.0";

    public const string Mint = "MINT";
    public const string MintNft = "MINTNFT";
    public const string Send = "SEND";
    public const string List = "LIST";
    public const string Buy = "BUY";
    public const string Consume = "CONSUME";
    public const string Emote = "EMOTE";
    public const string ChangeIssuer = "CHANGEISSUER";

    /// <summary>The batch call that pays for a BUY.</summary>
    public const string BalancesTransfer = "balances.transfer";

    /// <summary>The only call the 1.0 extractor reads.</summary>
    public const string SystemRemark = "system.remark";
}
