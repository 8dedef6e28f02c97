namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>A parsed interaction, or the reason the reference gives for not instantiating it.</summary>
public readonly struct ParseResult<T>
    where T : class
{
    private ParseResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    /// <summary>The reason, without the "[OP] Dead before instantiation: " prefix.</summary>
    public string? Error { get; }

    public static implicit operator ParseResult<T>(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(null, error);
}
