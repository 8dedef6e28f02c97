using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Storage;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Tests.Shared;

namespace Rmrk.Indexer.Tests.Storage;

/// <summary>
/// A bulk replay (between <c>SuspendReadIndexes</c> and <c>RestoreReadIndexes</c>): its commits go through a
/// rollback journal when the file is the store's alone, and through the WAL, checkpointed, when it is not.
/// </summary>
public sealed partial class SqliteStateStoreTests
{
    [Fact]
    public void A_bulk_replay_commits_through_a_rollback_journal_and_returns_to_wal_at_its_end()
    {
        string path = _folder.File("journal.sqlite");
        using var store = OpenEmpty(path);
        var nft = TestNfts.Minted();

        store.SuspendReadIndexes();
        JournalModeInHeader(path).ShouldBe("rollback");
        File.Exists(path + "-wal").ShouldBeFalse("leaving WAL mode checkpoints and removes the WAL");
        CommitAt(store, nft, 1);
        nft.Owner = "bob";
        CommitAt(store, nft, 2);
        new FileInfo(path + "-journal").Length.ShouldBe(0, "each commit empties the journal");
        Count(path, "SELECT COUNT(*) FROM nfts WHERE owner = 'bob'").ShouldBe(1);

        store.RestoreReadIndexes();
        JournalModeInHeader(path).ShouldBe("wal");
        ReadIndexes(path).ShouldBe(["nft_changes_key", "nfts_by_owner"]);
        nft.Owner = "carol";
        CommitAt(store, nft, 3);
        new FileInfo(path + "-wal").Length.ShouldBeGreaterThan(0, "an ordinary commit is written to the WAL again");
    }

    [Fact]
    public void A_bulk_replay_beside_another_connection_stays_in_wal_and_checkpoints_each_commit()
    {
        string path = _folder.File("checkpoint.sqlite");
        using var store = OpenEmpty(path);
        var nft = TestNfts.Minted();
        CommitAt(store, nft, 1);

        // An ordinary commit stays in the WAL until SQLite's automatic checkpoint (every 256 MB of it).
        PagesOnlyInWal(path).ShouldBeGreaterThan(0);

        // A reader (the API, a status) has the file open: WAL mode cannot be left, and the store does not wait.
        using var reader = Connect(path, readOnly: true);
        using (var read = reader.CreateCommand())
        {
            read.CommandText = "SELECT COUNT(*) FROM nfts";
            read.ExecuteScalar().ShouldBe(1L);
        }

        store.SuspendReadIndexes();
        JournalModeInHeader(path).ShouldBe("wal");
        nft.Owner = "bob";
        CommitAt(store, nft, 2);
        PagesOnlyInWal(path).ShouldBe(0);
        store.RestoreReadIndexes();
        ReadIndexes(path).ShouldBe(["nft_changes_key", "nfts_by_owner"]);
    }

    [Fact]
    public async Task A_bulk_commit_waits_for_a_reader_that_holds_the_file_instead_of_failing()
    {
        string path = _folder.File("wait.sqlite");
        using var store = OpenEmpty(path);
        var nft = TestNfts.Minted();
        store.SuspendReadIndexes();
        CommitAt(store, nft, 1);

        using var reader = Connect(path, readOnly: true);
        var transaction = reader.BeginTransaction();
        using (var read = reader.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT COUNT(*) FROM nfts";
            read.ExecuteScalar().ShouldBe(1L, "the read holds the file until its transaction ends");
        }

        nft.Owner = "bob";
        var commit = Task.Run(() => CommitAt(store, nft, 2), TestContext.Current.CancellationToken);

        // The commit needs the file to itself.
        await Task.Delay(300, TestContext.Current.CancellationToken);
        commit.IsCompleted.ShouldBeFalse("the commit waits for the reader");
        transaction.Dispose();
        await commit.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Count(path, "SELECT COUNT(*) FROM nfts WHERE owner = 'bob'").ShouldBe(1);
    }

    [Fact]
    public async Task A_kill_inside_a_bulk_commit_leaves_a_journal_that_readers_refuse_and_the_next_writer_rolls_back()
    {
        string path = _folder.File("live.sqlite");
        using var store = OpenEmpty(path);
        store.SuspendReadIndexes();
        CommitAt(store, TestNfts.Minted(), 1);

        // A commit bigger than the 16 MB page cache spills pages into the file before it ends. Its log of
        // rejections stops half-way, so the commit stays open, with the writer waiting for the rest of its rows.
        var big = Enumerable.Range(1, 3000).Select(Large).ToList();
        using var gate = new ManualResetEventSlim();
        var invalid = new GatedList<InvalidCall>(Enumerable.Range(0, 10_000).Select(i => new InvalidCall("MINT", 2, "alice", $"x{i}", "rejected")).ToList(), 8_192, gate);
        Task? writing = null;
        var capture = Task.Run(
            () => store.Prepare(new StateBatch(big, [], [], [], invalid, [], new SyncCursor(2, null, 2, 10_000, 0)), p => writing = Task.Run(p.Write)),
            TestContext.Current.CancellationToken);
        string killed = _folder.File("killed.sqlite");
        try
        {
            await WaitUntilHot(path + "-journal");

            // What a kill now leaves on disk: the file, then its journal (the journal holds every page the file lost).
            File.Copy(path, killed);
            File.Copy(path + "-journal", killed + "-journal");
        }
        finally
        {
            gate.Set();
        }

        await capture;
        await writing!;

        Should.Throw<StoreOpenException>(() => SqliteStateStore.OpenReadOnly(killed)).Message.ShouldContain("run `rmrk sync` on it first");
        using (var next = SqliteStateStore.Open(killed))
        {
            next.Migrate(TestContext.Current.CancellationToken);
            next.ReadCursor()!.Block.ShouldBe(1, "the interrupted commit is rolled back whole");
            var state = new Rmrk2State();
            next.Load(state, includeLogs: true, TestContext.Current.CancellationToken);
            state.Nfts.Keys.ShouldBe(["1-c-S-1"]);
            state.Invalid.ShouldBeEmpty();
        }

        JournalModeInHeader(killed).ShouldBe("wal");
        Count(path, "SELECT COUNT(*) FROM invalid").ShouldBe(10_000, "the live commit, let go, ends whole");
    }

    /// <summary>An NFT of 8 KB: two to a 16 KB page.</summary>
    private static Nft Large(int sn) => new()
    {
        Id = $"2-c-S-{sn}",
        Block = 2,
        Collection = "c",
        Symbol = "S",
        Transferable = 1,
        Sn = sn.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Metadata = new string('m', 8000),
        Owner = "alice",
        RootOwner = "alice",
        Properties = new JsObject(),
    };

    private static async Task WaitUntilHot(string journal)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!HotJournal.IsHot(journal))
        {
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "the commit spilled pages into the file");
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A list whose enumeration stops after <paramref name="open"/> items until the gate opens.</summary>
    private sealed class GatedList<T>(List<T> items, int open, ManualResetEventSlim gate) : IReadOnlyList<T>
    {
        public int Count => items.Count;

        public T this[int index] => items[index];

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < items.Count; i++)
            {
                if (i == open)
                {
                    gate.Wait(TestContext.Current.CancellationToken);
                }

                yield return items[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Bytes 18 and 19 of the header: 2 for WAL mode, 1 for a rollback journal.</summary>
    private static string JournalModeInHeader(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var header = new byte[20];
        file.ReadExactly(header);
        return (header[18], header[19]) switch
        {
            (2, 2) => "wal",
            (1, 1) => "rollback",
            var other => $"unknown {other}",
        };
    }
}
