using System.Globalization;
using System.Numerics;
using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Text;

namespace Rmrk.Indexer.Storage.Sqlite;

public sealed partial class SqliteStateStore
{
    /// <summary>Tens of thousands of accounts recur across a loaded state's rows, in no particular order.</summary>
    private const int LoadSharedSlots = 1 << 16;

    public void Load(Rmrk2State state, bool includeLogs, CancellationToken cancellationToken)
    {
        // The accounts, collection ids and symbols that rows repeat, one instance each, as a replay leaves them
        // (the state lives as long as the indexer): a 1M-remark replay loads into 466 MB of heap instead of 667 MB.
        // The NFT tables are read through SqliteRowReader, which shares texts straight from SQLite's bytes.
        var texts = new SharedStrings(LoadSharedSlots);
        LoadCollections(state, texts, cancellationToken);
        LoadBases(state, texts, cancellationToken);
        LoadNfts(state, texts, cancellationToken);
        if (includeLogs)
        {
            LoadLogs(state, texts, cancellationToken);
        }

        _storedNfts.Clear();
        foreach (var nft in state.Nfts.Values)
        {
            _storedNfts[nft] = StoredNft.Of(nft);
        }

        _collectionChanges.Clear();
        foreach (var collection in state.Collections.Values)
        {
            _collectionChanges[collection.Id] = collection.Changes.Count;
        }

        _loaded = true;
    }

    private void LoadCollections(Rmrk2State state, SharedStrings texts, CancellationToken cancellationToken)
    {
        using (var collections = Rows(SqliteSql.SelectCollections, cancellationToken))
        {
            while (collections.Read())
            {
                string id = collections.Text();
                state.Collections[id] = new Collection
                {
                    Id = id,
                    Block = collections.Int64(),
                    Max = collections.DoubleOrNull() ?? double.NaN,
                    Issuer = collections.Shared(texts),
                    Symbol = collections.Text(),
                    Metadata = collections.Text(),
                    Count = checked((int)collections.Int64()),
                };
            }
        }

        using var rows = Rows(SqliteSql.SelectCollectionChanges, cancellationToken);
        while (rows.Read())
        {
            Owner(state.Collections, rows.Text(), "collection_changes").Changes.Add(ReadChange(rows, texts));
        }
    }

    private void LoadBases(Rmrk2State state, SharedStrings texts, CancellationToken cancellationToken)
    {
        using (var bases = Rows(SqliteSql.SelectBases, cancellationToken))
        {
            while (bases.Read())
            {
                string id = bases.Text();
                state.Bases[id] = new Base
                {
                    Id = id,
                    Block = bases.Int64(),
                    Symbol = bases.Text(),
                    Type = bases.TextOrNull(),
                    Issuer = bases.Shared(texts),
                    Parts = JsonText.Read(bases.Text()) as JsArray ?? throw new InvalidDataException($"base {id}: parts_json is not an array"),
                    Themes = bases.TextOrNull() is { } themes ? JsonText.Read(themes) : null,
                    Metadata = bases.TextOrNull() is { } metadata ? JsonText.Read(metadata) : null,
                };
            }
        }

        using var rows = Rows(SqliteSql.SelectBaseChanges, cancellationToken);
        while (rows.Read())
        {
            Owner(state.Bases, rows.Text(), "base_changes").Changes.Add(ReadChange(rows, texts));
        }
    }

    private void LoadNfts(Rmrk2State state, SharedStrings texts, CancellationToken cancellationToken)
    {
        LoadNftRows(state, texts, cancellationToken);
        var nfts = state.Nfts;
        LoadChildren(nfts, texts, cancellationToken);
        LoadResources(nfts, texts, cancellationToken);
        LoadPriority(nfts, cancellationToken);
        LoadReactions(nfts, texts, cancellationToken);
        using (var rows = Rows(SqliteSql.SelectNftChanges, cancellationToken))
        {
            while (rows.Read())
            {
                Owner(nfts, rows.Text(), "nft_changes").Changes.Add(ReadChange(rows, texts));
            }
        }

        // An NFT owned by an NFT keeps its parent's own id instance, as consolidation leaves it: owner-chain
        // walks then meet the map's key itself. Parents may sort after their children, hence a second pass.
        foreach (var nft in nfts.Values)
        {
            nft.Owner = StoredId(nfts, nft.Owner);
        }
    }

