namespace Rmrk.Indexer.Input;

/// <summary>An input file that cannot be read as remarks or blocks; the message names the place.</summary>
public sealed class InputFormatException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The file itself cannot be read (missing, a directory, no permission).</summary>
    public static InputFormatException CannotRead(string path, Exception e) => new($"{path}: cannot read the file: {e.Message}", e);

    /// <summary>Whether the message starts with the file's path (errors found on opening a file name it).</summary>
    public bool Names(string path) => Message.StartsWith(path, StringComparison.Ordinal);

    /// <summary>The message with the file's path in front, unless it starts with it already.</summary>
    public string MessageAt(string path) => Names(path) ? Message : $"{path}: {Message}";
}
