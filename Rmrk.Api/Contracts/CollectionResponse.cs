namespace Rmrk.Api.Contracts;

/// <summary>A collection with its supply: <c>Max</c> 0 is unlimited, <c>Count</c> is minted minus burned.</summary>
public sealed record CollectionResponse(string Id, long Block, string Issuer, string Symbol, string Metadata, double? Max, long Count);
