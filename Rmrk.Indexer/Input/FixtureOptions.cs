namespace Rmrk.Indexer.Input;

/// <summary>The <c>options</c> of a fixture file (rmrk2-semantics.md §10).</summary>
public sealed record FixtureOptions
{
    /// <summary>True when the fixture names <c>ss58Format</c> at all (then <see cref="Ss58Format"/> may be null).</summary>
    public bool HasSs58Format { get; init; }

    public int? Ss58Format { get; init; }

    public bool EmitInteractionChanges { get; init; }

    public bool EmitEmoteChanges { get; init; }
}
