using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// The SQLite calls a commit makes per row, and a load per column, bound straight to the library SQLitePCLRaw
/// bundles. Through SQLitePCLRaw each call goes through its provider interface and takes and releases the
/// statement's safe handle; a 1M-remark sync makes about twelve million of them on the writer thread, and
/// loading its state about seven million.
/// </summary>
/// <remarks>
/// The binds and column reads skip the runtime's switch to and from preemptive mode (<c>SuppressGCTransition</c>):
/// they return within nanoseconds, never block (the connection's mutex is uncontended: one thread uses a connection
/// at a time), do no I/O and never call back into managed code. <c>sqlite3_step</c> and <c>sqlite3_reset</c> keep the
/// transition: a step runs B-tree work and may write pages, and a collection must not wait for it. Resuming a
/// 1M-remark dump after 700k remarks, nine alternating pairs: the state loaded 60 ms faster on average (1.49-1.76 s),
/// the whole run 140 ms (4.58-4.96 s); fresh syncs were within the noise (twelve pairs).
/// </remarks>
internal static partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_STATIC: the text stays where it is, unchanged, until the parameter is bound again.</summary>
    public static readonly nint Static = 0;

    /// <summary>Throws SQLite's own message and extended code for a call that did not return SQLITE_OK.</summary>
    public static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));
        }
    }

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [SuppressGCTransition]
    public static partial int BindText(nint statement, int index, ref byte text, int length, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    public static partial int BindInt64(nint statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_double")]
    [SuppressGCTransition]
    public static partial int BindDouble(nint statement, int index, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    public static partial int BindNull(nint statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    public static partial int Reset(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    [SuppressGCTransition]
    public static partial int ColumnType(nint statement, int column);

    /// <summary>The column's UTF-8 text, valid until the statement steps again.</summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_column_text")]
    [SuppressGCTransition]
    public static partial nint ColumnText(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    public static partial int ColumnBytes(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    public static partial long ColumnInt64(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_double")]
    [SuppressGCTransition]
    public static partial double ColumnDouble(nint statement, int column);
}
