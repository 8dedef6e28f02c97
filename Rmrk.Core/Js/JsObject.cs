namespace Rmrk.Core.Js;

/// <summary>
/// A plain JavaScript object. Property order follows JavaScript: array-index keys first in ascending
/// numeric order, then the other keys in insertion order; setting an existing key keeps its place
/// (so <c>JSON.parse</c> with a duplicate key keeps the first position and the last value).
/// </summary>
public sealed class JsObject : JsValue
{
    private readonly List<KeyValuePair<string, JsValue>> _entries = [];

    public override string TypeOf => "object";

    public override bool IsTruthy => true;

    public int Count => _entries.Count;

    /// <summary>Properties in JavaScript enumeration order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsValue>> Entries => _entries;

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

        if (IsArrayIndex(key))
        {
            _entries.Insert(InsertionPointForIndex(key), new(key, value));
            return;
        }

        _entries.Add(new(key, value));
    }

    public bool Remove(string key)
    {
        int i = IndexOf(key);
        if (i < 0)
        {
            return false;
        }

        _entries.RemoveAt(i);
        return true;
    }

    /// <summary>A shallow copy, as <c>{...obj}</c>.</summary>
    public JsObject ShallowCopy()
    {
        var copy = new JsObject();
        copy._entries.AddRange(_entries);
        return copy;
    }

    private int IndexOf(string key)
    {
        for (int i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int InsertionPointForIndex(string key)
    {
        ulong index = ulong.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
        int i = 0;
        while (i < _entries.Count && IsArrayIndex(_entries[i].Key)
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
