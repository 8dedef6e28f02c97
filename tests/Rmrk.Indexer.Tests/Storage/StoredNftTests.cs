using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Indexer.Storage.Sqlite;

namespace Rmrk.Indexer.Tests.Storage;

public class StoredNftTests
{
    [Fact]
    public void Remembering_an_nft_does_not_create_the_lists_it_makes_on_first_use()
    {
        // Most NFTs never get children, resources, a priority or a change. The store remembers every NFT it
        // writes; had it made those lists, a 1M-remark sync kept over 800k empty lists alive.
        RememberAndCompare(TestNfts.Minted()).ShouldBeTrue(); // once first, so that nothing but the calls allocates below

        var nft = TestNfts.Minted();
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool same = RememberAndCompare(nft);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        same.ShouldBeTrue();
        allocated.ShouldBeLessThan(200, "the snapshot object alone; each list an NFT made would add 32 bytes");
    }

    private static bool RememberAndCompare(Nft nft)
    {
        var stored = StoredNft.Of(nft);
        return stored.FirstChangedChild(nft) == 0 && stored.FirstChangedResource(nft) == 0
            && stored.FirstChangedPriority(nft) == 0 && stored.FirstChangedReaction(nft) == 0
            && stored.ChildCount + stored.ResourceCount + stored.PriorityCount + stored.ReactionCount == 0;
    }

    [Fact]
    public void An_appended_child_is_a_change_at_the_stored_count()
    {
        var nft = TestNfts.Minted();
        nft.Children.Add(new NftChild("a", false));
        var stored = StoredNft.Of(nft);
        stored.FirstChangedChild(nft).ShouldBe(1);
        stored.ChildCount.ShouldBe(1);

        nft.Children.Add(new NftChild("b", true));
        stored.FirstChangedChild(nft).ShouldBe(1, "the first row is still right");
        stored.RememberChildren(nft);
        stored.FirstChangedChild(nft).ShouldBe(2);
        stored.ChildCount.ShouldBe(2);
    }

    [Fact]
    public void A_change_inside_a_set_is_found_at_its_position()
    {
        var nft = TestNfts.Minted();
        nft.Children.Add(new NftChild("a", false));
        nft.Children.Add(new NftChild("b", true));
        nft.Resources.Add(new Resource { Id = new JsString("r1") });
        nft.Resources.Add(new Resource { Id = new JsString("r2"), Pending = true });
        nft.Priority = [new JsString("r1"), new JsString("r2")];
        nft.Reactions["a"] = ["alice"];
        nft.Reactions["b"] = ["bob"];
        var stored = StoredNft.Of(nft);

        nft.Children[1].Pending = false;
        nft.Resources[1].Pending = false;
        nft.Priority = [nft.Priority[0], new JsString("r3")];
        nft.Reactions["b"].Add("carol");

        stored.FirstChangedChild(nft).ShouldBe(1);
        stored.FirstChangedResource(nft).ShouldBe(1);
        stored.FirstChangedPriority(nft).ShouldBe(1);
        stored.FirstChangedReaction(nft).ShouldBe(1);
    }

    [Fact]
    public void A_removed_entry_is_a_change_from_its_position_on()
    {
        var nft = TestNfts.Minted();
        nft.Children.Add(new NftChild("a", false));
        nft.Children.Add(new NftChild("b", false));
        nft.Children.Add(new NftChild("c", false));
        var stored = StoredNft.Of(nft);

        nft.Children.RemoveAt(1);
        stored.FirstChangedChild(nft).ShouldBe(1);

        nft.Children.RemoveAt(1);
        stored.FirstChangedChild(nft).ShouldBe(1, "only the tail went: the rows from the new count on are deleted");
    }
}
