using System.Collections.Concurrent;
using System.Diagnostics;

namespace Rmrk.Indexer.Tests;

/// <summary>
/// Dumps made by the reference's generator (<c>gen.mjs --format blocks</c>, or <c>remarks</c>), cached per seed, size and format in
/// the temp folder: the generator is deterministic, so a cached file is the same bytes.
/// </summary>
public static class GeneratedDumps
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> s_files = new(StringComparer.Ordinal);

    public static bool Available => File.Exists(TestPaths.Generator)
        && Directory.Exists(Path.Combine(TestPaths.Shared, "oracle", "node_modules"));

    public static string Get(string seed, int count, string format = "blocks")
    {
        if (!Available)
        {
            Assert.Fail("the reference generator is not installed: run `npm ci` in ../shared/oracle (.ci/run does)");
        }

        return s_files.GetOrAdd($"{seed}-{count}-{format}", _ => new Lazy<string>(() => Generate(seed, count, format))).Value;
    }

    private static string Generate(string seed, int count, string format)
    {
        string folder = Path.Combine(Path.GetTempPath(), "rmrk-indexer-tests", "dumps");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, format == "blocks" ? $"gen-{seed}-{count}.json" : $"gen-{seed}-{count}-{format}.json");
        if (File.Exists(path))
        {
            return path;
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { TestPaths.Generator, "--seed", seed, "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", format })
        {
            start.ArgumentList.Add(arg);
        }

        string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var process = Process.Start(start)!)
        using (var file = File.Create(temporary))
        {
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(file);
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"gen.mjs failed: {errors.Result}");
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
