namespace Rmrk.Core.Rmrk2.Model;

/// <summary>
/// One entry of an entity's <c>changes</c> history. Old and new values are kept as the strings the
/// reference prints (BigInt prices as decimal strings).
/// </summary>
public sealed record Change(
    string Field,
    string Old,
    string New,
    string Caller,
    long Block,
    string OpType,
    IReadOnlyList<ExtraTransfer>? ExtraTransfers = null);
