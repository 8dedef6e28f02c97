namespace Rmrk.Api.Contracts;

/// <summary>A page of items and the <c>after</c> value that continues it (null at the end).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);
