using System.Text.Json.Serialization;

namespace Rmrk.Indexer.Input;

/// <summary>
/// One element of a top-level input array as System.Text.Json reads it: either an rmrk-tools Remark
/// (<c>interaction_type</c> and <c>remark</c> set) or a dump block (<c>calls</c> set).
/// </summary>
internal sealed class InputElement
{
    [JsonPropertyName("block")]
    public long Block { get; set; }

    [JsonPropertyName("caller")]
    public string? Caller { get; set; }

    [JsonPropertyName("interaction_type")]
    public string? InteractionType { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("remark")]
    public string? Remark { get; set; }

    [JsonPropertyName("extra_ex")]
    public List<InputCall>? ExtraEx { get; set; }

    [JsonPropertyName("calls")]
    public List<InputCall>? Calls { get; set; }
}
