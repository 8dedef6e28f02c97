using System.Numerics;
using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Tests.Storage;

/// <summary>
/// What every <see cref="IStateStore"/> must do, written once; each provider derives and supplies a fresh store.
/// Round trips go through <see cref="IStateStore.Load"/> into a new state, as a restarted sync would.
/// </summary>
public abstract class StateStoreContract
{
    /// <summary>A store over a fresh, empty database; <paramref name="name"/> tells databases apart in one test.</summary>
    protected abstract IStateStore OpenStore(string name);

    [Fact]
    public void A_new_database_has_no_cursor_and_no_settings()
    {
        using var store = Migrated("a");
        store.ReadCursor().ShouldBeNull();
        store.ReadSettings().ShouldBeNull();
    }

    [Fact]
    public void The_cursor_keeps_where_its_dump_block_begins()
    {
        using (var store = Loaded("a", out _))
        {
            store.Commit(new StateBatch([], [], [], [], [], [], new SyncCursor(9, null, 4, 0, 0, new SourcePosition(1234, 8))));
        }

        using (var reopened = Migrated("a"))
        {
            reopened.ReadCursor().ShouldBe(new SyncCursor(9, null, 4, 0, 0, new SourcePosition(1234, 8)));
            reopened.Load(new Rmrk2State(), includeLogs: false, TestContext.Current.CancellationToken);
            reopened.Commit(new StateBatch([], [], [], [], [], [], new SyncCursor(10, "0xab", 5, 0, 0)));
            reopened.ReadCursor().ShouldBe(new SyncCursor(10, "0xab", 5, 0, 0), "a source without positions leaves none behind");
        }
    }

    [Fact]
    public void Migrating_twice_is_harmless()
    {
        using var store = Migrated("a");
        store.Migrate(TestContext.Current.CancellationToken);
        store.ReadCursor().ShouldBeNull();
    }

    [Fact]
    public void Settings_round_trip()
    {
        using var store = Migrated("a");
        store.WriteSettings(new SyncSettings(null, true, true));
        store.ReadSettings().ShouldBe(new SyncSettings(null, true, true));
    }

    [Fact]
    public void Entities_round_trip_with_absent_and_present_fields_kept_apart()
    {
        using var store = Loaded("a", out var state);
        var nft = SampleNft();
        var burned = new Nft { Id = "2-c-S-2", Block = 2, Collection = "c", Symbol = "S", Transferable = double.NaN, Sn = "2", HasEquippedField = true, Properties = new JsObject() };
        var collection = new Collection { Id = "c", Block = 1, Max = 0, Issuer = "alice", Symbol = "S", Metadata = "m", Count = -1 };
        collection.Changes.Add(new Change("issuer", "alice", "bob", "alice", 3, "CHANGEISSUER"));
        var b = new Base { Id = "base-1", Block = 1, Symbol = "B", Issuer = "alice", Parts = Json<JsArray>("""[{"id":"p","type":"slot","equippable":"*"}]"""), Themes = JsNull.Instance };
        state.AddNft(burned);
        state.SetBurned(burned, "true");
        store.Commit(Batch([nft, burned], [collection], [b], [], 1, 0));
        store.Dispose(); // a database has one writer at a time

        using var reopened = Loaded("a", out var loaded, reopen: true);
        var n = loaded.Nfts[nft.Id];
        n.Metadata.ShouldBeNull();
        n.ForSale.ShouldBe(new BigInteger(-5));
        n.Owner.ShouldBe("2-c-S-2");
        n.Children.Single().Equipped.ShouldBe("base-1.p");
        n.Resources[0].Src.ShouldBe("ipfs://x");
        n.Resources[0].Thumb.ShouldBeNull();
        n.Resources[0].Parts.ShouldBeOfType<JsArray>();
        n.Resources[1].Id.ShouldBeOfType<JsNumber>();
        n.Priority.Select(p => CanonicalJsonWriter.Serialize(p)).ShouldBe(["\"r1\"\n", "7\n"]);
        n.ReactionsOrNull!["😀"].ShouldBeEmpty();
        n.Changes.Single().ExtraTransfers!.Single().ShouldBe(new ExtraTransfer("bob", null));
        CanonicalJsonWriter.Serialize(n.Properties).ShouldBe("""{"a":{"_mutation":{"allowed":true},"value":[1,"x",null]}}""" + "\n");
        var d = loaded.Nfts[burned.Id];
        d.Burned.ShouldBe("true");
        d.HasEquippedField.ShouldBeTrue();
        double.IsNaN(d.Transferable).ShouldBeTrue();
        loaded.UnburnedCount("c").ShouldBe(1);
        loaded.Collections["c"].Count.ShouldBe(-1);
        loaded.Collections["c"].Changes.Single().New.ShouldBe("bob");
        loaded.Bases["base-1"].Themes.ShouldBe(JsNull.Instance);
        loaded.Bases["base-1"].Metadata.ShouldBeNull();
        loaded.Bases["base-1"].Type.ShouldBeNull();
        reopened.ReadCursor()!.Block.ShouldBe(7);
    }

