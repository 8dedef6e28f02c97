namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// How many child rows of each kind an NFT has in the database: lets a commit skip deletes for empty sets
/// and append only the new entries of the (append-only) change history.
/// </summary>
internal readonly record struct NftShape(int Children, int Resources, int Priority, int Reactions, int Changes);
