using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Rmrk.Api.Contracts;
using Rmrk.Core.Js;

namespace Rmrk.Api.Tests;

/// <summary>The read API over a database the indexer synced, answers checked against the in-memory state.</summary>
public class NftApiTests(SyncedDatabase db) : IClassFixture<SyncedDatabase>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Status_reports_the_cursor_and_the_counts_of_the_state()
    {
        using var factory = new ApiFactory(db.Path);
        var status = await factory.CreateClient().GetFromJsonAsync<StatusResponse>("/api/v1/status", s_json, TestContext.Current.CancellationToken);

        status.ShouldNotBeNull();
        status.Nfts.ShouldBe(db.State.State.Nfts.Count);
        status.Collections.ShouldBe(db.State.State.Collections.Count);
        status.Invalid.ShouldBe(db.State.State.Invalid.Count);
        status.Block.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_nft_is_served_as_the_state_holds_it()
    {
        var nft = db.State.State.Nfts.Values.First(n => n.Children.Count > 0);
        using var factory = new ApiFactory(db.Path);
        var served = await factory.CreateClient().GetFromJsonAsync<NftResponse>($"/api/v1/nfts/{Uri.EscapeDataString(nft.Id)}", s_json, TestContext.Current.CancellationToken);

        served.ShouldNotBeNull();
        served.Owner.ShouldBe(nft.Owner);
        served.RootOwner.ShouldBe(nft.RootOwner);
        served.ForSale.ShouldBe(nft.ForSale.ToString());
        served.Children.Select(c => (c.Id, c.Pending, c.Equipped)).ShouldBe(nft.Children.Select(c => (c.Id, c.Pending, c.Equipped)));
        served.Properties.Text.ShouldBe(CanonicalJsonWriter.Serialize(nft.Properties).TrimEnd());
    }

    [Fact]
    public async Task Properties_nested_deeper_than_the_serializer_allows_are_served_as_they_are()
    {
        // Anyone can mint such an NFT and send it to anyone: it must not turn that account's listing into a 500.
        var nft = SmallAccountsNft();
        string deep = string.Concat(Enumerable.Repeat("{\"a\":", 1000)) + "1" + new string('}', 1000);
        string copy = CopyChanged("deep.sqlite", "UPDATE nfts SET properties_json = $deep WHERE id = $id", ("$deep", deep), ("$id", nft.Id));

        using var factory = new ApiFactory(copy);
        var client = factory.CreateClient();
        var one = await client.GetAsync($"/api/v1/nfts/{Uri.EscapeDataString(nft.Id)}", TestContext.Current.CancellationToken);
        var listing = await client.GetAsync($"/api/v1/accounts/{nft.Owner}/nfts?limit=100", TestContext.Current.CancellationToken);

        one.StatusCode.ShouldBe(HttpStatusCode.OK);
        listing.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await one.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain($"\"properties\":{deep},");
        (await listing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain($"\"properties\":{deep},");
    }

    [Fact]
    public async Task An_nft_flooded_with_more_children_than_one_query_can_bind_is_listed_whole()
    {
        // Anyone can send NFTs into anyone's NFT (they wait as pending children); each id is one SQL variable, and
        // SQLite takes at most 32,766 in a statement.
        var (nft, copy) = Flooded("flooded.sqlite");
        using var factory = new ApiFactory(copy, ("Rmrk:MaxTreeNodes", "50000"));

        var tree = await AccountTree(factory, nft);

        tree.Children.Count(c => c.Id.StartsWith("flood-", StringComparison.Ordinal) && c.Pending && c.Nft is not null).ShouldBe(Flood);
    }

    [Fact]
    public async Task A_page_nests_at_most_max_tree_nodes_nfts_and_lists_the_other_children_without_theirs()
    {
        var (nft, copy) = Flooded("flooded-capped.sqlite");
        using var factory = new ApiFactory(copy, ("Rmrk:MaxTreeNodes", "100"));

        var page = await AccountPage(factory, nft.Owner);
        var tree = page.Items.Single(t => t.Id == nft.Id);

        // The budget counts top-level NFTs too, as they come; the flooded tree fills what is left of it.
        page.Items.Sum(NestedCount).ShouldBeInRange(100 - page.Items.Count, 100 - 1);
        tree.Children.Count(c => c.Id.StartsWith("flood-", StringComparison.Ordinal)).ShouldBe(Flood, "every child is still listed");
        var left = tree.Children.Last(c => c.Nft is null);
        var fetched = await factory.CreateClient().GetFromJsonAsync<NftResponse>($"/api/v1/nfts/{left.Id}", s_json, TestContext.Current.CancellationToken);
        fetched!.Owner.ShouldBe(nft.Id, "a child left out is fetched on its own");
    }

    /// <summary>
    /// A remark may escape a lone surrogate in an id (<c>\ud800</c>), which the indexer stores as WTF-8. Such an
    /// id, read as a string through Microsoft.Data.Sqlite, comes back with U+FFFD in its place: bound again it
    /// would find nothing, and the NFT would be served without its children.
    /// </summary>
    [Fact]
    public async Task An_nft_whose_id_holds_a_lone_surrogate_is_served_with_its_children()
    {
        var state = db.State.State;
        var parent = state.Nfts.Values
            .Where(n => !n.IsBurned && !n.Owner.Contains('-', StringComparison.Ordinal) && n.Children.Count > 0)
            .First(n => state.Nfts.Values.Count(m => m.Owner == n.Owner) <= 50);
        string child = parent.Children[0].Id;
        string copy = CopyChanged(
            "lone-surrogates.sqlite",
            """
            UPDATE nfts SET id = id || CAST(x'EDA080' AS TEXT) WHERE id = $parent;
            UPDATE nfts SET owner = owner || CAST(x'EDA080' AS TEXT) WHERE owner = $parent;
            UPDATE nft_children SET nft_id = nft_id || CAST(x'EDA080' AS TEXT) WHERE nft_id = $parent;
            UPDATE nfts SET id = id || CAST(x'EDB080' AS TEXT) WHERE id = $child;
            UPDATE nfts SET owner = owner || CAST(x'EDB080' AS TEXT) WHERE owner = $child;
            UPDATE nft_children SET child_id = child_id || CAST(x'EDB080' AS TEXT) WHERE child_id = $child;
            UPDATE nft_children SET nft_id = nft_id || CAST(x'EDB080' AS TEXT) WHERE nft_id = $child;
            """,
            ("$parent", parent.Id),
            ("$child", child));
        using var factory = new ApiFactory(copy);

        const string Replaced = "\uFFFD\uFFFD\uFFFD"; // what Microsoft.Data.Sqlite reads for the three bytes
        var tree = (await AccountPage(factory, parent.Owner)).Items.Single(t => t.Id.StartsWith(parent.Id, StringComparison.Ordinal));

        tree.Id.ShouldBe(parent.Id + Replaced);
        tree.Children.Select(c => c.Id).ShouldBe(parent.Children.Select(c => c.Id == child ? child + Replaced : c.Id));
        tree.Children.ShouldAllBe(c => c.Nft != null, "each child is found by the id as stored");
        tree.Children[0].Nft!.Owner.ShouldBe(tree.Id);
        tree.Children[0].Nft!.Children.Select(c => c.Id).ShouldBe(state.Nfts[child].Children.Select(c => c.Id));
    }

    private const int Flood = 40_000;

    private (Rmrk.Core.Rmrk2.Model.Nft Nft, string Copy) Flooded(string name)
    {
        var nft = SmallAccountsNft();
        string copy = CopyChanged(
            name,
            $"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {Flood - 1})
            INSERT INTO nfts (id, block, collection, symbol, transferable, sn, metadata, owner, root_owner, for_sale, burned, has_equipped_field, pending, properties_json)
                SELECT 'flood-' || i, block, collection, symbol, transferable, sn, metadata, $id, root_owner, '0', '', 0, 1, '{"{}"}'
                FROM nfts, n WHERE id = $id;
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {Flood - 1})
            INSERT INTO nft_children (nft_id, position, child_id, pending, equipped) SELECT $id, 100000 + i, 'flood-' || i, 1, '' FROM n;
            """,
            ("$id", nft.Id));
        return (nft, copy);
    }

    private static async Task<NftResponse> AccountTree(ApiFactory factory, Rmrk.Core.Rmrk2.Model.Nft nft) =>
        (await AccountPage(factory, nft.Owner)).Items.Single(t => t.Id == nft.Id);

    private static async Task<Page<NftResponse>> AccountPage(ApiFactory factory, string owner)
    {
        var listing = await factory.CreateClient().GetAsync($"/api/v1/accounts/{owner}/nfts?limit=100", TestContext.Current.CancellationToken);
        listing.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await listing.Content.ReadFromJsonAsync<Page<NftResponse>>(s_json, TestContext.Current.CancellationToken))!;
    }

    private static int NestedCount(NftResponse tree) =>
        tree.Children.Sum(c => c.Nft is null ? 0 : 1 + NestedCount(c.Nft));

    [Theory]
    [InlineData("/api/v1/nfts/1-nothing-HERE-00000000", "no NFT has the id 1-nothing-HERE-00000000")]
    [InlineData("/api/v1/collections/nothing-HERE", "no collection has the id nothing-HERE")]
    public async Task An_unknown_id_is_not_found_and_named(string url, string detail)
    {
        using var factory = new ApiFactory(db.Path);
        var response = await factory.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(TestContext.Current.CancellationToken);
        problem!.Detail.ShouldBe(detail);
    }

    [Fact]
    public async Task An_account_pages_through_exactly_its_live_top_level_nfts_with_their_trees()
    {
        var owners = db.State.State.Nfts.Values.Where(n => !n.IsBurned && !n.Owner.Contains('-', StringComparison.Ordinal))
            .GroupBy(n => n.Owner).OrderByDescending(g => g.Count()).First();
        using var factory = new ApiFactory(db.Path);
        var client = factory.CreateClient();
        var seen = new List<NftResponse>();
        string? after = null;
        do
        {
            string url = $"/api/v1/accounts/{owners.Key}/nfts?limit=7" + (after is null ? string.Empty : $"&after={Uri.EscapeDataString(after)}");
            var page = await client.GetFromJsonAsync<Page<NftResponse>>(url, s_json, TestContext.Current.CancellationToken);
            seen.AddRange(page!.Items);
            after = page.Next;
        }
        while (after is not null);

        seen.Select(n => n.Id).ShouldBe(owners.Select(n => n.Id).Order(StringComparer.Ordinal));
        foreach (var tree in seen)
        {
            AssertTreeMatchesState(tree);
        }
    }

    [Fact]
    public async Task A_page_size_out_of_range_is_a_validation_problem()
    {
        using var factory = new ApiFactory(db.Path);
        var response = await factory.CreateClient().GetAsync("/api/v1/accounts/anyone/nfts?limit=0", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("limit");
    }

    [Theory]
    [InlineData("limit=abc", "abc")]
    [InlineData("limit=99999999999", "99999999999")]
    public async Task A_page_size_that_is_not_a_number_is_a_bad_request_that_names_it(string query, string value)
    {
        using var factory = new ApiFactory(db.Path);
        var response = await factory.CreateClient().GetAsync($"/api/v1/accounts/anyone/nfts?{query}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        body.ShouldContain("Limit");
        body.ShouldContain(value);
    }

    [Fact]
    public async Task A_collection_is_served_with_its_supply()
    {
        var collection = db.State.State.Collections.Values.First(c => c.Count > 0);
        using var factory = new ApiFactory(db.Path);
        var served = await factory.CreateClient().GetFromJsonAsync<CollectionResponse>($"/api/v1/collections/{Uri.EscapeDataString(collection.Id)}", s_json, TestContext.Current.CancellationToken);

        served.ShouldNotBeNull();
        served.Issuer.ShouldBe(collection.Issuer);
        served.Count.ShouldBe(collection.Count);
    }

    private void AssertTreeMatchesState(NftResponse node)
    {
        var nft = db.State.State.Nfts[node.Id];
        node.Owner.ShouldBe(nft.Owner);
        node.Children.Select(c => c.Id).ShouldBe(nft.Children.Select(c => c.Id));
        foreach (var child in node.Children)
        {
            if (child.Nft is not null)
            {
                AssertTreeMatchesState(child.Nft);
            }
        }
    }

    /// <summary>An NFT an account holds directly, of an account with few (its listing fits in one page).</summary>
    private Rmrk.Core.Rmrk2.Model.Nft SmallAccountsNft() =>
        db.State.State.Nfts.Values.Where(n => !n.IsBurned && !n.Owner.Contains('-', StringComparison.Ordinal))
            .GroupBy(n => n.Owner).First(owned => owned.Count() <= 50).First();

    /// <summary>A copy of the synced database with one SQL change made to it, as a hostile chain history would leave it.</summary>
    private string CopyChanged(string name, string sql, params (string Name, string Value)[] parameters)
    {
        string copy = System.IO.Path.Combine(db.Folder, name);
        File.Copy(db.Path, copy, overwrite: true);
        using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
        connection.Open();
        using var change = connection.CreateCommand();
        change.CommandText = sql;
        foreach (var (parameter, value) in parameters)
        {
            change.Parameters.AddWithValue(parameter, value);
        }

        change.ExecuteNonQuery().ShouldBeGreaterThan(0);
        return copy;
    }
}
