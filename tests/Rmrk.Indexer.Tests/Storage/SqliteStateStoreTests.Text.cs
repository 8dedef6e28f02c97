using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;
using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Tests.Storage;

/// <summary>
/// Lone surrogates: a remark's JSON may escape one (<c>"\ud800"</c>), <c>JSON.parse</c> keeps it, and the
/// reference's output writes it back. UTF-8 cannot hold it; the store must still give back what it was given.
/// </summary>
public sealed partial class SqliteStateStoreTests
{
    private const string OddId = "1-c\udc00-S\ud800-1";

    [Fact]
    public void Lone_surrogates_in_every_kind_of_text_survive_a_reload()
    {
        string path = _folder.File("surrogates.sqlite");
        var state = OddState();
        using (var store = OpenEmpty(path))
        {
            store.Commit(OddBatch(state, new SyncCursor(1, "0x01", 1, 1, 0)));
        }

        SyncHarness.Export(path).ShouldBe(SyncHarness.Written(state));
        SyncHarness.Written(state).ShouldContain("\\ud800", Case.Sensitive, "the state does hold lone surrogates");
    }

    /// <summary>The undo journal finds an entity's rows by its id, which must be bound as it was stored.</summary>
    [Fact]
    public void An_undo_restores_entities_whose_ids_hold_lone_surrogates()
    {
        string path = _folder.File("surrogates-undo.sqlite");
        var state = OddState();
        string before = SyncHarness.Written(state);
        using (var store = OpenEmpty(path))
        {
            store.CommitJournaled(OddBatch(state, new SyncCursor(1, "0x01", 1, 1, 0)));
            var nft = state.Nfts[OddId];
            nft.Owner = nft.RootOwner = "bob";
            nft.Children.Clear();
            nft.Changes.Add(new Change("owner", "alice\ud800", "bob", "alice\ud800", 2, "SEND"));
            var collection = state.Collections["c\udc00"];
            collection.Issuer = "bob";
            state.Bases["base-\ud800"].Issuer = "bob";
            store.CommitJournaled(new StateBatch([nft], [collection], [state.Bases["base-\ud800"]], [], [], [], new SyncCursor(2, "0x02", 2, 1, 0)));
            SyncHarness.Export(path).ShouldNotBe(before);

            store.UndoHead();
        }

        SyncHarness.Export(path).ShouldBe(before);
    }

    private static Rmrk2State OddState()
    {
        var state = new Rmrk2State();
        state.Collections["c\udc00"] = new Collection { Id = "c\udc00", Block = 1, Max = 0, Issuer = "alice\ud800", Symbol = "S\ud800", Metadata = "m\udfff", Count = 1 };
        state.Bases["base-\ud800"] = new Base
        {
            Id = "base-\ud800",
            Block = 1,
            Symbol = "B\udc00",
            Type = "svg\ud800",
            Issuer = "alice\ud800",
            Parts = JsJson.TryParse("""[{"id":"p\ud800","type":"slot"}]""", out var parts) ? (JsArray)parts : throw new InvalidOperationException(),
        };
        var nft = new Nft
        {
            Id = OddId,
            Block = 1,
            Collection = "c\udc00",
            Symbol = "S\ud800",
            Transferable = 1,
            Sn = "\udfff1",
            Metadata = "ipfs://\ud800",
            Owner = "alice\ud800",
            RootOwner = "alice\ud800",
            Properties = JsJson.TryParse("""{"name":{"type":"string","value":"\ud800"}}""", out var properties) ? properties : throw new InvalidOperationException(),
        };
        nft.Children.Add(new NftChild("2-\ud800", pending: true) { Equipped = "base-\ud800.p\ud800" });
        nft.Resources.Add(new Resource { Id = new JsString("r\ud800"), Src = "ipfs://\udc00", Slot = "base-\ud800.p\ud800" });
        nft.Reactions["\ud83d"] = ["bob\udc00"];
        nft.Changes.Add(new Change("metadata", "\ud800", "x\udc00", "alice\ud800", 1, "SETPROPERTY"));
        state.AddNft(nft);
        state.Invalid.Add(new InvalidCall("SEND", 1, "x\ud800", OddId, $"[SEND] NFT {OddId} is \udc00"));
        return state;
    }

    private static StateBatch OddBatch(Rmrk2State state, SyncCursor cursor) =>
        new([.. state.Nfts.Values], [.. state.Collections.Values], [.. state.Bases.Values], [], state.Invalid, [], cursor);
}
