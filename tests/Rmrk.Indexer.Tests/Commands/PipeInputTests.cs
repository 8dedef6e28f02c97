using System.IO.Compression;

namespace Rmrk.Indexer.Tests.Commands;

/// <summary>
/// Inputs that can be read only once, in order, as <c>--source &lt;(zcat dump.gz)</c> or standard input gives them:
/// the program tells gzip from its first bytes without seeking back, and reads the input once.
/// </summary>
public class PipeInputTests
{
    private const string Fixture = "accept--accept-a-child-nft-on-a-nft.json";

    [Theory]
    [InlineData("dump", true)]
    [InlineData("fixture", false)]
    [InlineData("fixture", false, "--spec", "both")]
    public async Task Consolidate_reads_a_piped_input_as_it_reads_the_file(string input, bool gzip, params string[] options)
    {
        using var temp = new TempFolder();
        string file = input == "dump" ? GeneratedDumps.Get("pipe", 2_000) : Path.Combine(TestPaths.RmrkFixtures, Fixture);
        var fromFile = await RmrkCli.Run(["consolidate", .. options, file]);
        fromFile.ExitCode.ShouldBe(0, fromFile.Errors);

        byte[] bytes = File.ReadAllBytes(file);
        var fromPipe = await RunFromPipe(temp, gzip ? Gzip(bytes) : bytes, path => ["consolidate", .. options, path]);

        fromPipe.ExitCode.ShouldBe(0, fromPipe.Errors);
        fromPipe.Output.ShouldBe(fromFile.Output);
    }

    [Fact]
    public async Task Sync_reads_a_gzip_compressed_dump_from_a_pipe_into_the_same_state()
    {
        using var temp = new TempFolder();
        string dump = GeneratedDumps.Get("pipe", 2_000);
        string fromFileDb = temp.File("file.sqlite");
        string fromPipeDb = temp.File("pipe.sqlite");
        (await RmrkCli.Run("sync", "--source", dump, "--db", fromFileDb)).ExitCode.ShouldBe(0);

        var synced = await RunFromPipe(temp, Gzip(File.ReadAllBytes(dump)), path => ["sync", "--source", path, "--db", fromPipeDb]);

        synced.ExitCode.ShouldBe(0, synced.Errors);
        (await RmrkCli.Run("export", "--db", fromPipeDb)).Output.ShouldBe((await RmrkCli.Run("export", "--db", fromFileDb)).Output);
    }

    private static Task<(int ExitCode, string Output, string Errors)> RunFromPipe(TempFolder temp, byte[] input, Func<string, string[]> args)
    {
        var pipe = NamedPipe.Create(temp, "input");
        return pipe.Feed(args(pipe.Path), input);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return compressed.ToArray();
    }
}
