using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2;

/// <summary>
/// Reads, on the parsing thread, the NFTs that a parsed batch will act on, before the applying thread gets to it.
/// Once the state outgrows the processor's caches the applying thread spends most of its time waiting on memory
/// for NFTs, owners and lists spread over hundreds of megabytes, while the parsing thread, which needs no state,
/// is idle for half of each batch. Reading them there first made the later 100k-remark segments of a 1M-remark
/// consolidation about a quarter faster (docs/performance.md, twenty-third session).
/// </summary>
/// <remarks>
/// The applying thread writes the NFT table meanwhile, so these reads race with its writes. That is safe here
/// and only here: nothing read is kept or acted on, .NET keeps racy reads memory- and type-safe, and a lookup
/// caught in a resize either misses, finds a stale entry, or throws, which ends that one lookup.
/// </remarks>
internal static class StatePrefetch
{
    /// <summary>How far up an NFT's owner chain to read: the owner checks of most transitions walk it.</summary>
    private const int OwnerLevels = 2;

    /// <summary>Keeps the reads from being optimised away.</summary>
    private static int s_sink;

    public static void Touch(Dictionary<string, Nft> nfts, ParseAhead.Batch batch)
    {
        int sink = 0;
        for (int i = 0; i < batch.Count && !batch.Reached; i++)
        {
            var (nftId, otherId) = NamedNfts(batch.Parsed[i].Interaction);
            sink += TouchChain(nfts, nftId, OwnerLevels) + TouchChain(nfts, otherId, 1);
        }

        s_sink += sink;
    }

    /// <summary>The NFT an interaction acts on, and the other NFT it may name (a recipient, a child).</summary>
    private static (string? NftId, string? OtherId) NamedNfts(object? interaction) => interaction switch
    {
        Mint m => (m.Id, m.Recipient),
        ResAdd r => (r.NftId, null),
        Send s => (s.Id, s.Recipient),
        Accept a => (a.NftId, a.IsNft ? a.Id : null),
        Equip e => (e.Id, null),
        SetPriority p => (p.Id, null),
        SetProperty p => (p.Id, null),
        List l => (l.Id, null),
        Buy b => (b.Id, b.Recipient),
        Emote e => (e.Id, null),
        Burn b => (b.Id, null),
        _ => (null, null),
    };

    private static int TouchChain(Dictionary<string, Nft> nfts, string? id, int levels)
    {
        int sink = 0;
        for (int level = 0; level < levels && id is not null && !Rmrk2Context.IsAccount(id); level++)
        {
            var nft = Find(nfts, id);
            if (nft is null)
            {
                break;
            }

            sink += nft.Owner.Length + nft.RootOwner.Length + nft.ChildrenOrEmpty.Count + nft.ResourcesOrEmpty.Count + nft.ChangesOrEmpty.Count;
            id = nft.Owner;
        }

        return sink;
    }

    private static Nft? Find(Dictionary<string, Nft> nfts, string id)
    {
        try
        {
            return nfts.TryGetValue(id, out var nft) ? nft : null;
        }
        catch (InvalidOperationException)
        {
            // The table's check for a chain longer than itself: a resize was under way.
            return null;
        }
        catch (IndexOutOfRangeException)
        {
            // Bucket and entry arrays of two sizes, read in the middle of a resize.
            return null;
        }
        catch (NullReferenceException)
        {
            // The first insert, read while the table was being made.
            return null;
        }
    }
}
