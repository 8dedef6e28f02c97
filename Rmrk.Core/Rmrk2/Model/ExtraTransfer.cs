namespace Rmrk.Core.Rmrk2.Model;

/// <summary>A royalty or commission transfer that accompanied a BUY: <c>{receiver, amount}</c>.</summary>
public sealed record ExtraTransfer(string Receiver, string? Amount);
