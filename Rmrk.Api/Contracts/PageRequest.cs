namespace Rmrk.Api.Contracts;

/// <summary>Keyset paging: items after <see cref="After"/> (an id), at most <see cref="Limit"/> of them.</summary>
public sealed record PageRequest(string? After, int? Limit);