    [Fact]
    public void Later_commits_rewrite_child_sets_and_append_histories()
    {
        using (var store = Loaded("a", out var state))
        {
            var nft = SampleNft();
            state.AddNft(nft);
            store.Commit(Batch([nft], [], [], [], 0, 0));
            nft.Children.Clear();
            nft.Resources.RemoveAt(0);
            nft.Changes.Add(new Change("owner", "a", "b", "a", 8, "SEND"));
            store.Commit(Batch([nft], [], [], [], 0, 0, block: 8));
        }

        using var reopened = Loaded("a", out var loaded, reopen: true);
        var n = loaded.Nfts["1-c-S-1"];
        n.Children.ShouldBeEmpty();
        n.Resources.Count.ShouldBe(1);
        n.Changes.Select(c => c.Block).ShouldBe([7L, 8L]);
    }

    [Fact]
    public void Properties_are_written_again_only_when_they_changed()
    {
        using (var store = Loaded("a", out var state))
        {
            var nft = SampleNft();
            state.AddNft(nft);
            store.Commit(Batch([nft], [], [], [], 0, 0));

            // Another field changes: the stored properties stay as they are.
            nft.Owner = "bob";
            store.Commit(Batch([nft], [], [], [], 0, 0, block: 8));

            // SETPROPERTY changes them in place.
            ((JsObject)((JsObject)nft.Properties)["a"]!).Set("value", new JsString("changed"));
            nft.PropertiesChanged();
            store.Commit(Batch([nft], [], [], [], 0, 0, block: 9));
        }

        using (var reopened = Loaded("a", out var loaded, reopen: true))
        {
            var n = loaded.Nfts["1-c-S-1"];
            n.Owner.ShouldBe("bob");
            CanonicalJson(n.Properties).ShouldBe("""{"a":{"_mutation":{"allowed":true},"value":"changed"}}""");
            n.Properties = Json<JsValue>("""{"b":{"value":1}}"""); // a new object: written though no revision counted
            reopened.Commit(Batch([n], [], [], [], 0, 0, block: 10));
        }

        using var last = Loaded("a", out var final, reopen: true);
        CanonicalJson(final.Nfts["1-c-S-1"].Properties).ShouldBe("""{"b":{"value":1}}""");
    }

    [Fact]
    public void Properties_kept_as_text_are_stored_and_loaded_without_being_built_and_stored_again_once_changed()
    {
        const string Text = """{"name":{"type":"string","value":"Kanaria 1","_mutation":{"allowed":true}},"generation":{"type":"int","value":1}}""";
        using (var store = Loaded("a", out var state))
        {
            var text = UnparsedJson.TryTakePlain(Text, "\"royalty\"", out _)!;
            var nft = new Nft { Id = "1-c-S-1", Block = 1, Collection = "c", Symbol = "S", Transferable = 1, Sn = "1", Owner = "alice", RootOwner = "alice", UnparsedProperties = text };
            var escaped = new Nft { Id = "1-c-S-2", Block = 1, Collection = "c", Symbol = "S", Transferable = 1, Sn = "2", Owner = "alice", RootOwner = "alice", Properties = Json<JsValue>("""{"q":"a\"b"}""") };
            state.AddNft(nft);
            state.AddNft(escaped);
            store.Commit(Batch([nft, escaped], [], [], [], 0, 0));
            nft.PropertiesIdentity.ShouldBeSameAs(text, "storing the NFT did not keep its properties built");

            // SETPROPERTY builds them and changes them in place.
            ((JsObject)((JsObject)nft.Properties)["name"]!).Set("value", new JsString("Birdie"));
            nft.PropertiesChanged();
            store.Commit(Batch([nft], [], [], [], 0, 0, block: 8));
        }

        // Loading keeps plain text as text too; text with an escape is built at once.
        using var reopened = Loaded("a", out var loaded, reopen: true);
        loaded.Nfts["1-c-S-1"].PropertiesIdentity.ShouldBeOfType<UnparsedJson>();
        loaded.Nfts["1-c-S-2"].PropertiesIdentity.ShouldBeOfType<JsObject>();
        CanonicalJson(loaded.Nfts["1-c-S-1"].Properties).ShouldBe("""{"generation":{"type":"int","value":1},"name":{"_mutation":{"allowed":true},"type":"string","value":"Birdie"}}""");
        CanonicalJson(loaded.Nfts["1-c-S-2"].Properties).ShouldBe("""{"q":"a\"b"}""");
    }

