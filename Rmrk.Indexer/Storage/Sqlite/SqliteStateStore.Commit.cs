using System.Globalization;
using Microsoft.Data.Sqlite;
using Rmrk.Core.Rmrk2.Model;
using static Rmrk.Indexer.Storage.Sqlite.SqliteWriteCommands;

namespace Rmrk.Indexer.Storage.Sqlite;

public sealed partial class SqliteStateStore
{
    private readonly List<KeyValuePair<string, StoredNft>> _stagedNfts = [];
    private readonly List<KeyValuePair<string, int>> _stagedCollectionChanges = [];

    public void Commit(StateBatch batch) => Commit(batch, journal: false);

    /// <param name="journal">Save the prior rows of everything the batch touches (one block) for an undo.</param>
    private void Commit(StateBatch batch, bool journal)
    {
        ThrowIfReadOnly();
        if (!_loaded)
        {
            throw new InvalidOperationException("Load the state before committing: commits are written relative to what is stored");
        }

        var commands = _commands ??= new SqliteWriteCommands(_connection);
        _stagedNfts.Clear();
        _stagedCollectionChanges.Clear();
        using (var transaction = _connection.BeginTransaction())
        {
            commands.Enlist(transaction);
            try
            {
                if (journal)
                {
                    SaveUndo(batch, transaction);
                }

                foreach (string id in batch.DestroyedCollections)
                {
                    Run(commands.DeleteCollection, id);
                    Run(commands.DeleteCollectionChanges, id);
                }

                foreach (var collection in batch.Collections)
                {
                    WriteCollection(commands, collection, batch.DestroyedCollections);
                }

                foreach (var b in batch.Bases)
                {
                    WriteBase(commands, b);
                }

                foreach (var nft in batch.Nfts)
                {
                    WriteNft(commands, nft);
                }

                WriteLogs(commands, batch);
                var c = batch.Cursor;
                Run(commands.UpsertCursor, c.Block, c.Hash, c.Remarks, c.InvalidCount, c.InteractionCount);
                transaction.Commit();
            }
            finally
            {
                commands.Enlist(null);
            }
        }

        // Only a committed batch changes what the store knows is stored.
        foreach (string id in batch.DestroyedCollections)
        {
            _collectionChanges.Remove(id);
        }

        foreach (var (id, count) in _stagedCollectionChanges)
        {
            _collectionChanges[id] = count;
        }

        foreach (var (id, stored) in _stagedNfts)
        {
            _storedNfts[id] = stored;
        }
    }

    private void WriteCollection(SqliteWriteCommands commands, Collection c, IReadOnlyCollection<string> destroyed)
    {
        Run(commands.UpsertCollection, c.Id, c.Block, Real(c.Max), c.Issuer, c.Symbol, c.Metadata, (long)c.Count);
        int stored = destroyed.Contains(c.Id) || !_collectionChanges.TryGetValue(c.Id, out int n) ? 0 : n;
        WriteChangeTail(commands.InsertCollectionChange, commands.DeleteCollectionChanges, c.Id, c.Changes, stored);
        _stagedCollectionChanges.Add(new(c.Id, c.Changes.Count));
    }

    private void WriteBase(SqliteWriteCommands commands, Base b)
    {
        Run(
            commands.UpsertBase,
            b.Id,
            b.Block,
            b.Symbol,
            b.Type,
            b.Issuer,
            _json.Write(b.Parts),
            b.Themes is null ? null : _json.Write(b.Themes),
            b.Metadata is null ? null : _json.Write(b.Metadata));

        // CHANGEISSUER replaces a base's history, so it is rewritten whole (bases are few).
        Run(commands.DeleteBaseChanges, b.Id);
        WriteChangeTail(commands.InsertBaseChange, commands.DeleteBaseChanges, b.Id, b.Changes, 0);
    }

