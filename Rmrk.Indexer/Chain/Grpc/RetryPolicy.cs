using Google.Protobuf;
using Grpc.Core;

namespace Rmrk.Indexer.Chain.Grpc;

/// <summary>Which stream failures are worth a reconnect, and how long to wait before it.</summary>
public static class RetryPolicy
{
    /// <summary>
    /// Transport trouble (server down, connection dropped, stream reset) is retried; answers that will not
    /// change (unknown method, bad request, unknown cursor, undecodable response) are not.
    /// </summary>
    public static bool IsTransient(RpcException e) => !IsDecodingFailure(e) && e.StatusCode switch
    {
        // Grpc.Net.Client reports an undecodable message as Unavailable too: the decoding check comes first.
        StatusCode.Unavailable or StatusCode.Aborted or StatusCode.ResourceExhausted or StatusCode.DeadlineExceeded => true,
        StatusCode.Internal or StatusCode.Unknown => true,
        _ => false,
    };

    /// <summary>Exponential backoff with full-range jitter in [delay/2, delay], capped.</summary>
    public static TimeSpan Delay(int attempt, TimeSpan initial, TimeSpan max)
    {
        double exponential = initial.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        double capped = Math.Min(exponential, max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() * 0.5)));
    }

    private static bool IsDecodingFailure(RpcException e)
    {
        for (Exception? inner = e.Status.DebugException; inner is not null; inner = inner.InnerException)
        {
            if (inner is InvalidProtocolBufferException)
            {
                return true;
            }
        }

        return e.Status.Detail.Contains("deserialize", StringComparison.OrdinalIgnoreCase);
    }
}
