using Microsoft.Extensions.Logging;

namespace Rmrk.Indexer;

/// <summary>Log messages of the chain-core client and the development server.</summary>
internal static partial class Log
{
    public static class ChainEventIds
    {
        public const int Connecting = 1100;
        public const int Reconnecting = 1101;
        public const int Undone = 1102;
        public const int JournalRolledBack = 1103;
        public const int ServerListening = 1104;
        public const int ServerDisconnect = 1105;
    }

    [LoggerMessage(ChainEventIds.Connecting, LogLevel.Information, "Following {Address} after block {Block} ({Mode})")]
    public static partial void ChainConnecting(ILogger logger, string address, long? block, string mode);

    [LoggerMessage(ChainEventIds.Reconnecting, LogLevel.Warning, "Chain core stream failed ({Status}: {Detail}); reconnect {Attempt} in {DelayMs} ms")]
    public static partial void ChainReconnecting(ILogger logger, string status, string detail, int attempt, long delayMs);

    [LoggerMessage(ChainEventIds.Undone, LogLevel.Information, "Undid block {Block} {Hash}")]
    public static partial void ChainUndone(ILogger logger, long block, string hash);

    [LoggerMessage(ChainEventIds.JournalRolledBack, LogLevel.Information, "Finalized-only mode: rolled back {Blocks} unfinalized blocks a previous --unfinalized run applied")]
    public static partial void ChainJournalRolledBack(ILogger logger, int blocks);

    [LoggerMessage(ChainEventIds.ServerListening, LogLevel.Information, "Chain core serving {Blocks} blocks on {Address}")]
    public static partial void ChainServerListening(ILogger logger, int blocks, string address);

    [LoggerMessage(ChainEventIds.ServerDisconnect, LogLevel.Information, "Plan: dropping the connection after message {Message}")]
    public static partial void ChainServerDisconnect(ILogger logger, long message);
}
