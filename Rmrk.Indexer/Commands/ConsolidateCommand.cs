using System.CommandLine;
using System.Globalization;
using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Output;
using Rmrk.Indexer.Consolidation;
using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Commands;

/// <summary>
/// <c>rmrk consolidate INPUT [--ss58 N] [--out FILE] [--pretty] [--timing]</c>: replays a remark stream or a
/// dump in memory and prints the canonical state, as the reference's <c>consolidate.mjs</c> does.
/// </summary>
public static class ConsolidateCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("input") { Description = "A Remark[] or Block[] JSON file, or a fixture object" };
        var ss58 = new Option<int?>("--ss58") { Description = "SS58 prefix to re-encode addresses to (default 2, Kusama; 0 behaves as 42 like the reference)" }.Ss58Prefix();
        var output = new Option<FileInfo?>("--out") { Description = "Write the state to this file instead of standard output" };
        var pretty = new Option<bool>("--pretty") { Description = "Indent the JSON with two spaces" };
        var timing = new Option<bool>("--timing") { Description = "Print consolidate_ms=<n> remarks=<n> to standard error" };
        var emitInteractions = new Option<bool>("--emit-interaction-changes") { Description = "Add the per-remark interaction log (changes)" };
        var emitEmotes = new Option<bool>("--emit-emote-changes") { Description = "Record EMOTE toggles in NFT changes" };
        var summary = new Option<bool>("--summary") { Description = "Print only counts (NFTs, collections, bases, invalid by op)" };
        var spec = new Option<string>("--spec")
        {
            Description = "2.0.0 (default), 1.0.0 (as consolidate1.mjs prints it), or both: {\"1.0.0\": …, \"2.0.0\": …} from one stream",
            DefaultValueFactory = _ => "2.0.0",
        };
        spec.AcceptOnlyFromAmong("2.0.0", "1.0.0", "both");
        var command = new Command("consolidate", "Consolidate a remark stream in memory and print the canonical state")
        {
            input, ss58, output, pretty, timing, emitInteractions, emitEmotes, summary, spec,
        };
        command.SetAction(parse => Run(new Settings(
            parse.GetValue(input)!,
            parse.GetValue(ss58),
            parse.GetValue(output),
            parse.GetValue(pretty),
            parse.GetValue(timing),
            parse.GetValue(emitInteractions),
            parse.GetValue(emitEmotes),
            parse.GetValue(summary),
            parse.GetValue(spec)!)));
        return command;
    }

    private sealed record Settings(FileInfo Input, int? Ss58, FileInfo? Output, bool Pretty, bool Timing, bool EmitInteractions, bool EmitEmotes, bool Summary, string Spec);

    private static int Run(Settings settings)
    {
        try
        {
            OutputFile.RefuseInput(settings.Output?.FullName, settings.Input.FullName, "input");
            if (!string.Equals(settings.Spec, "2.0.0", StringComparison.Ordinal))
            {
                return SpecOneAndBoth.Run(settings.Input.FullName, settings.Spec, settings.Ss58, settings.Output, settings.Pretty);
            }

            var run = ConsolidationRun.ExecuteFile(
                settings.Input.FullName,
                fixture => ConsolidationRun.OptionsFor(fixture, settings.Ss58, settings.EmitInteractions, settings.EmitEmotes));
            if (settings.Timing)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"consolidate_ms={run.Elapsed.TotalMilliseconds:F1} remarks={run.RemarkCount}"));
            }

            WriteState(run, settings);
            return 0;
        }
        catch (Exception e) when (e is InputFormatException or OutputException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"error: {settings.Input.FullName}: {e.Message}");
            return 2;
        }
    }

    private static void WriteState(ConsolidationRun run, Settings settings) => OutputFile.Write(settings.Output?.FullName, writer =>
    {
        if (settings.Summary)
        {
            writer.Write(CanonicalJsonWriter.Serialize(StateSummary.Of(run.Consolidator.State, run.RemarkCount), settings.Pretty));
            writer.Write('\n');
            return;
        }

        Rmrk2StateWriter.Write(run.Consolidator.State, writer, settings.Pretty);
    });
}
