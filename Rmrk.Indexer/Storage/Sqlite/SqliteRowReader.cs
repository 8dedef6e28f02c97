using Microsoft.Data.Sqlite;
using Rmrk.Indexer.Text;
using SQLitePCL;

namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// Reads the rows of one query column by column, in the order its SELECT lists them, through direct calls to
/// SQLite (<see cref="SqliteNative"/>). For the big tables a restart loads: through Dapper and
/// Microsoft.Data.Sqlite every column read took and released the statement's safe handle, a quarter of the
/// loading thread's time. Texts can be shared straight from SQLite's UTF-8 bytes, so a repeated account is
/// never made into a string of its own.
/// </summary>
/// <remarks>
/// Each row must be read to its last column, no further: <see cref="Read"/> checks it, so a SELECT and the code
/// reading it cannot drift apart silently. Runs on the connection's thread, inside whatever it has open.
/// </remarks>
internal sealed class SqliteRowReader : IDisposable
{
    private const int CancellationCheckRows = 4096;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly nint _handle;
    private readonly int _columns;
    private readonly CancellationToken _cancellationToken;
    private int _next = -1;
    private long _rows;
    private bool _done;

    public SqliteRowReader(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        _cancellationToken = cancellationToken;
        SqliteNative.Check(_db, raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _handle = _statement.DangerousGetHandle();
        _columns = raw.sqlite3_column_count(_statement);
    }

    /// <summary>Steps to the next row; false after the last, and from then on (SQLite would start the query again).</summary>
    public bool Read()
    {
        if (_done)
        {
            return false;
        }

        if (_next >= 0 && _next != _columns)
        {
            throw new InvalidOperationException($"the previous row was read to column {_next} of {_columns}");
        }

        if (++_rows % CancellationCheckRows == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        int rc = SqliteNative.Step(_handle);
        if (rc == raw.SQLITE_DONE)
        {
            _next = -1;
            _done = true;
            return false;
        }

        if (rc != raw.SQLITE_ROW)
        {
            SqliteNative.Check(_db, rc);
        }

        _next = 0;
        return true;
    }

    public string Text() => TextOrNull() ?? throw Null();

    public string? TextOrNull()
    {
        int column = Column();
        return IsNull(column) ? null : Wtf8.GetString(Utf8(column));
    }

    /// <summary>The text, as <paramref name="texts"/>' instance of it when it has one.</summary>
    public string Shared(SharedStrings texts) => SharedOrNull(texts) ?? throw Null();

    public string? SharedOrNull(SharedStrings texts)
    {
        int column = Column();
        return IsNull(column) ? null : texts.ShareWtf8(Utf8(column));
    }

    public long Int64()
    {
        int column = Column();
        return IsNull(column) ? throw Null() : SqliteNative.ColumnInt64(_handle, column);
    }

    public double? DoubleOrNull()
    {
        int column = Column();
        return IsNull(column) ? null : SqliteNative.ColumnDouble(_handle, column);
    }

    /// <summary>Passes over a column this reader does not need (the positions that only order the rows).</summary>
    public void Skip() => Column();

    public void Dispose() => _statement.Dispose();

    private int Column()
    {
        if (_next < 0 || _next >= _columns)
        {
            throw new InvalidOperationException(_next < 0 ? "no row: call Read first" : $"the query has {_columns} columns");
        }

        return _next++;
    }

    private bool IsNull(int column) => SqliteNative.ColumnType(_handle, column) == raw.SQLITE_NULL;

    private unsafe ReadOnlySpan<byte> Utf8(int column)
    {
        // Text first, then its length: asking for the text may convert the value, which changes the length.
        nint text = SqliteNative.ColumnText(_handle, column);
        int length = SqliteNative.ColumnBytes(_handle, column);
        return new ReadOnlySpan<byte>((void*)text, length);
    }

    private InvalidDataException Null() =>
        new($"column {_next - 1} of \"{raw.sqlite3_sql(_statement).utf8_to_string()}\" is NULL in a row of the database");
}
