using Microsoft.Data.Sqlite;

namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// The prepared statements of the commit path, created once per connection and reused for every row.
/// </summary>
/// <remarks>
/// A sync writes millions of rows. Dapper would, per row, look up its cache by SQL text, box the parameter
/// object's properties into fresh parameters and re-bind them; reusing one prepared <see cref="SqliteCommand"/>
/// and assigning its parameters' values skips all of that (the statement stays compiled in SQLite, nothing is
/// re-parsed), which measured several times faster on the bulk inserts. Dapper stays for reads and schema work.
/// </remarks>
internal sealed class SqliteWriteCommands : IDisposable
{
    private readonly List<SqliteCommand> _all = [];

    public SqliteWriteCommands(SqliteConnection connection)
    {
        InsertNft = Create(connection, SqliteSql.InsertNft, "@id", "@block", "@collection", "@symbol", "@transferable", "@sn", "@metadata", "@owner", "@root_owner", "@for_sale", "@burned", "@has_equipped_field", "@pending", "@properties_json");
        UpdateNft = Create(connection, SqliteSql.UpdateNft, "@owner", "@root_owner", "@for_sale", "@burned", "@has_equipped_field", "@pending", "@properties_json", "@id");
        DeleteChildren = Create(connection, SqliteSql.DeleteChildren, "@nft_id");
        InsertChild = Create(connection, SqliteSql.InsertChild, "@nft_id", "@position", "@child_id", "@pending", "@equipped");
        DeleteResources = Create(connection, SqliteSql.DeleteResources, "@nft_id");
        InsertResource = Create(connection, SqliteSql.InsertResource, "@nft_id", "@position", "@id_json", "@pending", "@base", "@metadata", "@parts_json", "@replace", "@slot", "@src", "@theme_json", "@theme_id_json", "@thumb");
        DeletePriority = Create(connection, SqliteSql.DeletePriority, "@nft_id");
        InsertPriority = Create(connection, SqliteSql.InsertPriority, "@nft_id", "@position", "@value_json");
        DeleteReactions = Create(connection, SqliteSql.DeleteReactions, "@nft_id");
        InsertReaction = Create(connection, SqliteSql.InsertReaction, "@nft_id", "@position", "@emoji", "@accounts_json");
        DeleteNftChanges = Create(connection, SqliteSql.DeleteNftChanges, "@owner_id");
        InsertNftChange = CreateChange(connection, SqliteSql.InsertNftChange);
        UpsertCollection = Create(connection, SqliteSql.UpsertCollection, "@id", "@block", "@max", "@issuer", "@symbol", "@metadata", "@count");
        DeleteCollection = Create(connection, SqliteSql.DeleteCollection, "@id");
        DeleteCollectionChanges = Create(connection, SqliteSql.DeleteCollectionChanges, "@owner_id");
        InsertCollectionChange = CreateChange(connection, SqliteSql.InsertCollectionChange);
        UpsertBase = Create(connection, SqliteSql.UpsertBase, "@id", "@block", "@symbol", "@type", "@issuer", "@parts_json", "@themes_json", "@metadata_json");
        DeleteBaseChanges = Create(connection, SqliteSql.DeleteBaseChanges, "@owner_id");
        InsertBaseChange = CreateChange(connection, SqliteSql.InsertBaseChange);
        InsertInvalid = Create(connection, SqliteSql.InsertInvalid, "@seq", "@block", "@caller", "@op_type", "@object_id", "@message");
        InsertInteraction = Create(connection, SqliteSql.InsertInteraction, "@seq", "@op_type", "@id", "@children_json", "@resources_json");
        UpsertCursor = Create(connection, SqliteSql.UpsertCursor, "@block", "@hash", "@remarks", "@invalid_count", "@interaction_count");
    }

    public SqliteCommand InsertNft { get; }

    public SqliteCommand UpdateNft { get; }

    public SqliteCommand DeleteChildren { get; }

    public SqliteCommand InsertChild { get; }

    public SqliteCommand DeleteResources { get; }

    public SqliteCommand InsertResource { get; }

    public SqliteCommand DeletePriority { get; }

    public SqliteCommand InsertPriority { get; }

    public SqliteCommand DeleteReactions { get; }

    public SqliteCommand InsertReaction { get; }

    public SqliteCommand DeleteNftChanges { get; }

    public SqliteCommand InsertNftChange { get; }

    public SqliteCommand UpsertCollection { get; }

    public SqliteCommand DeleteCollection { get; }

    public SqliteCommand DeleteCollectionChanges { get; }

    public SqliteCommand InsertCollectionChange { get; }

    public SqliteCommand UpsertBase { get; }

    public SqliteCommand DeleteBaseChanges { get; }

    public SqliteCommand InsertBaseChange { get; }

    public SqliteCommand InsertInvalid { get; }

    public SqliteCommand InsertInteraction { get; }

    public SqliteCommand UpsertCursor { get; }

    /// <summary>Runs the command with the given parameter values, in parameter order (null = SQL NULL).</summary>
    public static void Run(SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        var parameters = command.Parameters;
        for (int i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    public void Enlist(SqliteTransaction? transaction)
    {
        foreach (var command in _all)
        {
            command.Transaction = transaction;
        }
    }

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }
    }

    private SqliteCommand CreateChange(SqliteConnection connection, string sql) =>
        Create(connection, sql, "@owner_id", "@position", "@field", "@old", "@new", "@caller", "@block", "@op_type", "@extra_transfers_json");

    private SqliteCommand Create(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (string name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _all.Add(command);
        return command;
    }
}
