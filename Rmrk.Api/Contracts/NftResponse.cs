namespace Rmrk.Api.Contracts;

/// <summary>One NFT as the API shows it; <see cref="Children"/> is filled for trees.</summary>
public sealed record NftResponse(
    string Id,
    long Block,
    string Collection,
    string Symbol,
    string Sn,
    string? Metadata,
    string Owner,
    string RootOwner,
    string ForSale,
    bool Burned,
    bool Pending,
    RawJson Properties,
    IReadOnlyList<ChildResponse> Children);
