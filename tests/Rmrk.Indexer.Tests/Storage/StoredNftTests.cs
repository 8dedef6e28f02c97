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
        return stored.SameChildren(nft) && stored.SameResources(nft) && stored.SamePriority(nft) && stored.SameReactions(nft);
    }

    [Fact]
    public void A_child_added_after_remembering_is_a_change()
    {
        var nft = TestNfts.Minted();
        var stored = StoredNft.Of(nft);
        nft.Children.Add(new NftChild("child", false));
        stored.SameChildren(nft).ShouldBeFalse();
        stored.RememberChildren(nft);
        stored.SameChildren(nft).ShouldBeTrue();
    }
}
