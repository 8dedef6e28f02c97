using System.Text.Json.Serialization;

namespace Rmrk.Indexer.Input;

/// <summary>Source-generated (reflection-free, trimming-safe) metadata for reading input arrays.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(InputElement))]
internal sealed partial class InputJsonContext : JsonSerializerContext;
