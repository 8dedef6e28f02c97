namespace Rmrk.Indexer.Tests.Commands;

/// <summary>
/// A numeric option out of its range is a parse error naming it, before anything runs (it crashed bench, made sync commit
/// every block, and an impossible SS58 prefix was written into a new database, which then refused every later run).
/// </summary>
public class OptionRangeTests
{
    [Theory]
    [InlineData("--iterations must be at least 1, not 0", "bench", "{sample}", "--iterations", "0", "--no-reference")]
    [InlineData("--runs must be at least 1, not -1", "bench", "{sample}", "--runs", "-1", "--no-reference")]
    [InlineData("--batch-remarks must be at least 1, not 0", "sync", "--source", "{sample}", "--db", "{db}", "--batch-remarks", "0")]
    [InlineData("--batch-ms must be at least 1, not 0", "sync", "--source", "{sample}", "--db", "{db}", "--batch-ms", "0")]
    [InlineData("--max-retries must be at least 0, not -1", "sync", "--source", "grpc://127.0.0.1:1", "--db", "{db}", "--max-retries", "-1")]
    [InlineData("--port must be from 0 to 65535, not 70000", "chain-core", "serve", "--dump", "{sample}", "--port", "70000")]
    [InlineData("--ss58 must be an SS58 prefix from 0 to 16383 other than the reserved 46 and 47, not 70000", "sync", "--source", "{sample}", "--db", "{db}", "--ss58", "70000")]
    [InlineData("--ss58 must be an SS58 prefix from 0 to 16383 other than the reserved 46 and 47, not 46", "sync", "--source", "grpc://127.0.0.1:1", "--db", "{db}", "--ss58", "46")]
    [InlineData("--ss58 must be an SS58 prefix from 0 to 16383 other than the reserved 46 and 47, not 16384", "consolidate", "{sample}", "--ss58", "16384")]
    [InlineData("--ss58 must be an SS58 prefix from 0 to 16383 other than the reserved 46 and 47, not -1", "consolidate", "{sample}", "--ss58", "-1")]
    public async Task An_option_out_of_range_is_refused_before_anything_runs(string message, params string[] args)
    {
        using var folder = new TempFolder();
        string db = folder.File("db.sqlite");

        var (exitCode, _, errors) = await RmrkCli.Run([.. args.Select(a => a.Replace("{sample}", TestPaths.SampleDump, StringComparison.Ordinal).Replace("{db}", db, StringComparison.Ordinal))]);

        exitCode.ShouldBe(1);
        errors.ShouldStartWith(message);
        File.Exists(db).ShouldBeFalse();
    }
}
