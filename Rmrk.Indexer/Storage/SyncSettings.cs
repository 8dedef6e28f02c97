using System.Globalization;
using Rmrk.Core.Rmrk2;

namespace Rmrk.Indexer.Storage;

/// <summary>
/// The consolidation options a database was built with. They decide the state, so a database keeps them and
/// refuses to continue under others.
/// </summary>
public sealed record SyncSettings(int? Ss58Format = 2, bool EmitInteractionChanges = false, bool EmitEmoteChanges = false)
{
    public ConsolidatorOptions ToConsolidatorOptions() => new()
    {
        Ss58Format = Ss58Format,
        EmitInteractionChanges = EmitInteractionChanges,
        EmitEmoteChanges = EmitEmoteChanges,
    };

    /// <inheritdoc cref="ConsolidatorOptions.ExtractionSs58Prefix"/>
    public int ExtractionSs58Prefix => ToConsolidatorOptions().ExtractionSs58Prefix;

    /// <summary>As <c>rmrk status</c> shows them, and as a refusal to continue under other options names them.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"ss58 {Ss58Format?.ToString(CultureInfo.InvariantCulture) ?? "null"}, interaction changes {OnOff(EmitInteractionChanges)}, emote changes {OnOff(EmitEmoteChanges)}");

    private static string OnOff(bool on) => on ? "on" : "off";
}