    /// <summary>Reads <see cref="SqliteSql.SelectNfts"/>, its columns in the order it lists them.</summary>
    private void LoadNftRows(Rmrk2State state, SharedStrings texts, CancellationToken cancellationToken)
    {
        using var rows = Rows(SqliteSql.SelectNfts, cancellationToken);
        while (rows.Read())
        {
            string id = rows.Text();
            long block = rows.Int64();
            string collection = rows.Shared(texts);
            string symbol = rows.Shared(texts);
            double transferable = rows.DoubleOrNull() ?? double.NaN;
            string sn = rows.Text();
            string? metadata = rows.TextOrNull();
            string owner = rows.Shared(texts);
            string rootOwner = rows.Shared(texts);
            var forSale = BigInteger.Parse(rows.Text(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            string burned = rows.Shared(texts);
            bool hasEquippedField = rows.Int64() != 0;
            bool pending = rows.Int64() != 0;
            string propertiesJson = rows.Text();
            var unparsed = JsonText.ReadLater(propertiesJson);
            var nft = new Nft
            {
                Id = id,
                Block = block,
                Collection = collection,
                Symbol = symbol,
                Transferable = transferable,
                Sn = sn,
                Metadata = metadata,
                Owner = owner,
                RootOwner = rootOwner,
                ForSale = forSale,
                HasEquippedField = hasEquippedField,
                Pending = pending,

                // Kept as text, as after the MINT: most are never read again while syncing.
                UnparsedProperties = unparsed,
                BuiltProperties = unparsed is null ? JsonText.Read(propertiesJson) : null,
            };

            // Added live, then burned: the state's per-collection counters of unburned NFTs stay right.
            state.AddNft(nft);
            if (burned.Length > 0)
            {
                state.SetBurned(nft, burned);
            }
        }
    }

    /// <summary>Reads <see cref="SqliteSql.SelectChildren"/>.</summary>
    private void LoadChildren(Dictionary<string, Nft> nfts, SharedStrings texts, CancellationToken cancellationToken)
    {
        using var rows = Rows(SqliteSql.SelectChildren, cancellationToken);
        while (rows.Read())
        {
            var parent = Owner(nfts, rows.Text(), "nft_children");
            rows.Skip();
            string childId = StoredId(nfts, rows.Text());
            bool pending = rows.Int64() != 0;
            parent.Children.Add(new NftChild(childId, pending) { Equipped = rows.Shared(texts) });
        }
    }

    /// <summary>Reads <see cref="SqliteSql.SelectResources"/>.</summary>
    private void LoadResources(Dictionary<string, Nft> nfts, SharedStrings texts, CancellationToken cancellationToken)
    {
        using var rows = Rows(SqliteSql.SelectResources, cancellationToken);
        while (rows.Read())
        {
            var nft = Owner(nfts, rows.Text(), "nft_resources");
            rows.Skip();
            var id = JsonText.Read(rows.Text());
            bool pending = rows.Int64() != 0;
            string? baseId = rows.SharedOrNull(texts);
            string? metadata = rows.TextOrNull();
            string? parts = rows.TextOrNull();
            string? replace = rows.TextOrNull();
            string? slot = rows.SharedOrNull(texts);
            string? src = rows.TextOrNull();
            string? theme = rows.TextOrNull();
            string? themeId = rows.TextOrNull();
            string? thumb = rows.TextOrNull();
            nft.Resources.Add(new Resource
            {
                Id = id,
                Pending = pending,
                Base = baseId,
                Metadata = metadata,
                Parts = parts is null ? null : JsonText.Read(parts),
                Replace = replace,
                Slot = slot,
                Src = src,
                Theme = theme is null ? null : JsonText.Read(theme),
                ThemeId = themeId is null ? null : JsonText.Read(themeId),
                Thumb = thumb,
            });
        }
    }

    /// <summary>Reads <see cref="SqliteSql.SelectPriority"/>.</summary>
    private void LoadPriority(Dictionary<string, Nft> nfts, CancellationToken cancellationToken)
    {
        using var rows = Rows(SqliteSql.SelectPriority, cancellationToken);
        while (rows.Read())
        {
            var nft = Owner(nfts, rows.Text(), "nft_priority");
            rows.Skip();
            nft.Priority.Add(JsonText.Read(rows.Text()));
        }
    }

    /// <summary>Reads <see cref="SqliteSql.SelectReactions"/>.</summary>
    private void LoadReactions(Dictionary<string, Nft> nfts, SharedStrings texts, CancellationToken cancellationToken)
    {
        using var rows = Rows(SqliteSql.SelectReactions, cancellationToken);
        while (rows.Read())
        {
            var nft = Owner(nfts, rows.Text(), "nft_reactions");
            rows.Skip();
            string emoji = rows.Shared(texts);
            nft.Reactions[emoji] = ShareAll(JsonText.ReadStrings(rows.Text()), texts);
        }
    }

    /// <summary>The rest of a change row, after its owner's id: position, field, old, new, caller, block, op type, transfers.</summary>
    private static Change ReadChange(SqliteRowReader rows, SharedStrings texts)
    {
        rows.Skip();
        string field = rows.Shared(texts);
        string old = rows.Shared(texts);
        string value = rows.Shared(texts);
        string caller = rows.Shared(texts);
        long block = rows.Int64();
        string opType = rows.Shared(texts);
        string? transfers = rows.TextOrNull();
        return new Change(field, old, value, caller, block, opType, transfers is null ? null : JsonText.ReadTransfers(transfers));
    }

    private static string StoredId(Dictionary<string, Nft> nfts, string id) =>
        nfts.TryGetValue(id, out var nft) ? nft.Id : id;

    private SqliteRowReader Rows(string sql, CancellationToken cancellationToken) => new(_connection, sql, cancellationToken);

    private static List<string> ShareAll(List<string> values, SharedStrings texts)
    {
        for (int i = 0; i < values.Count; i++)
        {
            values[i] = texts.Share(values[i]);
        }

        return values;
    }

    private void LoadLogs(Rmrk2State state, SharedStrings texts, CancellationToken cancellationToken)
    {
        using (var invalid = Rows(SqliteSql.SelectInvalid, cancellationToken))
        {
            while (invalid.Read())
            {
                invalid.Skip();
                long block = invalid.Int64();
                string caller = invalid.Shared(texts);
                string opType = invalid.Shared(texts);
                state.Invalid.Add(new InvalidCall(opType, block, caller, invalid.Text(), invalid.Text()));
            }
        }

        if (state.InteractionChanges is { } interactions)
        {
            using var rows = Rows(SqliteSql.SelectInteractions, cancellationToken);
            while (rows.Read())
            {
                rows.Skip();
                string opType = rows.Shared(texts);
                string id = rows.Text();
                string? children = rows.TextOrNull();
                string? resources = rows.TextOrNull();
                interactions.Add(new InteractionChange(
                    opType,
                    id,
                    children is null ? null : JsonText.ReadStrings(children),
                    resources is null ? null : JsonText.ReadStrings(resources)));
            }
        }
    }

    private static T Owner<T>(Dictionary<string, T> map, string id, string table) =>
        map.TryGetValue(id, out var owner) ? owner : throw new InvalidDataException($"{table} has rows for {id}, which is not stored");
}
