namespace Rmrk.Core.Remarks;

/// <summary>A dump row: <c>{call, value (hex), caller, extras?}</c>.</summary>
public sealed record BlockCall(string Call, string Value, string Caller, IReadOnlyList<Extra>? Extras = null);
