using System.Text;

namespace Rmrk.Indexer.Chain.Dump;

/// <summary>
/// One string instance per distinct short text among those read recently: a dump repeats the same callers,
/// op names and versions across millions of remarks, and the consolidated state keeps every caller it sees
/// (as owners, issuers and in each change record). A direct-mapped cache: a lookup is one hash and one
/// compare, a miss replaces its slot, and the memory is fixed whatever the input.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>Longer texts are remark bodies, which do not repeat.</summary>
    public const int MaxLength = 128;

    private const int Slots = 1 << 12;

    private readonly string?[] _slots = new string?[Slots];

    [ThreadStatic]
    private static SharedStrings? t_current;

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

    public string Share(ReadOnlySpan<char> text)
    {
        ref string? slot = ref _slots[Hash(text) & (Slots - 1)];
        if (slot is { } shared && text.SequenceEqual(shared))
        {
            return shared;
        }

        string created = new(text);
        slot = created;
        return created;
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
