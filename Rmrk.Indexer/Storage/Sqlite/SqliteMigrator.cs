using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts above the version recorded in
/// <c>schema_version</c>, in order, each in its own transaction together with its version row. Forward only.
/// </summary>
internal static class SqliteMigrator
{
    private const string ResourcePrefix = "Rmrk.Indexer.Storage.Sqlite.Migrations.";

    public static IReadOnlyList<(int Version, string Name)> Scripts { get; } = FindScripts();

    public static int LatestVersion => Scripts.Count == 0 ? 0 : Scripts[^1].Version;

    public static int CurrentVersion(SqliteConnection connection)
    {
        connection.Execute(SqliteSql.CreateSchemaVersion);
        return connection.ExecuteScalar<int>(SqliteSql.CurrentSchemaVersion);
    }

    /// <summary>The version of a database opened read-only (0 when it has no schema_version table).</summary>
    public static int ReadVersion(SqliteConnection connection) =>
        HasVersionTable(connection) ? connection.ExecuteScalar<int>(SqliteSql.CurrentSchemaVersion) : 0;

    /// <summary>Whether the database has a <c>schema_version</c> table: one this program wrote, or began to.</summary>
    public static bool HasVersionTable(SqliteConnection connection) =>
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';") > 0;

    /// <param name="connection">The database.</param>
    /// <param name="cancellationToken">Checked between scripts.</param>
    /// <param name="target">The version to stop at (tests build databases of earlier versions with it).</param>
    public static void Migrate(SqliteConnection connection, CancellationToken cancellationToken, int target = int.MaxValue)
    {
        int current = CurrentVersion(connection);
        foreach (var (version, name) in Scripts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (version <= current || version > target)
            {
                continue;
            }

            using var transaction = connection.BeginTransaction();
            connection.Execute(new CommandDefinition(Read(name), transaction: transaction, cancellationToken: cancellationToken));
            connection.Execute(new CommandDefinition(
                SqliteSql.InsertSchemaVersion,
                new { Version = version, Name = name, AppliedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                transaction,
                cancellationToken: cancellationToken));
            transaction.Commit();
        }
    }

    private static List<(int Version, string Name)> FindScripts()
    {
        var scripts = new List<(int, string)>();
        foreach (string resource in typeof(SqliteMigrator).Assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            string name = resource[ResourcePrefix.Length..];
            int underscore = name.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out int version))
            {
                throw new InvalidOperationException($"migration {name} is not named NNNN_name.sql");
            }

            scripts.Add((version, name));
        }

        scripts.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return scripts;
    }

    private static string Read(string name)
    {
        using var stream = typeof(SqliteMigrator).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"migration {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
