using Rmrk.Indexer.Chain.Dump;

namespace Rmrk.Indexer.Tests.Chain;

public class UncachedFileStreamTests
{
    private const int Block = UncachedFileStream.BlockSize;

    public static TheoryData<int> Sizes => new() { 1, 4095, 4096, 4097, Block - 1, Block, Block + 1, (2 * Block) + 12_345 };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Reads_the_file_as_it_is_in_reads_of_any_size(int size)
    {
        using var folder = new TempFolder();
        byte[] content = Content(size, seed: size);
        using var stream = Open(folder, content);

        var random = new Random(size);
        using var read = new MemoryStream();
        byte[] buffer = new byte[300_000];
        int n;
        while ((n = stream.Read(buffer, 0, random.Next(1, buffer.Length))) > 0)
        {
            read.Write(buffer, 0, n);
        }

        read.ToArray().ShouldBe(content);
        stream.Position.ShouldBe(size);
        stream.Read(buffer, 0, 10).ShouldBe(0);
    }

    [Fact]
    public void Reads_from_wherever_the_position_is_set()
    {
        using var folder = new TempFolder();
        int size = (2 * Block) + 777;
        byte[] content = Content(size, seed: 3);
        using var stream = Open(folder, content);

        long[] positions = [Block + 5, 0, size - 1, Block, 4096, 100, (2 * Block) - 1, Block - 1, size, size + 10];
        byte[] buffer = new byte[10_000];
        foreach (long position in positions)
        {
            stream.Position = position;
            int n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            n.ShouldBe((int)Math.Clamp(size - position, 0, buffer.Length), $"bytes read from {position}");
            buffer.AsSpan(0, n).SequenceEqual(content.AsSpan((int)Math.Min(position, size), n)).ShouldBeTrue($"bytes read from {position}");
        }

        stream.Seek(-3, SeekOrigin.End).ShouldBe(size - 3);
        stream.ReadAtLeast(buffer, 3, throwOnEndOfStream: false).ShouldBe(3);
        buffer.AsSpan(0, 3).SequenceEqual(content.AsSpan(size - 3)).ShouldBeTrue();
    }

    [Fact]
    public void Is_disposed_while_the_next_block_is_being_read()
    {
        using var folder = new TempFolder();
        byte[] content = Content((3 * Block) + 1, seed: 5);
        var stream = Open(folder, content);
        stream.ReadByte().ShouldBe(content[0]);

        stream.Dispose();

        // The file is closed: it can be deleted and written again at once.
        File.WriteAllBytes(folder.File("dump.json"), [1]);
    }

    [Fact]
    public void An_empty_file_is_left_to_the_usual_reading()
    {
        using var folder = new TempFolder();
        string empty = folder.File("empty.json");
        File.WriteAllBytes(empty, []);
        using var file = new FileStream(empty, FileMode.Open, FileAccess.Read);

        UncachedFileStream.TryWrap(file).ShouldBeNull();
    }

    [Fact]
    public void A_dump_file_is_read_directly_where_the_file_system_allows_it()
    {
        using var folder = new TempFolder();
        string path = folder.File("dump.json");
        File.WriteAllText(path, """[{"block":5,"calls":[]}]""");

        using var reader = DumpReader.Open(path);

        reader.ReadElements().Single().Block.ShouldBe(5);
        if (SupportsDirectReads(folder))
        {
            reader.ReadsAroundPageCache.ShouldBeTrue();
        }
    }

    private static UncachedFileStream Open(TempFolder folder, byte[] content)
    {
        string path = folder.File("dump.json");
        File.WriteAllBytes(path, content);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read);
        var stream = UncachedFileStream.TryWrap(file);
        if (stream is null)
        {
            file.Dispose();
            throw new InvalidOperationException($"direct reads are not available for {path}: {Environment.OSVersion}, {System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture}");
        }

        return stream;
    }

    /// <summary>Linux on x64 or Arm64, in a folder not on tmpfs (which refuses direct reads).</summary>
    private static bool SupportsDirectReads(TempFolder folder) =>
        OperatingSystem.IsLinux() && !new DriveInfo(folder.Path).DriveFormat.Equals("tmpfs", StringComparison.OrdinalIgnoreCase);

    private static byte[] Content(int size, int seed)
    {
        byte[] content = new byte[size];
        new Random(seed).NextBytes(content);
        return content;
    }
}
