using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2;
using Rmrk.Indexer.Input;
using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Chain.Dump;

/// <summary>
/// Turns dump elements into <see cref="SourceBlock"/>s: remarks extracted block by block as the reference's
/// <c>getRemarksFromBlocks</c> does, the trailing sentinel kept as an empty block (it moves the cursor), and
/// a <c>Remark[]</c> file grouped into blocks by consecutive block numbers. Blocks must ascend; a sentinel
/// repeating the last block number is tolerated.
/// </summary>
/// <param name="parser">
/// When given, the remarks of a block dump come parsed (<see cref="SourceBlock.Parsed"/>) and without their texts,
/// parsed where the reader decoded them. It must be the consolidation's parser, and is used on the reading thread.
/// Rows whose hex does not decode exactly keep their texts and are parsed from them; a <c>Remark[]</c> file and a
/// block whose calls precede its number come unparsed, with their texts.
/// </param>
public sealed class DumpBlockSource(DumpReader reader, RemarkExtractor extractor, InteractionParser? parser = null) : IBlockSource
{
    public double? Fraction => reader.Fraction;

    /// <param name="skipThrough">Blocks up to this number are yielded without extracting their remarks.</param>
    public IEnumerable<SourceBlock> ReadBlocks(long skipThrough) => ReadBlocks(skipThrough, null, CancellationToken.None);

    /// <inheritdoc cref="ReadBlocks(long)"/>
    /// <param name="resumeAt">A committed block (up to <paramref name="skipThrough"/>) to start reading at, when the
    /// dump can seek there and the element there is that block; otherwise reading starts at the beginning.</param>
    /// <param name="cancellationToken">Looked at between elements; a read from the file itself is not interrupted.</param>
    public IEnumerable<SourceBlock> ReadBlocks(long skipThrough, SourcePosition? resumeAt, CancellationToken cancellationToken)
    {
        long last = -1;
        List<Remark>? group = null;
        long groupOffset = 0;
        bool sawBlocks = false;
        foreach (var element in reader.ReadElements(new CallExtraction(extractor, skipThrough, parser), resumeAt is { } at && at.Block <= skipThrough ? at : null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (element.Remark is { } remark)
            {
                if (sawBlocks)
                {
                    throw new InputFormatException($"byte {element.Offset}: the dump mixes Remark objects and blocks");
                }

                if (group is not null && remark.Block == last)
                {
                    group.Add(remark);
                    continue;
                }

                CheckOrder(element, last);
                if (group is not null)
                {
                    yield return new SourceBlock(last, null, group, groupOffset);
                }

                group = [remark];
                groupOffset = element.Offset;
                last = remark.Block;
                continue;
            }

            if (group is not null)
            {
                throw new InputFormatException($"byte {element.Offset}: the dump mixes Remark objects and blocks");
            }

            sawBlocks = true;
            if (element.Block == last && (element.Extracted?.CallCount ?? element.Calls!.Count) == 0)
            {
                continue; // the sentinel names the last scanned block, which may be the last one with remarks
            }

            CheckOrder(element, last);
            last = element.Block;
            yield return new SourceBlock(element.Block, element.Hash, RemarksOf(element, skipThrough), element.Offset) { Parsed = element.Extracted?.Parsed };
        }

        if (group is not null)
        {
            yield return new SourceBlock(last, null, group, groupOffset);
        }
    }

    private IReadOnlyList<Remark> RemarksOf(DumpElement element, long skipThrough)
    {
        if (element.Extracted is { } extracted)
        {
            return extracted.Error is null ? extracted.Remarks : throw new InputFormatException(extracted.Error);
        }

        return element.Block <= skipThrough ? [] : Extract(element, element.Calls!);
    }

    private List<Remark> Extract(DumpElement element, IReadOnlyList<BlockCall> calls)
    {
        var remarks = new List<Remark>(calls.Count);
        foreach (var call in calls)
        {
            Remark? remark;
            try
            {
                remark = extractor.Extract(element.Block, call);
            }
            catch (FormatException e)
            {
                // The reference aborts the whole conversion on an undecodable caller; so do we, at this block.
                throw new InputFormatException($"byte {element.Offset}: {e.Message}", e);
            }

            if (remark is not null)
            {
                remarks.Add(remark);
            }
        }

        return remarks;
    }

    private static void CheckOrder(DumpElement element, long last)
    {
        if (element.Block <= last)
        {
            throw new InputFormatException($"byte {element.Offset}: block {element.Block} comes after block {last}; a dump lists blocks in ascending order, each once");
        }
    }
}
