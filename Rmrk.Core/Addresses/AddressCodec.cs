using System.Diagnostics.CodeAnalysis;

namespace Rmrk.Core.Addresses;

/// <summary>
/// Memoised <see cref="Ss58.TryReencode"/> for one ss58 format. The reference re-encodes the caller of every
/// remark (about 13% of its time, <c>rmrk2-semantics.md</c> §12) while a chain has few distinct callers, so
/// both outcomes — the encoded address and the error message — are cached by input string (ordinal).
/// </summary>
/// <remarks>
/// The cache is bounded: when it holds <see cref="Capacity"/> entries it is emptied and refills from the
/// following lookups. That keeps memory fixed against a stream of junk callers at the cost of a rare refill,
/// without the bookkeeping of an LRU on the hit path. Not thread-safe: one codec per consolidation.
/// The format is taken literally; mapping rmrk-tools' <c>Consolidator(0)</c> to 42 is the caller's job
/// (see <see cref="Ss58"/>).
/// </remarks>
public sealed class AddressCodec
{
    public const int DefaultCapacity = 1 << 18;

    private readonly Dictionary<string, Entry> _cache;
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;

    public AddressCodec(int ss58Format, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Ss58Format = ss58Format;
        Capacity = capacity;
        _cache = new Dictionary<string, Entry>(StringComparer.Ordinal);
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The prefix addresses are re-encoded with.</summary>
    public int Ss58Format { get; }

    /// <summary>Number of entries after which the cache is emptied.</summary>
    public int Capacity { get; }

    /// <summary>Number of cached inputs.</summary>
    public int Count => _cache.Count;

    /// <summary>
    /// <c>encodeAddress(address, Ss58Format)</c>: the re-encoded address, or the exact message the reference
    /// throws (e.g. <c>Decoding bogus: Invalid decoded address checksum</c>).
    /// </summary>
    public bool TryReencode(
        string? address,
        [NotNullWhen(true)] out string? encoded,
        [NotNullWhen(false)] out string? error)
    {
        if (address is null)
        {
            // Not cacheable as a key; the reference treats undefined like the empty string here.
            return Ss58.TryReencode(address, Ss58Format, out encoded, out error);
        }

        if (!_cache.TryGetValue(address, out Entry entry))
        {
            bool ok = Ss58.TryReencode(address, Ss58Format, out string? value, out string? message);
            entry = new Entry(ok, ok ? value! : message!);
            if (_cache.Count >= Capacity)
            {
                _cache.Clear();
            }

            _cache.Add(address, entry);
        }

        if (entry.Ok)
        {
            encoded = entry.Text;
            error = null;
            return true;
        }

        encoded = null;
        error = entry.Text;
        return false;
    }

    /// <summary>
    /// The same for an address inside a larger text (a remark field): a cached address costs no string; only
    /// a miss copies it out to remember it.
    /// </summary>
    public bool TryReencode(
        ReadOnlySpan<char> address,
        [NotNullWhen(true)] out string? encoded,
        [NotNullWhen(false)] out string? error)
    {
        if (_cacheBySpan.TryGetValue(address, out Entry entry))
        {
            encoded = entry.Ok ? entry.Text : null;
            error = entry.Ok ? null : entry.Text;
            return entry.Ok;
        }

        return TryReencode(new string(address), out encoded, out error);
    }

    private readonly record struct Entry(bool Ok, string Text);
}
