namespace Rmrk.Core.Validation;

/// <summary>
/// The first failure superstruct 0.14.2 reports: the dotted path below the asserted value
/// (<c>""</c> for the value itself, e.g. <c>parts.0.type</c>) and the message without the path prefix.
/// </summary>
internal readonly record struct StructFailure(string Path, string Message)
{
    /// <summary>The text of the <c>StructError</c> that <c>assert</c> throws.</summary>
    public override string ToString() => Path.Length == 0 ? Message : "At path: " + Path + " -- " + Message;

    /// <summary>This failure seen from <paramref name="key"/> one level up.</summary>
    public StructFailure Under(string key) => new(Path.Length == 0 ? key : key + "." + Path, Message);
}
