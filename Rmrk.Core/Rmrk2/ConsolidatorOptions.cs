namespace Rmrk.Core.Rmrk2;

/// <summary>Options of a consolidation, as the reference's <c>Consolidator</c> constructor takes them.</summary>
public sealed record ConsolidatorOptions
{
    /// <summary>
    /// The SS58 prefix issuers and recipients are re-encoded to (Kusama = 2). The reference treats a falsy
    /// value (0 or null) as "not given" and then encodes with the default prefix 42.
    /// </summary>
    public int? Ss58Format { get; init; } = 2;

    /// <summary>Record EMOTE toggles in the NFT's <c>changes</c>.</summary>
    public bool EmitEmoteChanges { get; init; }

    /// <summary>Keep the per-remark interaction-changes log (§7).</summary>
    public bool EmitInteractionChanges { get; init; }

    /// <summary>
    /// Parse the next batch of remarks on another thread while applying the current one (see
    /// <see cref="Consolidator.Consolidate"/>). Not a reference option: the output is the same either way.
    /// </summary>
    public bool ParseAhead { get; init; } = true;

    /// <summary>The prefix encodeAddress actually uses.</summary>
    public int EffectiveSs58Prefix => Ss58Format is null or 0 ? 42 : Ss58Format.Value;

    /// <summary>
    /// The prefix callers are re-encoded to when blocks are turned into remarks: rmrk-tools' <c>ss58Format || 2</c>
    /// (Kusama), unlike <see cref="EffectiveSs58Prefix"/>.
    /// </summary>
    public int ExtractionSs58Prefix => HasSs58Format ? Ss58Format!.Value : 2;

    /// <summary>Whether the reference's <c>this.ss58Format</c> is set (BUY re-encodes transfers only then).</summary>
    public bool HasSs58Format => Ss58Format is not null and not 0;
}
