namespace Rmrk.Api.Queries;

/// <summary>A row of <c>nfts</c>, as Dapper maps it (snake_case columns); <see cref="IdKey"/> is the id as stored.</summary>
internal sealed record NftRow(
    string Id,
    byte[] IdKey,
    long Block,
    string Collection,
    string Symbol,
    string Sn,
    string? Metadata,
    string Owner,
    string RootOwner,
    string ForSale,
    string Burned,
    long Pending,
    string PropertiesJson);
