using System.Globalization;
using System.Numerics;
using Dapper;
using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Storage.Sqlite.Rows;
using Rmrk.Indexer.Text;

namespace Rmrk.Indexer.Storage.Sqlite;

public sealed partial class SqliteStateStore
{
    /// <summary>Tens of thousands of accounts recur across a loaded state's rows, in no particular order.</summary>
    private const int LoadSharedSlots = 1 << 16;

    public void Load(Rmrk2State state, bool includeLogs, CancellationToken cancellationToken)
    {
        // The accounts, collection ids and symbols that rows repeat, one instance each, as a replay leaves them
        // (the state lives as long as the indexer): a 1M-remark replay loads into 466 MB of heap instead of 667 MB,
        // and resuming it with 300k remarks to go took 7.8-8.1 s instead of 8.4-8.8 s, though loading took 0.4 s more.
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
            _storedNfts[nft.Id] = StoredNft.Of(nft);
        }

        _collectionChanges.Clear();
        foreach (var collection in state.Collections.Values)
        {
            _collectionChanges[collection.Id] = collection.Changes.Count;
        }

        _loaded = true;
    }

    private IEnumerable<T> Stream<T>(string sql, CancellationToken cancellationToken) =>
        _connection.Query<T>(new CommandDefinition(sql, flags: CommandFlags.None, cancellationToken: cancellationToken));

    private void LoadCollections(Rmrk2State state, SharedStrings texts, CancellationToken cancellationToken)
    {
        foreach (var row in Stream<CollectionRow>(SqliteSql.SelectCollections, cancellationToken))
        {
            state.Collections[row.Id] = new Collection
            {
                Id = row.Id,
                Block = row.Block,
                Max = row.Max ?? double.NaN,
                Issuer = texts.Share(row.Issuer),
                Symbol = row.Symbol,
                Metadata = row.Metadata,
                Count = checked((int)row.Count),
            };
        }

        foreach (var row in Stream<ChangeRow>(SqliteSql.SelectCollectionChanges, cancellationToken))
        {
            Owner(state.Collections, row.OwnerId, "collection_changes").Changes.Add(ToChange(row, texts));
        }
    }

    private void LoadBases(Rmrk2State state, SharedStrings texts, CancellationToken cancellationToken)
    {
        foreach (var row in Stream<BaseRow>(SqliteSql.SelectBases, cancellationToken))
        {
            state.Bases[row.Id] = new Base
            {
                Id = row.Id,
                Block = row.Block,
                Symbol = row.Symbol,
                Type = row.Type,
                Issuer = texts.Share(row.Issuer),
                Parts = JsonText.Read(row.PartsJson) as JsArray ?? throw new InvalidDataException($"base {row.Id}: parts_json is not an array"),
                Themes = row.ThemesJson is null ? null : JsonText.Read(row.ThemesJson),
                Metadata = row.MetadataJson is null ? null : JsonText.Read(row.MetadataJson),
            };
        }

        foreach (var row in Stream<ChangeRow>(SqliteSql.SelectBaseChanges, cancellationToken))
        {
            Owner(state.Bases, row.OwnerId, "base_changes").Changes.Add(ToChange(row, texts));
        }
    }

    private void LoadNfts(Rmrk2State state, SharedStrings texts, CancellationToken cancellationToken)
    {
        foreach (var row in Stream<NftRow>(SqliteSql.SelectNfts, cancellationToken))
        {
            var nft = new Nft
            {
                Id = row.Id,
                Block = row.Block,
                Collection = texts.Share(row.Collection),
                Symbol = texts.Share(row.Symbol),
                Transferable = row.Transferable ?? double.NaN,
                Sn = row.Sn,
                Metadata = row.Metadata,
                Owner = texts.Share(row.Owner),
                RootOwner = texts.Share(row.RootOwner),
                ForSale = BigInteger.Parse(row.ForSale, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                HasEquippedField = row.HasEquippedField != 0,
                Pending = row.Pending != 0,
                Properties = JsonText.Read(row.PropertiesJson),
            };

            // Added live, then burned: the state's per-collection counters of unburned NFTs stay right.
            state.AddNft(nft);
            if (row.Burned.Length > 0)
            {
                state.SetBurned(nft, row.Burned);
            }
        }

        var nfts = state.Nfts;
        foreach (var row in Stream<ChildRow>(SqliteSql.SelectChildren, cancellationToken))
        {
            Owner(nfts, row.NftId, "nft_children").Children.Add(new NftChild(StoredId(nfts, row.ChildId), row.Pending != 0) { Equipped = texts.Share(row.Equipped) });
        }

        foreach (var row in Stream<ResourceRow>(SqliteSql.SelectResources, cancellationToken))
        {
            Owner(nfts, row.NftId, "nft_resources").Resources.Add(new Resource
            {
                Id = JsonText.Read(row.IdJson),
                Pending = row.Pending != 0,
                Base = texts.ShareOrNull(row.Base),
                Metadata = row.Metadata,
                Parts = row.PartsJson is null ? null : JsonText.Read(row.PartsJson),
                Replace = row.Replace,
                Slot = texts.ShareOrNull(row.Slot),
                Src = row.Src,
                Theme = row.ThemeJson is null ? null : JsonText.Read(row.ThemeJson),
                ThemeId = row.ThemeIdJson is null ? null : JsonText.Read(row.ThemeIdJson),
                Thumb = row.Thumb,
            });
        }

        foreach (var row in Stream<PriorityRow>(SqliteSql.SelectPriority, cancellationToken))
        {
            Owner(nfts, row.NftId, "nft_priority").Priority.Add(JsonText.Read(row.ValueJson));
        }

        foreach (var row in Stream<ReactionRow>(SqliteSql.SelectReactions, cancellationToken))
        {
            Owner(nfts, row.NftId, "nft_reactions").Reactions[texts.Share(row.Emoji)] = ShareAll(JsonText.ReadStrings(row.AccountsJson), texts);
        }

        foreach (var row in Stream<ChangeRow>(SqliteSql.SelectNftChanges, cancellationToken))
        {
            Owner(nfts, row.OwnerId, "nft_changes").Changes.Add(ToChange(row, texts));
        }

        // An NFT owned by an NFT keeps its parent's own id instance, as consolidation leaves it: owner-chain
        // walks then meet the map's key itself. Parents may sort after their children, hence a second pass.
        foreach (var nft in nfts.Values)
        {
            nft.Owner = StoredId(nfts, nft.Owner);
        }
    }

    private static string StoredId(Dictionary<string, Nft> nfts, string id) =>
        nfts.TryGetValue(id, out var nft) ? nft.Id : id;

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
        foreach (var row in Stream<InvalidRow>(SqliteSql.SelectInvalid, cancellationToken))
        {
            state.Invalid.Add(new InvalidCall(texts.Share(row.OpType), row.Block, texts.Share(row.Caller), row.ObjectId, row.Message));
        }

        if (state.InteractionChanges is { } interactions)
        {
            foreach (var row in Stream<InteractionRow>(SqliteSql.SelectInteractions, cancellationToken))
            {
                interactions.Add(new InteractionChange(
                    row.OpType,
                    row.Id,
                    row.ChildrenJson is null ? null : JsonText.ReadStrings(row.ChildrenJson),
                    row.ResourcesJson is null ? null : JsonText.ReadStrings(row.ResourcesJson)));
            }
        }
    }

    private static Change ToChange(ChangeRow row, SharedStrings texts) => new(
        texts.Share(row.Field),
        texts.Share(row.Old),
        texts.Share(row.New),
        texts.Share(row.Caller),
        row.Block,
        texts.Share(row.OpType),
        row.ExtraTransfersJson is null ? null : JsonText.ReadTransfers(row.ExtraTransfersJson));

    private static T Owner<T>(Dictionary<string, T> map, string id, string table) =>
        map.TryGetValue(id, out var owner) ? owner : throw new InvalidDataException($"{table} has rows for {id}, which is not stored");
}