    [Fact]
    public void A_prepared_commit_writes_the_entities_as_they_were_when_it_was_prepared()
    {
        using (var store = Loaded("a", out var state))
        {
            var nft = SampleNft();
            state.AddNft(nft);
            var prepared = store.Prepare(Batch([nft], [], [], [], 0, 0));

            // What a write-behind sync does: the next batch changes the NFT while the previous one is written.
            nft.Owner = "carol";
            nft.Changes.Add(new Change("owner", "2-c-S-2", "carol", "a", 8, "SEND"));
            store.ReadCursor().ShouldBeNull("nothing is written before Write");
            prepared.Write();
            Should.Throw<InvalidOperationException>(prepared.Write);
        }

        using var reopened = Loaded("a", out var loaded, reopen: true);
        var n = loaded.Nfts["1-c-S-1"];
        n.Owner.ShouldBe("2-c-S-2");
        n.Changes.Count.ShouldBe(1);
        reopened.ReadCursor()!.Block.ShouldBe(7);
    }

    [Fact]
    public void The_next_batch_may_be_prepared_before_the_previous_one_is_written()
    {
        using (var store = Loaded("a", out var state))
        {
            var nft = SampleNft();
            state.AddNft(nft);
            var first = store.Prepare(Batch([nft], [], [], [], 0, 0));

            // What a write-behind sync does at its next commit: the second batch is prepared relative to the
            // first (an update, two more changes, one child fewer) while the first is still unwritten.
            nft.Owner = "carol";
            nft.Children.Clear();
            nft.Changes.Add(new Change("owner", "2-c-S-2", "carol", "a", 8, "SEND"));
            nft.Changes.Add(new Change("owner", "carol", "carol", "a", 9, "SEND"));
            var second = store.Prepare(Batch([nft], [], [], [], 0, 0, block: 9));
            first.Write();
            second.Write();
        }

        using var reopened = Loaded("a", out var loaded, reopen: true);
        var n = loaded.Nfts["1-c-S-1"];
        n.Owner.ShouldBe("carol");
        n.Children.ShouldBeEmpty();
        n.Changes.Select(c => c.Block).ShouldBe([7L, 8L, 9L]);
        reopened.ReadCursor()!.Block.ShouldBe(9);
    }

    [Fact]
    public async Task A_commit_written_while_it_is_being_prepared_stores_every_row()
    {
        const int Count = 3_000; // three rows each: the rows cross from the preparing thread in several parts
        using (var store = Loaded("a", out var state))
        {
            var nfts = ManyNfts(state, Count);
            Task? writing = null;
            var prepared = store.Prepare(Batch(nfts, [], [], [], 0, 0), p => writing = Task.Run(p.Write));
            await writing.ShouldNotBeNull("the store offers the commit before capturing it");
            Should.Throw<InvalidOperationException>(prepared.Write);
        }

        using var reopened = Loaded("a", out var loaded, reopen: true);
        loaded.Nfts.Count.ShouldBe(Count);
        loaded.Nfts[$"{Count}-c-S-{Count}"].Changes.Select(c => c.Block).ShouldBe([7L, 7L]);
        reopened.ReadCursor()!.Block.ShouldBe(7);
    }

    [Fact]
    public async Task A_capture_that_fails_rolls_back_the_write_already_under_way()
    {
        using (var store = Loaded("a", out var state))
        {
            store.Commit(Batch([], [], [], [], 0, 0, block: 5));
            var nfts = ManyNfts(state, 3_000);

            // The invalid log is captured after the NFTs, whose rows are by then being written.
            var batch = new StateBatch(nfts, [], [], [], new UnreadableList<InvalidCall>(), [], new SyncCursor(7, null, 0, 1, 0));
            Task? writing = null;
            Should.Throw<InvalidDataException>(() => store.Prepare(batch, p => writing = Task.Run(p.Write)));
            (await Should.ThrowAsync<InvalidOperationException>(writing!)).Message.ShouldContain("not written");
            Should.Throw<InvalidOperationException>(() => store.Prepare(Batch([], [], [], [], 0, 0, block: 8))).Message.ShouldContain("Load the state");
        }

        using var reopened = Loaded("a", out var loaded, reopen: true);
        loaded.Nfts.ShouldBeEmpty();
        reopened.ReadCursor()!.Block.ShouldBe(5);
    }

