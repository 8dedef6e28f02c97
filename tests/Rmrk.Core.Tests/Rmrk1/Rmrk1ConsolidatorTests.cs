using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1;
using Rmrk.Core.Rmrk1.Transitions;

namespace Rmrk.Core.Tests.Rmrk1;

public class Rmrk1ConsolidatorTests
{
    private const string Alice = "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F";
    private const string Bob = "FoQJpPyadYccjavVdTWxpxU7rUEaYhfLCPwXgkfD6Zat9QP";
    private const string CollectionId = "0101010101010101-AAA";
    private const string NftId = "11-0101010101010101-AAA-TOKEN-0000000000000001";

    private static Remark MintCollection(long block, string caller) => new(
        block,
        caller,
        OpTypes.Mint,
        OpTypes.Version,
        "RMRK::MINT::1.0.0::{\"name\"%3A\"A\"%2C\"max\"%3A1%2C\"issuer\"%3A\"" + caller
            + "\"%2C\"symbol\"%3A\"AAA\"%2C\"id\"%3A\"" + CollectionId + "\"%2C\"metadata\"%3A\"ipfs%3A%2F%2Fx\"}");

    private static Remark MintNft(long block, string caller) => new(
        block,
        caller,
        OpTypes.MintNft,
        OpTypes.Version,
        "RMRK::MINTNFT::1.0.0::{\"collection\"%3A\"" + CollectionId
            + "\"%2C\"name\"%3A\"T\"%2C\"instance\"%3A\"TOKEN\"%2C\"transferable\"%3A1%2C\"sn\"%3A\"0000000000000001\"%2C\"metadata\"%3A\"ipfs%3A%2F%2Fy\"}");

    private static Remark Op(long block, string caller, string op, string rest) =>
        new(block, caller, op, OpTypes.Version, $"RMRK::{op}::1.0.0::{rest}");

    private static Rmrk1Consolidator Minted()
    {
        var consolidator = new Rmrk1Consolidator();
        consolidator.Consolidate([MintCollection(10, Alice), MintNft(11, Alice)]);
        return consolidator;
    }

    [Fact]
    public void Mint_nft_makes_the_collection_issuer_the_owner()
    {
        var state = Minted().State;

        state.Nfts.Count.ShouldBe(1);
        state.Nfts[0].Id.ShouldBe(NftId);
        state.Nfts[0].Owner.ShouldBe(Alice);
        state.Invalid.ShouldBeEmpty();
    }

    [Fact]
    public void A_rejected_send_leaves_the_nft_untouched_and_records_the_exact_message()
    {
        var consolidator = Minted();

        Rejection? rejection = consolidator.Apply(Op(12, Bob, OpTypes.Send, $"{NftId}::{Bob}"));

        rejection.ShouldNotBeNull();
        rejection.Value.Code.ShouldBe(RejectionCode.NotOwner);
        rejection.Value.Message.ShouldBe($"[SEND] Attempting to send non-owned NFT {NftId}, real owner: {Alice}");
        consolidator.State.Nfts[0].Owner.ShouldBe(Alice);
        consolidator.State.Nfts[0].Changes.ShouldBeEmpty();
        consolidator.State.Invalid.Count.ShouldBe(1);
    }

    [Fact]
    public void Unknown_and_lower_case_ops_are_skipped_without_an_invalid_entry()
    {
        var consolidator = Minted();

        consolidator.Apply(Op(12, Alice, "BURN", NftId)).ShouldBeNull();
        consolidator.Apply(Op(12, Alice, "send", $"{NftId}::{Bob}")).ShouldBeNull();

        consolidator.State.Invalid.ShouldBeEmpty();
    }

    [Fact]
    public void A_parse_failure_names_the_whole_remark_as_object_id()
    {
        var consolidator = Minted();
        var remark = new Remark(12, Alice, OpTypes.List, "RMRK1.0.0", $"RMRK::LIST::RMRK1.0.0::{NftId}::5");

        consolidator.Apply(remark);

        var entry = consolidator.State.Invalid.ShouldHaveSingleItem();
        entry.ObjectId.ShouldBe(remark.Text);
        entry.Message.ShouldBe("[LIST] Dead before instantiation: This remark was issued under version RMRK1.0.0 instead of 1.0.0");
    }

    [Fact]
    public void Emote_toggles_the_caller_and_keeps_an_emptied_list()
    {
        var consolidator = Minted();

        consolidator.Apply(Op(12, Bob, OpTypes.Emote, $"{NftId}::1F600"));
        consolidator.State.Nfts[0].Reactions["1F600"].ShouldBe([Bob]);
        consolidator.Apply(Op(13, Bob, OpTypes.Emote, $"{NftId}::1F600"));

        consolidator.State.Nfts[0].Reactions["1F600"].ShouldBeEmpty();
    }

    [Fact]
    public void Mint_nft_at_block_zero_aborts_like_the_reference()
    {
        var consolidator = new Rmrk1Consolidator();
        consolidator.Apply(MintCollection(0, Alice));

        Should.Throw<InvalidOperationException>(() => consolidator.Apply(MintNft(0, Alice)))
            .Message.ShouldBe("This token is not minted, so it cannot have an ID.");
    }
}
