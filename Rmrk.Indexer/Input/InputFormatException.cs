namespace Rmrk.Indexer.Input;

/// <summary>An input file that cannot be read as remarks or blocks; the message names the place.</summary>
public sealed class InputFormatException(string message, Exception? inner = null) : Exception(message, inner);
