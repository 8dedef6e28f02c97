using System.Runtime.InteropServices;
using System.Text;

namespace Rmrk.Indexer.Hosting;

/// <summary>
/// Runs a replaying command with runtime settings read once at startup that runtimeconfig.json cannot give it: the
/// tiering delay exists only as an environment variable, and the gen0 budget, which runtimeconfig.json could carry,
/// would then apply to every command. The program executes itself again in the same process (same process id, so
/// signals, exit codes and a parent's wait are unchanged) with the settings added to its environment.
/// </summary>
/// <remarks>
/// A setting the user already gave, under either prefix and whatever its value, is left as the user chose it, and is
/// what the children of bench and bench-sync inherit; when the user gave every setting the command takes, there is
/// no restart. Linux only (it needs /proc).
/// </remarks>
internal static unsafe partial class ReplayRuntime
{
    /// <summary>
    /// The runtime postpones optimising hot methods until 100 ms pass without a method being called for the first
    /// time, and a replay keeps meeting first calls for seconds: a dictionary's first resize, the first non-ASCII
    /// text, a first spin-wait between threads. Its runtime events showed tiering paused for about three quarters of
    /// the first three seconds of a 1M-remark consolidation while the hot code ran unoptimised. Measured in
    /// alternating runs: syncing the 1M-remark dump 9.7-10.6 s against 13.6-14.9 s, consolidating 1M remarks
    /// 2.3-2.5 s against 3.7-4.0 s; bench's in-process warm-up settles in 6-7 runs instead of 10-24.
    /// </summary>
    public static readonly Setting TieringDelay = new("TC_CallCountingDelayMs", "0", ["sync", "consolidate", "bench-sync", "bench"]);

    /// <summary>
    /// The largest gen0 budget per heap, in hexadecimal bytes: 128 MB instead of the server GC's default (a
    /// collection about every 370 MB allocated with two heaps). A sync allocates 2.2 GB for 1M remarks and keeps a
    /// third of it; with the smaller budget it collects 9 times instead of 6, at the same pauses, and its peak is
    /// 80 MB lower. Fifteen alternating pairs of 1M-remark syncs: mean 6.81 s against 7.09 s, 13 of 15 faster.
    /// Consolidation alone (consolidate, bench) is not given it: its warm runs were slower with it (100k 48.9-49.3
    /// against 44.0-48.2 ms by the median).
    /// </summary>
    public static readonly Setting Gen0Budget = new("GCGen0MaxBudget", "8000000", ["sync", "bench-sync"]);

    /// <summary>
    /// Profile instrumentation from a method's first compile, instead of only once it is hot. By default a hot method
    /// is compiled three times (unoptimised, then instrumented to gather its profile, then optimised with it), and a
    /// hot precompiled framework method is compiled twice (instrumented, then optimised). With 0, our methods are
    /// instrumented from their first compile, and hot precompiled methods go straight to optimised code without a
    /// profile of their own. A one-shot replay compiles about 6,300 methods, and the compiler thread shares the two
    /// cores with the replay. Measured in alternating runs: syncing the 1M-remark dump took 0.4 s less user CPU (18
    /// pairs, means 9.0 against 9.4 s) and about 0.1-0.2 s less wall time; a cold consolidation of 100k remarks
    /// 283-318 ms against 313-350 ms. bench is not given it: warm runs, the figure it reports, were as fast or a
    /// little slower with it (min 50.6-62.1 against 48.4-57.8 ms in four pairs of 30 runs).
    /// </summary>
    public static readonly Setting InstrumentFromFirstCompile = new("TieredPGO_InstrumentOnlyHotCode", "0", ["sync", "consolidate", "bench-sync"]);

    /// <summary>
    /// For consolidate: optimise a method once it has been called 4,096 times (hexadecimal 1000, as the runtime reads
    /// these variables) instead of 30. Its hot methods run per remark, hundreds of thousands of times, and pass either
    /// count at once; the default also optimised about a thousand methods called a few dozen to a few thousand times
    /// (start-up, reading the input, rare paths), each compiled again for nothing: on the 1M-remark sync, 1,241
    /// optimising compiles instead of 2,255. A cold consolidation of 100k remarks took 0.66-0.68 s instead of
    /// 0.79-0.82 s of process time (1.0 s of CPU instead of 1.3 s) in alternating runs. Syncs are not given it: their
    /// CPU fell by about 0.3 s, but their times moved both ways over 24 alternating pairs. Nor is bench, whose figure
    /// is the warm one, after its warm-up has let tiering settle (its cold run is a consolidate, which has it).
    /// </summary>
    public static readonly Setting LateOptimisation = new("TC_CallCountThreshold", "1000", ["consolidate"]);

