using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Indexer.Tests.Storage;

internal static class TestNfts
{
    /// <summary>A freshly minted top-level NFT: no children, resources, priority, reactions or history.</summary>
    public static Nft Minted(string owner = "alice") => new()
    {
        Id = "1-c-S-1",
        Block = 1,
        Collection = "c",
        Symbol = "S",
        Transferable = 1,
        Sn = "1",
        Owner = owner,
        RootOwner = owner,
        Properties = new JsObject(),
    };
}
