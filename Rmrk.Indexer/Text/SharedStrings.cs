using System.Numerics;
using System.Text;

namespace Rmrk.Indexer.Text;

/// <summary>
/// One string instance per distinct short text among those seen recently. A dump repeats the same callers, op
/// names and versions across millions of remarks, and the consolidated state keeps every caller it sees (as
/// owners, issuers and in each change record); a state loaded back from the database brings a fresh copy of
/// each account and collection id with every row. A direct-mapped cache: a lookup is one hash and one compare,
/// a miss replaces its slot, and the memory is fixed whatever the input.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>Longer texts are remark bodies, metadata or JSON, which rarely repeat.</summary>
    public const int MaxLength = 128;

    /// <summary>Enough for the callers a dump reader meets between repeats.</summary>
    public const int DefaultSlots = 1 << 12;

    [ThreadStatic]
    private static SharedStrings? t_current;

    private readonly string?[] _slots;

    /// <param name="slots">A power of two: more slots keep more distinct texts shared at once.</param>
    public SharedStrings(int slots = DefaultSlots)
    {
        if (slots <= 0 || !BitOperations.IsPow2(slots))
        {
            throw new ArgumentOutOfRangeException(nameof(slots), slots, "a power of two");
        }

        _slots = new string?[slots];
    }

    /// <summary>The calling thread's instance (readers run on their own threads).</summary>
    public static SharedStrings Current => t_current ??= new SharedStrings();

    /// <summary>The text of a JSON string's UTF-8 bytes (unescaped), shared when it is short.</summary>
    public string Share(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[MaxLength];
        int length = Encoding.UTF8.GetChars(utf8, chars);
        return Share(chars[..length]);
    }

    /// <summary>The text of stored bytes (<see cref="Wtf8"/>, which keeps lone surrogates), shared when it is short.</summary>
    public string ShareWtf8(ReadOnlySpan<byte> wtf8)
    {
        if (wtf8.Length > MaxLength)
        {
            return Wtf8.GetString(wtf8);
        }

        Span<char> chars = stackalloc char[MaxLength];
        int length = Wtf8.GetChars(wtf8, chars);
        return Share(chars[..length]);
    }

    public string Share(ReadOnlySpan<char> text) => Share(text, instance: null);

    /// <summary>The instance shared for <paramref name="text"/>'s value; <paramref name="text"/> itself when it is the first.</summary>
    public string Share(string text) => text.Length > MaxLength ? text : Share(text, text);

    /// <param name="instance">The string to keep on a miss, when the caller has one; else one is made.</param>
    private string Share(ReadOnlySpan<char> text, string? instance)
    {
        ref string? slot = ref _slots[Hash(text) & (_slots.Length - 1)];
        if (slot is { } shared && text.SequenceEqual(shared))
        {
            return shared;
        }

        string kept = instance ?? new string(text);
        slot = kept;
        return kept;
    }

    /// <summary>FNV-1a over the UTF-16 code units, folded.</summary>
    private static int Hash(ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
