namespace Rmrk.Indexer.Benchmarks;

/// <summary>A benchmark cannot run: the reference is missing or failed. The command prints the message and exits with 2.</summary>
public sealed class BenchmarkException(string message, Exception? inner = null) : Exception(message, inner);
