using System.Buffers;

namespace Rmrk.Core.Js;

/// <summary>
/// The pooled half of a scratch buffer that is kept on the stack when it is small. The caller writes
/// <c>using var pooled = PooledArray&lt;char&gt;.RentAbove(Limit, n);</c> and then
/// <c>Span&lt;char&gt; buffer = pooled.IsRented ? pooled.Span : stackalloc char[Limit];</c>, and the array goes back
/// to the pool on every way out of the method.
/// </summary>
internal readonly ref struct PooledArray<T>
{
    private readonly T[]? _array;

    private PooledArray(T[] array) => _array = array;

    /// <summary>Whether an array was rented (the length was above the stack limit).</summary>
    public bool IsRented => _array is not null;

    /// <summary>The rented array, at least the length asked for; empty when nothing was rented.</summary>
    public Span<T> Span => _array;

    /// <summary>Rents an array of at least <paramref name="length"/> items when that is more than <paramref name="stackLimit"/>.</summary>
    public static PooledArray<T> RentAbove(int stackLimit, int length) =>
        length > stackLimit ? new PooledArray<T>(ArrayPool<T>.Shared.Rent(length)) : default;

    public void Dispose()
    {
        if (_array is not null)
        {
            ArrayPool<T>.Shared.Return(_array);
        }
    }
}
