using System.Buffers;

namespace Rmrk.Core.Js;

public sealed partial class CanonicalJsonWriter
{
    private const string ProtoKey = "__proto__";

    private ValueFrame[] _valueFrames = [];

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
                        PushValueFrame(ref count, new ValueFrame { Node = array, Count = array.Items.Count });
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
                    KeyValuePair<string, JsValue> entry = frame.Sorted is not null
                        ? frame.Sorted[i]
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

            if (frame.Sorted is not null)
            {
                ArrayPool<KeyValuePair<string, JsValue>>.Shared.Return(frame.Sorted, clearArray: true);
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

    /// <summary>Entries in output order: the object's own list when already canonical, else a sorted pooled copy.</summary>
    private static ValueFrame ObjectFrame(JsObject obj)
    {
        IReadOnlyList<KeyValuePair<string, JsValue>> entries = obj.Entries;
        if (IsCanonical(entries))
        {
            return new ValueFrame { Node = obj, Count = entries.Count };
        }

        KeyValuePair<string, JsValue>[] sorted = ArrayPool<KeyValuePair<string, JsValue>>.Shared.Rent(entries.Count);
        int n = 0;
        for (int i = 0; i < entries.Count; i++)
        {
            if (!string.Equals(entries[i].Key, ProtoKey, StringComparison.Ordinal))
            {
                sorted[n++] = entries[i];
            }
        }

        Array.Sort(sorted, 0, n, EntryComparer.Instance);
        return new ValueFrame { Node = obj, Sorted = sorted, Count = n };
    }

    private static bool IsCanonical(IReadOnlyList<KeyValuePair<string, JsValue>> entries)
    {
        for (int i = 0; i < entries.Count; i++)
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
        public KeyValuePair<string, JsValue>[]? Sorted;
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