    private void WriteNft(SqliteWriteCommands commands, Nft nft)
    {
        string id = nft.Id;
        _storedNfts.TryGetValue(id, out var stored);
        var next = stored?.Copy() ?? new StoredNft();
        string properties = _json.Write(nft.Properties);
        string forSale = nft.ForSale.ToString(CultureInfo.InvariantCulture);
        long hasEquipped = nft.HasEquippedField ? 1L : 0L, pending = nft.Pending ? 1L : 0L;
        if (stored is null)
        {
            Run(commands.InsertNft, id, nft.Block, nft.Collection, nft.Symbol, Real(nft.Transferable), nft.Sn, nft.Metadata, nft.Owner, nft.RootOwner, forSale, nft.Burned, hasEquipped, pending, properties);
        }
        else
        {
            Run(commands.UpdateNft, nft.Owner, nft.RootOwner, forSale, nft.Burned, hasEquipped, pending, properties, id);
        }

        if (stored is null || !stored.SameChildren(nft))
        {
            WriteChildren(commands, nft, stored?.HasChildren == true);
            next.RememberChildren(nft);
        }

        if (stored is null || !stored.SameResources(nft))
        {
            WriteResources(commands, nft, stored?.HasResources == true);
            next.RememberResources(nft);
        }

        if (stored is null || !stored.SamePriority(nft))
        {
            WritePriority(commands, nft, stored?.HasPriority == true);
            next.RememberPriority(nft);
        }

        if (stored is null || !stored.SameReactions(nft))
        {
            WriteReactions(commands, nft, stored?.HasReactions == true);
            next.RememberReactions(nft);
        }

        WriteChangeTail(commands.InsertNftChange, commands.DeleteNftChanges, id, nft.Changes, stored?.Changes ?? 0);
        next.Changes = nft.Changes.Count;
        _stagedNfts.Add(new(id, next));
    }

    private static void WriteChildren(SqliteWriteCommands commands, Nft nft, bool delete)
    {
        if (delete)
        {
            Run(commands.DeleteChildren, nft.Id);
        }

        for (int i = 0; i < nft.Children.Count; i++)
        {
            var child = nft.Children[i];
            Run(commands.InsertChild, nft.Id, (long)i, child.Id, child.Pending ? 1L : 0L, child.Equipped);
        }
    }

    private void WriteResources(SqliteWriteCommands commands, Nft nft, bool delete)
    {
        if (delete)
        {
            Run(commands.DeleteResources, nft.Id);
        }

        for (int i = 0; i < nft.Resources.Count; i++)
        {
            var r = nft.Resources[i];
            Run(
                commands.InsertResource,
                nft.Id,
                (long)i,
                _json.Write(r.Id),
                r.Pending ? 1L : 0L,
                r.Base,
                r.Metadata,
                r.Parts is null ? null : _json.Write(r.Parts),
                r.Replace,
                r.Slot,
                r.Src,
                r.Theme is null ? null : _json.Write(r.Theme),
                r.ThemeId is null ? null : _json.Write(r.ThemeId),
                r.Thumb);
        }
    }

    private void WritePriority(SqliteWriteCommands commands, Nft nft, bool delete)
    {
        if (delete)
        {
            Run(commands.DeletePriority, nft.Id);
        }

        for (int i = 0; i < nft.Priority.Count; i++)
        {
            Run(commands.InsertPriority, nft.Id, (long)i, _json.Write(nft.Priority[i]));
        }
    }

    private void WriteReactions(SqliteWriteCommands commands, Nft nft, bool delete)
    {
        if (delete)
        {
            Run(commands.DeleteReactions, nft.Id);
        }

        if (nft.ReactionsOrNull is not { } reactions)
        {
            return;
        }

        int position = 0;
        foreach (var (emoji, accounts) in reactions)
        {
            Run(commands.InsertReaction, nft.Id, (long)position++, emoji, _json.WriteStrings(accounts));
        }
    }

    /// <summary>
    /// Histories only grow (NFTs, collections), so only entries past the stored count are inserted; a history
    /// that shrank (never seen; defensive) is rewritten whole.
    /// </summary>
    private void WriteChangeTail(SqliteCommand insert, SqliteCommand delete, string ownerId, List<Change> changes, int stored)
    {
        if (changes.Count < stored)
        {
            Run(delete, ownerId);
            stored = 0;
        }

        for (int i = stored; i < changes.Count; i++)
        {
            var c = changes[i];
            Run(
                insert,
                ownerId,
                (long)i,
                c.Field,
                c.Old,
                c.New,
                c.Caller,
                c.Block,
                c.OpType,
                c.ExtraTransfers is null ? null : _json.WriteTransfers(c.ExtraTransfers));
        }
    }

    private void WriteLogs(SqliteWriteCommands commands, StateBatch batch)
    {
        long seq = batch.Cursor.InvalidCount - batch.Invalid.Count;
        foreach (var invalid in batch.Invalid)
        {
            Run(commands.InsertInvalid, seq++, invalid.Block, invalid.Caller, invalid.OpType, invalid.ObjectId, invalid.Message);
        }

        seq = batch.Cursor.InteractionCount - batch.Interactions.Count;
        foreach (var change in batch.Interactions)
        {
            Run(
                commands.InsertInteraction,
                seq++,
                change.OpType,
                change.Id,
                change.Children is null ? null : _json.WriteStrings(change.Children),
                change.Resources is null ? null : _json.WriteStrings(change.Resources));
        }
    }

    /// <summary>SQLite stores NaN as NULL; the loader maps NULL back to NaN.</summary>
    private static double? Real(double value) => double.IsNaN(value) ? null : value;
}
