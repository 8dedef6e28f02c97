using System.Text.Json.Serialization;

namespace Rmrk.Indexer.Input;

/// <summary>A dump call or an extra: <c>{call, value, caller, extras?}</c>.</summary>
internal sealed class InputCall
{
    [JsonPropertyName("call")]
    public string? Call { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("caller")]
    public string? Caller { get; set; }

    [JsonPropertyName("extras")]
    public List<InputCall>? Extras { get; set; }
}
