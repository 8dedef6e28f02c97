namespace Rmrk.Core.Js;

/// <summary>
/// A plain JavaScript object. Property order follows JavaScript: array-index keys first in ascending
/// numeric order, then the other keys in insertion order; setting an existing key keeps its place
/// (so <c>JSON.parse</c> with a duplicate key keeps the first position and the last value).
/// </summary>
public sealed class JsObject : JsValue
{
    /// <summary>From this many properties on, keys are found through <see cref="_index"/> instead of a scan.</summary>
    private const int IndexedFrom = 16;

    // A bare array rather than a List: the state holds hundreds of thousands of these objects.
    private KeyValuePair<string, JsValue>[] _entries = [];
    private int _count;

    // Key → position, for the rare large object (a base's themes grow by one per THEMEADD, and scanning them
    // made a long replay quadratic). Built when first needed, dropped when positions shift.
    private Dictionary<string, int>? _index;

    public JsObject()
    {
    }

    /// <summary>An empty object with room for <paramref name="capacity"/> properties.</summary>
    internal JsObject(int capacity)
    {
        _entries = capacity == 0 ? [] : new KeyValuePair<string, JsValue>[capacity];
    }

    public override string TypeOf => "object";

    public override bool IsTruthy => true;

    public int Count => _count;

    /// <summary>Properties in JavaScript enumeration order.</summary>
    public ReadOnlySpan<KeyValuePair<string, JsValue>> Entries => _entries.AsSpan(0, _count);

    public JsValue? this[string key]
    {
        get => TryGet(key, out var value) ? value : null;
    }

    public bool TryGet(string key, out JsValue value)
    {
        int i = IndexOf(key);
        if (i < 0)
        {
            value = null!;
            return false;
        }

        value = _entries[i].Value;
        return true;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public void Set(string key, JsValue value)
    {
        int i = IndexOf(key);
        if (i >= 0)
        {
            _entries[i] = new(key, value);
            return;
        }

        int at = IsArrayIndex(key) ? InsertionPointForIndex(key) : _count;
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count == 0 ? 4 : _count * 2);
        }

        Array.Copy(_entries, at, _entries, at + 1, _count - at);
        _entries[at] = new(key, value);
        _count++;
        if (at == _count - 1)
        {
            _index?.Add(key, at);
        }
        else
        {
            _index = null;
        }
    }

    public bool Remove(string key)
    {
        int i = IndexOf(key);
        if (i < 0)
        {
            return false;
        }

        Array.Copy(_entries, i + 1, _entries, i, _count - i - 1);
        _entries[--_count] = default;
        _index = null;
        return true;
    }

    /// <summary>A shallow copy, as <c>{...obj}</c>.</summary>
    public JsObject ShallowCopy()
    {
        var copy = new JsObject { _entries = Entries.ToArray(), _count = _count };
        return copy;
    }

    private int IndexOf(string key)
    {
        if (_count >= IndexedFrom)
        {
            return (_index ??= BuildIndex()).TryGetValue(key, out int at) ? at : -1;
        }

        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(_count, StringComparer.Ordinal);
        for (int i = 0; i < _count; i++)
        {
            index[_entries[i].Key] = i;
        }

        return index;
    }

    private int InsertionPointForIndex(string key)
    {
        ulong index = ulong.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
        int i = 0;
        while (i < _count && IsArrayIndex(_entries[i].Key)
            && ulong.Parse(_entries[i].Key, System.Globalization.CultureInfo.InvariantCulture) < index)
        {
            i++;
        }

        return i;
    }

    /// <summary>A canonical array index: "0", or digits without a leading zero, below 2^32 - 1.</summary>
    internal static bool IsArrayIndex(string key)
    {
        if (key.Length == 0 || key.Length > 10)
        {
            return false;
        }

        if (key.Length > 1 && key[0] == '0')
        {
            return false;
        }

        foreach (char c in key)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return ulong.Parse(key, System.Globalization.CultureInfo.InvariantCulture) < uint.MaxValue;
    }
}
