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
}
