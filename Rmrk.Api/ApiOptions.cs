using System.ComponentModel.DataAnnotations;

namespace Rmrk.Api;

/// <summary>Settings of the read API (section <c>Rmrk</c>, or <c>--Rmrk:Database=…</c> on the command line).</summary>
public sealed class ApiOptions
{
    public const string Section = "Rmrk";

    /// <summary>The SQLite database written by <c>rmrk sync</c>; opened read-only. Required.</summary>
    [Required]
    public string Database { get; set; } = string.Empty;

    /// <summary>The largest page a list endpoint returns (default 200).</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 200;

    /// <summary>
    /// The most NFTs one response nests in trees (default 5,000). Past it, children are still listed, with their
    /// NFT left out (<c>nft: null</c>) for a client to fetch on its own: anyone can send NFTs into anyone's NFT,
    /// and a bird flooded with tens of thousands of pending children made its owner's page tens of megabytes.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxTreeNodes { get; set; } = 5_000;
}
