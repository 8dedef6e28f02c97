using System.CommandLine;
using Rmrk.Indexer.Commands;
using Rmrk.Indexer.Hosting;

ReplayRuntime.ApplyToReplays(args);

var root = new RootCommand("rmrk — RMRK 2.0.0/1.0.0 consolidation engine and indexer for Kusama");
root.Subcommands.Add(ConsolidateCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(SyncCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(StatusCommand.Create());
root.Subcommands.Add(ChainCoreCommand.Create());
root.Subcommands.Add(BenchSyncCommand.Create());
return root.Parse(args).Invoke();
