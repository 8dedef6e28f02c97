namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// One value bound to a statement parameter: text, an integer, a real or NULL. A value type, so a prepared
/// commit of a million rows keeps its values inline in a few arrays instead of a boxed object per number and
/// an array per row: that garbage lived just long enough (one batch) to be promoted and cost full collections.
/// </summary>
internal readonly struct SqlValue
{
    private SqlValue(SqlValueKind kind, string? text, long bits)
    {
        Kind = kind;
        Text = text;
        Bits = bits;
    }

    public SqlValueKind Kind { get; }

    public string? Text { get; }

    public long Integer => Bits;

    public double Real => BitConverter.Int64BitsToDouble(Bits);

    private long Bits { get; }

    public static implicit operator SqlValue(string? text) =>
        text is null ? default : new SqlValue(SqlValueKind.Text, text, 0);

    public static implicit operator SqlValue(long integer) => new(SqlValueKind.Integer, null, integer);

    public static implicit operator SqlValue(long? integer) => integer is { } value ? new SqlValue(SqlValueKind.Integer, null, value) : default(SqlValue);

    public static implicit operator SqlValue(double? real) =>
        real is { } value ? new SqlValue(SqlValueKind.Real, null, BitConverter.DoubleToInt64Bits(value)) : default;
}

internal enum SqlValueKind : byte
{
    Null,
    Text,
    Integer,
    Real,
}
