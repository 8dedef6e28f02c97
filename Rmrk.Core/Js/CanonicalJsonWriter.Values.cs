namespace Rmrk.Core.Js;

public sealed partial class CanonicalJsonWriter
{
    private const string ProtoKey = "__proto__";

    private ValueFrame[] _valueFrames = [];

    // Sorted entries of the objects open in WriteValue, used as a stack: each frame owns a slice.
    private KeyValuePair<string, JsValue>[] _sorted = [];
    private int _sortedTop;

    /// <summary>
    /// Writes a user JSON value as the reference prints <c>canonical(value)</c>: object keys in
    /// <see cref="CanonicalKeyComparer"/> order (ordinal, array-index keys first in numeric order) and
    /// <c>"__proto__"</c> keys left out — <c>canonical()</c> assigns <c>out["__proto__"] = …</c>, which
    /// hits the prototype setter instead of creating a property. Array order is kept.
    /// </summary>
    /// <remarks>
    /// Iterative, so arbitrarily deep values do not overflow the stack (V8's JSON.stringify throws
    /// "Maximum call stack size exceeded" somewhere past a few thousand levels; we write them).
    /// </remarks>
    public void WriteValue(JsValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int count = 0;
        _sortedTop = 0;
        JsValue? next = value;
        while (true)
        {
            if (next is not null)
            {
                switch (next)
                {
                    case JsObject obj:
                        WriteStartObject();
                        PushValueFrame(ref count, ObjectFrame(obj));
                        break;
                    case JsArray array:
                        WriteStartArray();
                        PushValueFrame(ref count, new ValueFrame { Node = array, Count = array.Items.Count, SortedStart = -1 });
                        break;
                    default:
                        WriteScalar(next);
                        break;
                }

                next = null;
            }

            if (count == 0)
            {
                return;
            }

            ref ValueFrame frame = ref _valueFrames[count - 1];
            if (frame.Index < frame.Count)
            {
                int i = frame.Index++;
                if (frame.Node is JsArray items)
                {
                    next = items.Items[i];
                }
                else
                {
                    KeyValuePair<string, JsValue> entry = frame.SortedStart >= 0
                        ? _sorted[frame.SortedStart + i]
                        : ((JsObject)frame.Node!).Entries[i];
                    WritePropertyName(entry.Key);
                    next = entry.Value;
                }

                continue;
            }

            if (frame.Node is JsArray)
            {
                WriteEndArray();
            }
            else
            {
                WriteEndObject();
            }

            if (frame.SortedStart >= 0)
            {
                Array.Clear(_sorted, frame.SortedStart, _sortedTop - frame.SortedStart); // drop references
                _sortedTop = frame.SortedStart;
            }

            frame = default;
            count--;
        }
    }

    private void WriteScalar(JsValue value)
    {
        switch (value)
        {
            case JsString s:
                WriteString(s.Value);
                break;
            case JsNumber n:
                WriteNumber(n.Value);
                break;
            case JsBool b:
                WriteBoolean(b.Value);
                break;
            case JsNull:
                WriteNull();
                break;
            default:
                throw new ArgumentException($"Unsupported JsValue type {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>Entries in output order: the object's own list when already canonical, else a sorted copy.</summary>
    private ValueFrame ObjectFrame(JsObject obj)
    {
        ReadOnlySpan<KeyValuePair<string, JsValue>> entries = obj.Entries;
        if (IsCanonical(entries))
        {
            return new ValueFrame { Node = obj, Count = entries.Length, SortedStart = -1 };
        }

        if (_sortedTop + entries.Length > _sorted.Length)
        {
            Array.Resize(ref _sorted, Math.Max(_sorted.Length * 2, _sortedTop + entries.Length + 16));
        }

        int start = _sortedTop;
        int n = 0;
        for (int i = 0; i < entries.Length; i++)
        {
            if (!string.Equals(entries[i].Key, ProtoKey, StringComparison.Ordinal))
            {
                _sorted[start + n++] = entries[i];
            }
        }

        if (n <= 16)
        {
            InsertionSort(_sorted.AsSpan(start, n)); // small objects are the norm; Array.Sort allocates a delegate
        }
        else
        {
            Array.Sort(_sorted, start, n, EntryComparer.Instance);
        }

        _sortedTop = start + n;
        return new ValueFrame { Node = obj, SortedStart = start, Count = n };
    }

    private static void InsertionSort(Span<KeyValuePair<string, JsValue>> entries)
    {
        for (int i = 1; i < entries.Length; i++)
        {
            KeyValuePair<string, JsValue> current = entries[i];
            int j = i - 1;
            while (j >= 0 && CanonicalKeyComparer.Instance.Compare(entries[j].Key, current.Key) > 0)
            {
                entries[j + 1] = entries[j];
                j--;
            }

            entries[j + 1] = current;
        }
    }

    private static bool IsCanonical(ReadOnlySpan<KeyValuePair<string, JsValue>> entries)
    {
        for (int i = 0; i < entries.Length; i++)
        {
            string key = entries[i].Key;
            if (string.Equals(key, ProtoKey, StringComparison.Ordinal)
                || (i > 0 && CanonicalKeyComparer.Instance.Compare(entries[i - 1].Key, key) >= 0))
            {
                return false;
            }
        }

        return true;
    }

    private void PushValueFrame(ref int count, ValueFrame frame)
    {
        if (count == _valueFrames.Length)
        {
            Array.Resize(ref _valueFrames, Math.Max(8, _valueFrames.Length * 2));
        }

        _valueFrames[count++] = frame;
    }

    /// <summary>An array or object being written by <see cref="WriteValue(JsValue)"/>.</summary>
    private struct ValueFrame
    {
        public JsValue? Node;
        public int SortedStart; // -1: the object's own entries are already in output order
        public int Count;
        public int Index;
    }

    private sealed class EntryComparer : IComparer<KeyValuePair<string, JsValue>>
    {
        public static readonly EntryComparer Instance = new();

        public int Compare(KeyValuePair<string, JsValue> x, KeyValuePair<string, JsValue> y) =>
            CanonicalKeyComparer.Instance.Compare(x.Key, y.Key);
    }
}
