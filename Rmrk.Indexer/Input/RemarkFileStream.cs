using System.IO.Compression;
using System.Text.Json;
using Rmrk.Core.Remarks;

namespace Rmrk.Indexer.Input;

/// <summary>
/// Streams the elements of a large input array (<c>Remark[]</c> or a dump <c>Block[]</c>, optionally gzip-
/// compressed) one at a time, so memory stays flat whatever the file size. Fixture objects are small and
/// read whole by <see cref="ConsolidationInputReader"/>.
/// </summary>
public static class RemarkFileStream
{
    /// <summary>True when the file (after gzip, if any) starts with '[': a top-level array to stream.</summary>
    public static bool IsArray(string path)
    {
        using var stream = OpenDecompressed(path);
        int b;
        while ((b = stream.ReadByte()) is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF)
        {
        }

        return b == '[';
    }

    /// <summary>The elements in file order: each a <see cref="Remark"/> or a <see cref="Block"/>.</summary>
    /// <exception cref="InputFormatException">Malformed JSON (with its line and byte) or an element of neither shape.</exception>
    public static IEnumerable<object> ReadElements(string path)
    {
        using var stream = OpenDecompressed(path);
        var elements = JsonSerializer.DeserializeAsyncEnumerable(stream, InputJsonContext.Default.InputElement).ToBlockingEnumerable();
        using var e = elements.GetEnumerator();
        int index = 0;
        while (true)
        {
            InputElement? element;
            try
            {
                if (!e.MoveNext())
                {
                    yield break;
                }

                element = e.Current;
            }
            catch (JsonException ex)
            {
                throw new InputFormatException($"{path}: line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1} of the line (element {index}): {ex.Message}", ex);
            }

            yield return ToRemarkOrBlock(element, path, index++);
        }
    }

    private static object ToRemarkOrBlock(InputElement? element, string path, int index)
    {
        if (element?.Calls is { } calls)
        {
            var blockCalls = new List<BlockCall>(calls.Count);
            foreach (var call in calls)
            {
                blockCalls.Add(new BlockCall(call.Call ?? string.Empty, call.Value ?? string.Empty, call.Caller ?? string.Empty, Extras(call.Extras)));
            }

            return new Block(element.Block, blockCalls);
        }

        if (element?.Remark is null || element.InteractionType is null)
        {
            throw new InputFormatException($"{path}: element {index} is neither a Remark ({{block, caller, interaction_type, version, remark}}) nor a Block ({{block, calls}})");
        }

        return new Remark(element.Block, element.Caller ?? string.Empty, element.InteractionType, element.Version ?? string.Empty, element.Remark, Extras(element.ExtraEx));
    }

    private static List<Extra>? Extras(List<InputCall>? extras)
    {
        if (extras is null)
        {
            return null;
        }

        var result = new List<Extra>(extras.Count);
        foreach (var extra in extras)
        {
            result.Add(new Extra(extra.Call ?? string.Empty, extra.Value ?? string.Empty, extra.Caller ?? string.Empty));
        }

        return result;
    }

    private static Stream OpenDecompressed(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        int b0 = file.ReadByte();
        int b1 = file.ReadByte();
        file.Position = 0;
        return b0 == 0x1F && b1 == 0x8B ? new GZipStream(file, CompressionMode.Decompress) : file;
    }
}
