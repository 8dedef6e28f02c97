namespace Rmrk.Core.Rmrk1.Model;

/// <summary>
/// One entry of an NFT's or collection's <c>changes</c> list. <c>Old</c> and <c>New</c> are what the
/// reference prints: strings, with BigInt prices already in decimal.
/// </summary>
public sealed record Change(string Field, string Old, string New, string Caller, long Block, string OpType);
