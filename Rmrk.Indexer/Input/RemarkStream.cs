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
    /// <summary>
    /// True when the reader's input (after gzip, if any) starts with '[': a top-level array to stream. Nothing is
    /// consumed.
    /// </summary>
    /// <exception cref="InputFormatException">The input cannot be read (a corrupt gzip stream fails on its first byte).</exception>
    public static bool IsArray(DumpReader reader, string path) => AtPath(path, reader, static r => r.StartsWithArray());

    /// <summary>The rest of the reader's input, for a fixture object read whole; errors name <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">The input cannot be read.</exception>
    public static byte[] ReadWhole(DumpReader reader, string path)
    {
        try
        {
            return AtPath(path, reader, static r => r.ReadToEnd());
        }
        catch (IOException e)
        {
            throw InputFormatException.CannotRead(path, e);
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
        bool more = AtPath(path, elements, static e => e.MoveNext());
        element = more ? elements.Current : default;
        return more;
    }

    /// <summary>Reads from the input; an error that does not name the file is given its name.</summary>
    private static T AtPath<TSource, T>(string path, TSource source, Func<TSource, T> read)
    {
        try
        {
            return read(source);
        }
        catch (InputFormatException e) when (!e.Names(path))
        {
            throw new InputFormatException(e.MessageAt(path), e);
        }
    }
}
