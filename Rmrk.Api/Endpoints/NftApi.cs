using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Rmrk.Api.Contracts;
using Rmrk.Api.Queries;

namespace Rmrk.Api.Endpoints;

/// <summary>Read-only endpoints over the synced state: NFTs, account trees for wallets, collections, status.</summary>
public static class NftApi
{
    public static IEndpointRouteBuilder MapNftApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapGet("/status", GetStatus).WithName("GetStatus").WithSummary("Sync cursor and counts");
        api.MapGet("/nfts/{id}", GetNft).WithName("GetNft").WithSummary("One NFT with its direct children");
        api.MapGet("/accounts/{address}/nfts", GetAccountNfts).WithName("GetAccountNfts")
            .WithSummary("An account's live NFTs as trees (each with everything nested in it, up to Rmrk:MaxTreeNodes NFTs a page), paged by id");
        api.MapGet("/collections/{id}", GetCollection).WithName("GetCollection").WithSummary("One collection");
        return app;
    }

    private static async Task<Ok<StatusResponse>> GetStatus(NftQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.GetStatusAsync(cancellationToken));

    private static async Task<Results<Ok<NftResponse>, ProblemHttpResult>> GetNft(string id, NftQueries queries, CancellationToken cancellationToken) =>
        await queries.GetNftAsync(id, cancellationToken) is { } nft ? TypedResults.Ok(nft) : NotFound($"no NFT has the id {id}");

    private static async Task<Results<Ok<Page<NftResponse>>, ValidationProblem>> GetAccountNfts(
        string address,
        [AsParameters] PageRequest page,
        NftQueries queries,
        IOptions<ApiOptions> options,
        CancellationToken cancellationToken)
    {
        int limit = page.Limit ?? 50;
        if (limit < 1 || limit > options.Value.MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"limit must be between 1 and {options.Value.MaxPageSize}"],
            });
        }

        return TypedResults.Ok(await queries.GetAccountTreesAsync(address, page.After, limit, options.Value.MaxTreeNodes, cancellationToken));
    }

    private static async Task<Results<Ok<CollectionResponse>, ProblemHttpResult>> GetCollection(string id, NftQueries queries, CancellationToken cancellationToken) =>
        await queries.GetCollectionAsync(id, cancellationToken) is { } collection ? TypedResults.Ok(collection) : NotFound($"no collection has the id {id}");

    /// <summary>A 404 that says what was looked for, so that a typo in an id is not mistaken for a missing route.</summary>
    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound);
}
