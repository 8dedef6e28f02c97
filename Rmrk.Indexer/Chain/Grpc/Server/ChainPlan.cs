using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rmrk.Indexer.Chain.Grpc.Server;

/// <summary>
/// What the development server does besides replaying the dump (a JSON file):
/// <code>
/// {
///   "finalityLag": 2,                                   // blocks between the best and the finalized block
///   "forks": [{"afterBlock": 10000003, "length": 2}],   // NEW fork blocks on top of that block, then UNDO
///   "disconnects": [{"afterMessages": 25}],             // drop the connection after the 25th message served
///   "corruptions": [{"block": 10000009, "kind": "bad-parent"}]
/// }
/// </code>
/// Corruption kinds: <c>bad-parent</c>, <c>no-block</c>, <c>no-step</c>, <c>bad-caller</c>,
/// <c>undo-unknown</c> (an UNDO of a block never sent, before that block).
/// </summary>
public sealed record ChainPlan
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public int FinalityLag { get; init; } = 2;

    public IReadOnlyList<ForkPlan> Forks { get; init; } = [];

    public IReadOnlyList<DisconnectPlan> Disconnects { get; init; } = [];

    public IReadOnlyList<CorruptionPlan> Corruptions { get; init; } = [];

    /// <summary>
    /// Stream every step (NEW, UNDO, FINAL) even to clients that ask for finalized blocks only, as a bridge without a
    /// server-side filter would: the client must then buffer NEW blocks itself until they are final.
    /// </summary>
    public bool IgnoreFinalizedOnly { get; init; }

    public static ChainPlan Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<ChainPlan>(File.ReadAllText(path), s_json) ?? new ChainPlan();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a chain plan: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read the file: {e.Message}", e);
        }
    }
}
