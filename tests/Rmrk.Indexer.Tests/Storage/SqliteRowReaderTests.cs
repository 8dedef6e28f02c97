using Microsoft.Data.Sqlite;
using Rmrk.Indexer.Storage.Sqlite;
using Rmrk.Indexer.Text;

namespace Rmrk.Indexer.Tests.Storage;

/// <summary>The loader's column-by-column reader, over a real SQLite file.</summary>
public sealed class SqliteRowReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteConnection _connection;

    public SqliteRowReaderTests()
    {
        _connection = new SqliteConnection($"Data Source={_folder.File("rows.sqlite")};Pooling=False");
        _connection.Open();
        using var command = _connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE t (name TEXT, n INTEGER, x REAL);
            INSERT INTO t VALUES ('alice', 1, 1.5), ('alice', 2, NULL), (NULL, 3, 2), ('ü😀', 4, -0.25);
            """;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Columns_are_read_in_order_with_nulls_kept_apart()
    {
        using var rows = new SqliteRowReader(_connection, "SELECT name, n, x FROM t ORDER BY n", TestContext.Current.CancellationToken);
        var read = new List<(string?, long, double?)>();
        while (rows.Read())
        {
            read.Add((rows.TextOrNull(), rows.Int64(), rows.DoubleOrNull()));
        }

        read.ShouldBe([("alice", 1, 1.5), ("alice", 2, null), (null, 3, 2.0), ("ü😀", 4, -0.25)]);
        rows.Read().ShouldBeFalse("past the end stays past the end");
    }

    [Fact]
    public void Shared_texts_come_from_the_cache_without_a_string_of_their_own()
    {
        var texts = new SharedStrings();
        using var rows = new SqliteRowReader(_connection, "SELECT name FROM t WHERE name IS NOT NULL ORDER BY n", TestContext.Current.CancellationToken);
        var read = new List<string>();
        while (rows.Read())
        {
            read.Add(rows.Shared(texts));
        }

        read.ShouldBe(["alice", "alice", "ü😀"]);
        read[1].ShouldBeSameAs(read[0]);
    }

    [Fact]
    public void A_null_where_a_value_is_required_names_the_column_and_the_query()
    {
        using var rows = new SqliteRowReader(_connection, "SELECT n, name FROM t WHERE n = 3", TestContext.Current.CancellationToken);
        rows.Read().ShouldBeTrue();
        rows.Int64().ShouldBe(3);
        Should.Throw<InvalidDataException>(() => rows.Text()).Message.ShouldBe("column 1 of \"SELECT n, name FROM t WHERE n = 3\" is NULL in a row of the database");
    }

    [Fact]
    public void A_row_read_short_of_its_last_column_or_past_it_is_an_error()
    {
        using (var rows = new SqliteRowReader(_connection, "SELECT name, n FROM t", TestContext.Current.CancellationToken))
        {
            rows.Read().ShouldBeTrue();
            rows.Skip();
            Should.Throw<InvalidOperationException>(() => rows.Read()).Message.ShouldBe("the previous row was read to column 1 of 2");
        }

        using (var rows = new SqliteRowReader(_connection, "SELECT n FROM t", TestContext.Current.CancellationToken))
        {
            Should.Throw<InvalidOperationException>(() => rows.Int64()).Message.ShouldBe("no row: call Read first");
            rows.Read().ShouldBeTrue();
            rows.Int64().ShouldBe(1);
            Should.Throw<InvalidOperationException>(() => rows.Int64()).Message.ShouldBe("the query has 1 columns");
        }
    }

    [Fact]
    public void A_query_sqlite_rejects_is_its_error()
    {
        Should.Throw<SqliteException>(() => new SqliteRowReader(_connection, "SELECT nope FROM t", TestContext.Current.CancellationToken))
            .Message.ShouldContain("no such column: nope");
    }

    [Fact]
    public void A_cancelled_read_stops_within_a_few_thousand_rows()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        using var rows = new SqliteRowReader(_connection, "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c) SELECT i FROM c", cancel.Token);
        long read = 0;
        Should.Throw<OperationCanceledException>(() =>
        {
            while (rows.Read())
            {
                rows.Int64();
                read++;
            }
        });
        read.ShouldBeLessThan(5000);
    }

    public void Dispose()
    {
        _connection.Dispose();
        _folder.Dispose();
    }
}
