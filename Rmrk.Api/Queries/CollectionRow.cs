namespace Rmrk.Api.Queries;

/// <summary>A row of <c>collections</c>.</summary>
internal sealed record CollectionRow(string Id, long Block, string Issuer, string Symbol, string Metadata, double? Max, long Count);