    [Fact]
    public void Destroyed_collections_are_deleted_and_may_come_back()
    {
        using (var store = Loaded("a", out _))
        {
            var old = new Collection { Id = "c", Block = 1, Max = 5, Issuer = "alice", Symbol = "S", Metadata = "m" };
            old.Changes.Add(new Change("max", "5", "0", "alice", 2, "LOCK"));
            store.Commit(Batch([], [old], [], [], 0, 0));
            store.Commit(Batch([], [], [], ["c"], 0, 0, block: 9));
        }

        using (var store = Loaded("a", out var state, reopen: true))
        {
            state.Collections.ShouldBeEmpty();
            var again = new Collection { Id = "c", Block = 10, Max = 1, Issuer = "bob", Symbol = "S", Metadata = "n" };
            store.Commit(Batch([], [again], [], ["c"], 0, 0, block: 10));
        }

        using var last = Loaded("a", out var loaded, reopen: true);
        loaded.Collections["c"].Issuer.ShouldBe("bob");
        loaded.Collections["c"].Changes.ShouldBeEmpty();
    }

    [Fact]
    public void Invalid_entries_are_appended_in_order()
    {
        using (var store = Loaded("a", out _))
        {
            store.Commit(new StateBatch([], [], [], [], [new InvalidCall("SEND", 1, "x", "o1", "m1")], [], new SyncCursor(1, null, 1, 1, 0)));
            store.Commit(new StateBatch([], [], [], [], [new InvalidCall("BUY", 2, "y", "o2", "m2"), new InvalidCall("LIST", 2, "z", "o3", "m3")], [], new SyncCursor(2, "0xff", 3, 3, 0)));
        }

        using var reopened = OpenStore("a");
        var state = new Rmrk2State();
        reopened.Load(state, includeLogs: true, TestContext.Current.CancellationToken);
        state.Invalid.Select(i => i.Message).ShouldBe(["m1", "m2", "m3"]);
        reopened.ReadCursor().ShouldBe(new SyncCursor(2, "0xff", 3, 3, 0));
        reopened.ReadCounts().Invalid.ShouldBe(3);
    }

    private IStateStore Migrated(string name)
    {
        var store = OpenStore(name);
        store.Migrate(TestContext.Current.CancellationToken);
        return store;
    }

    private IStateStore Loaded(string name, out Rmrk2State state, bool reopen = false)
    {
        _ = reopen;
        var store = Migrated(name);
        state = new Rmrk2State();
        store.Load(state, includeLogs: false, TestContext.Current.CancellationToken);
        return store;
    }

    /// <summary>NFTs "1-c-S-1" to "n-c-S-n", in the state, each with two history entries.</summary>
    private static Nft[] ManyNfts(Rmrk2State state, int count)
    {
        var nfts = new Nft[count];
        for (int i = 0; i < count; i++)
        {
            int n = i + 1;
            var nft = new Nft { Id = $"{n}-c-S-{n}", Block = n, Collection = "c", Symbol = "S", Transferable = 1, Sn = $"{n}", Owner = "alice", RootOwner = "alice", Properties = new JsObject() };
            nft.Changes.Add(new Change("owner", "alice", "bob", "alice", 7, "SEND"));
            nft.Changes.Add(new Change("owner", "bob", "alice", "bob", 7, "SEND"));
            state.AddNft(nft);
            nfts[i] = nft;
        }

        return nfts;
    }

    private static StateBatch Batch(Nft[] nfts, Collection[] collections, Base[] bases, string[] destroyed, int invalid, int interactions, long block = 7) =>
        new(nfts, collections, bases, destroyed, [], [], new SyncCursor(block, null, 0, invalid, interactions));

    private static Nft SampleNft()
    {
        var nft = TestNfts.Minted();
        nft.Owner = "2-c-S-2";
        nft.ForSale = -5;
        nft.Properties = Json<JsValue>("""{"a":{"value":[1,"x",null],"_mutation":{"allowed":true}}}""");
        nft.Children.Add(new NftChild("3-c-S-3", pending: false) { Equipped = "base-1.p" });
        nft.Resources.Add(new Resource { Id = new JsString("r1"), Src = "ipfs://x", Parts = Json<JsArray>("""["p"]"""), Pending = true });
        nft.Resources.Add(new Resource { Id = new JsNumber(7) });
        nft.Priority = [new JsString("r1"), new JsNumber(7)];
        nft.Reactions["😀"] = [];
        nft.Changes.Add(new Change("forsale", "0", "-5", "alice", 7, "BUY", [new ExtraTransfer("bob", null)]));
        return nft;
    }

    /// <summary>A log whose entries cannot be read, as a capture that fails half-way would meet it.</summary>
    private sealed class UnreadableList<T> : IReadOnlyList<T>
    {
        public int Count => 1;

        public T this[int index] => throw new InvalidDataException("simulated failure while capturing");

        public IEnumerator<T> GetEnumerator() => throw new InvalidDataException("simulated failure while capturing");

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static string CanonicalJson(JsValue value) => new JsonText().Write(value);

    private static T Json<T>(string json)
        where T : JsValue => JsJson.TryParse(json, out var value) ? (T)value : throw new ArgumentException(json);
}
