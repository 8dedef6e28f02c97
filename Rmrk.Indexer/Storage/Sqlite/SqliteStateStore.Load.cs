using System.Globalization;
using System.Numerics;
using Dapper;
using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Storage.Sqlite.Rows;

namespace Rmrk.Indexer.Storage.Sqlite;

public sealed partial class SqliteStateStore
{
    public void Load(Rmrk2State state, bool includeLogs, CancellationToken cancellationToken)
    {
        LoadCollections(state, cancellationToken);
        LoadBases(state, cancellationToken);
        LoadNfts(state, cancellationToken);
        if (includeLogs)
        {
            LoadLogs(state, cancellationToken);
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

    private void LoadCollections(Rmrk2State state, CancellationToken cancellationToken)
    {
        foreach (var row in Stream<CollectionRow>(SqliteSql.SelectCollections, cancellationToken))
        {
            state.Collections[row.Id] = new Collection
            {
                Id = row.Id,
                Block = row.Block,
                Max = row.Max ?? double.NaN,
                Issuer = row.Issuer,
                Symbol = row.Symbol,
                Metadata = row.Metadata,
                Count = checked((int)row.Count),
            };
        }

        foreach (var row in Stream<ChangeRow>(SqliteSql.SelectCollectionChanges, cancellationToken))
        {
            Owner(state.Collections, row.OwnerId, "collection_changes").Changes.Add(ToChange(row));
        }
    }

    private void LoadBases(Rmrk2State state, CancellationToken cancellationToken)
    {
        foreach (var row in Stream<BaseRow>(SqliteSql.SelectBases, cancellationToken))
        {
            state.Bases[row.Id] = new Base
            {
                Id = row.Id,
                Block = row.Block,
                Symbol = row.Symbol,
                Type = row.Type,
                Issuer = row.Issuer,
                Parts = JsonText.Read(row.PartsJson) as JsArray ?? throw new InvalidDataException($"base {row.Id}: parts_json is not an array"),
                Themes = row.ThemesJson is null ? null : JsonText.Read(row.ThemesJson),
                Metadata = row.MetadataJson is null ? null : JsonText.Read(row.MetadataJson),
            };
        }

        foreach (var row in Stream<ChangeRow>(SqliteSql.SelectBaseChanges, cancellationToken))
        {
            Owner(state.Bases, row.OwnerId, "base_changes").Changes.Add(ToChange(row));
        }
    }

    private void LoadNfts(Rmrk2State state, CancellationToken cancellationToken)
    {
        foreach (var row in Stream<NftRow>(SqliteSql.SelectNfts, cancellationToken))
        {
            var nft = new Nft
            {
                Id = row.Id,
                Block = row.Block,
                Collection = row.Collection,
                Symbol = row.Symbol,
                Transferable = row.Transferable ?? double.NaN,
                Sn = row.Sn,
                Metadata = row.Metadata,
                Owner = row.Owner,
                RootOwner = row.RootOwner,
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
            Owner(nfts, row.NftId, "nft_children").Children.Add(new NftChild(row.ChildId, row.Pending != 0) { Equipped = row.Equipped });
        }

        foreach (var row in Stream<ResourceRow>(SqliteSql.SelectResources, cancellationToken))
        {
            Owner(nfts, row.NftId, "nft_resources").Resources.Add(new Resource
            {
                Id = JsonText.Read(row.IdJson),
                Pending = row.Pending != 0,
                Base = row.Base,
                Metadata = row.Metadata,
                Parts = row.PartsJson is null ? null : JsonText.Read(row.PartsJson),
                Replace = row.Replace,
                Slot = row.Slot,
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
            Owner(nfts, row.NftId, "nft_reactions").Reactions[row.Emoji] = JsonText.ReadStrings(row.AccountsJson);
        }

        foreach (var row in Stream<ChangeRow>(SqliteSql.SelectNftChanges, cancellationToken))
        {
            Owner(nfts, row.OwnerId, "nft_changes").Changes.Add(ToChange(row));
        }
    }

    private void LoadLogs(Rmrk2State state, CancellationToken cancellationToken)
    {
        foreach (var row in Stream<InvalidRow>(SqliteSql.SelectInvalid, cancellationToken))
        {
            state.Invalid.Add(new InvalidCall(row.OpType, row.Block, row.Caller, row.ObjectId, row.Message));
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

    private static Change ToChange(ChangeRow row) => new(
        row.Field,
        row.Old,
        row.New,
        row.Caller,
        row.Block,
        row.OpType,
        row.ExtraTransfersJson is null ? null : JsonText.ReadTransfers(row.ExtraTransfersJson));

    private static T Owner<T>(Dictionary<string, T> map, string id, string table) =>
        map.TryGetValue(id, out var owner) ? owner : throw new InvalidDataException($"{table} has rows for {id}, which is not stored");
}
