using Rmrk.Core.Remarks;
using Rmrk.Indexer.Chain.Dump;

namespace Rmrk.Indexer.Input;

/// <summary>
/// The remarks of a large input array — a <c>Remark[]</c> or a dump <c>Block[]</c>, gzip-compressed or not —
/// streamed through <see cref="DumpReader"/> (constant memory, errors name the byte offset), dump rows turned
/// into remarks by the extractor. Fixture objects are small and read whole by <see cref="ConsolidationInputReader"/>.
/// </summary>
public static class RemarkStream
{
    /// <summary>True when the file (after gzip, if any) starts with '[': a top-level array to stream.</summary>
    /// <exception cref="InputFormatException">The file cannot be read.</exception>
    public static bool IsArray(string path)
    {
        using var reader = DumpReader.Open(path);
        return IsArray(reader, path);
    }

    /// <summary>True when the reader's input starts with '['; nothing is consumed.</summary>
    /// <exception cref="InputFormatException">The input cannot be read.</exception>
    public static bool IsArray(DumpReader reader, string path)
    {
        try
        {
            return reader.StartsWithArray();
        }
        catch (InputFormatException e) when (!e.Names(path))
        {
            // A corrupt gzip stream fails on its first byte.
            throw new InputFormatException(e.MessageAt(path), e);
        }
    }

    /// <exception cref="InputFormatException">Malformed JSON, or an array that mixes remarks and blocks.</exception>
    public static IEnumerable<Remark> Read(string path, RemarkExtractor extractor)
    {
        using var reader = DumpReader.Open(path);
        foreach (var remark in Read(reader, path, extractor))
        {
            yield return remark;
        }
    }

    /// <summary>The remarks of an array the reader is at the start of; errors name <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">Malformed JSON, or an array that mixes remarks and blocks.</exception>
    public static IEnumerable<Remark> Read(DumpReader reader, string path, RemarkExtractor extractor)
    {
        using var elements = reader.ReadElements().GetEnumerator();
        bool? blocks = null;
        while (Next(elements, path, out var element))
        {
            bool isBlock = element.Calls is not null;
            if ((blocks ??= isBlock) != isBlock)
            {
                throw new InputFormatException($"{path}: byte {element.Offset}: the array mixes Remark objects and Block objects");
            }

            if (element.Remark is { } remark)
            {
                yield return remark;
                continue;
            }

            foreach (var call in element.Calls!)
            {
                if (extractor.Extract(element.Block, call) is { } extracted)
                {
                    yield return extracted;
                }
            }
        }
    }

    /// <summary>The next element; a reading error is reported with the file's name.</summary>
    private static bool Next(IEnumerator<DumpElement> elements, string path, out DumpElement element)
    {
        try
        {
            bool more = elements.MoveNext();
            element = more ? elements.Current : default;
            return more;
        }
        catch (InputFormatException e) when (!e.Names(path))
        {
            throw new InputFormatException(e.MessageAt(path), e);
        }
    }
}