    /// <summary>Every setting a replay may be given.</summary>
    internal static readonly Setting[] Settings = [TieringDelay, Gen0Budget, InstrumentFromFirstCompile, LateOptimisation];

    /// <summary>Does not return when the exec succeeds; when it cannot be done, the program goes on as it is.</summary>
    public static void ApplyToReplays(string[] args)
    {
        if (!OperatingSystem.IsLinux() || args.Length == 0)
        {
            return;
        }

        var missing = Settings.Where(s => s.Commands.Contains(args[0]) && !s.IsSet()).ToArray();
        // The executable's own path, not /proc/self/exe: the process is named after the file it executes, and
        // `ps`, `top` and `pgrep rmrk` should still see rmrk (or dotnet), not "exe".
        if (missing.Length == 0 || Environment.ProcessPath is not { } executable)
        {
            return;
        }

        byte[] commandLine;
        byte[] environment;
        try
        {
            // The exact bytes the program was started with: the arguments need not be valid UTF-8.
            commandLine = File.ReadAllBytes("/proc/self/cmdline");
            environment = File.ReadAllBytes("/proc/self/environ");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        byte[] added = Encoding.UTF8.GetBytes(string.Concat(missing.Select(s => $"{s.Variable}={s.Value}\0")));
        byte[] path = Encoding.UTF8.GetBytes(executable + "\0");
        RemoveDiagnosticSocket();
        Exec(path, commandLine, [.. environment, .. added]);
    }

    /// <summary>
    /// The runtime listens for diagnostic tools (dotnet-counters, dotnet-trace, dotnet-gcdump) on a socket file named
    /// after the process id and start time, which the exec leaves unchanged: the restarted runtime could not bind its
    /// own over the file this one made, so no tool could attach to a sync. The file goes first; this runtime's
    /// listener ends with the exec anyway. If the exec then fails, tools cannot attach to this run, which goes on.
    /// </summary>
    private static void RemoveDiagnosticSocket()
    {
        try
        {
            foreach (var socket in Directory.EnumerateFiles(Path.GetTempPath(), $"dotnet-diagnostic-{Environment.ProcessId}-*-socket"))
            {
                File.Delete(socket);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not ours to remove, or gone already: the restart matters more than the tools.
        }
    }

    /// <param name="path">The executable's path, terminated by a NUL byte.</param>
    /// <param name="arguments">The arguments, each terminated by a NUL byte, as /proc/self/cmdline holds them.</param>
    /// <param name="environment">The environment in the same form.</param>
    private static void Exec(byte[] path, byte[] arguments, byte[] environment)
    {
        fixed (byte* argumentBytes = arguments)
        fixed (byte* environmentBytes = environment)
        fixed (byte* self = path)
        {
            var argv = Pointers(argumentBytes, arguments.Length);
            var envp = Pointers(environmentBytes, environment.Length);
            fixed (byte** argvPointers = argv)
            fixed (byte** envpPointers = envp)
            {
                _ = Execve(self, argvPointers, envpPointers);
            }
        }
    }

    /// <summary>A pointer to each NUL-terminated string in the block, then the null pointer that ends the list.</summary>
    private static byte*[] Pointers(byte* block, int length)
    {
        // Only terminated strings count: bytes after the last NUL, if any, are not a string.
        var strings = new ReadOnlySpan<byte>(block, length);
        var pointers = new byte*[strings.Count((byte)0) + 1];
        int start = 0;
        for (int i = 0; i < pointers.Length - 1; i++)
        {
            pointers[i] = block + start;
            start += strings[start..].IndexOf((byte)0) + 1;
        }

        return pointers;
    }

    [LibraryImport("libc", EntryPoint = "execve", SetLastError = true)]
    private static partial int Execve(byte* path, byte** argv, byte** envp);

    /// <summary>A runtime setting (its name without prefix), the value a replay gets, and the commands that get it.</summary>
    internal sealed record Setting(string Name, string Value, string[] Commands)
    {
        public string Variable => "DOTNET_" + Name;

        /// <summary>The same setting under the prefix older runtimes used, which the runtime still reads.</summary>
        public string LegacyVariable => "COMPlus_" + Name;

        public bool IsSet() =>
            Environment.GetEnvironmentVariable(Variable) is not null || Environment.GetEnvironmentVariable(LegacyVariable) is not null;
    }
}
