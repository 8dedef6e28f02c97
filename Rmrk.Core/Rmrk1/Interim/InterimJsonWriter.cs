using System.Text;
using Rmrk.Core.Js;

namespace Rmrk.Core.Rmrk1.Interim;

/// <summary>
/// TEMPORARY stand-in for Rmrk.Core.Js.CanonicalJsonWriter until it lands on main: JSON.stringify output,
/// compact or pretty (2 spaces). Callers write keys in sorted order. Delete after merging.
/// </summary>
internal sealed class InterimJsonWriter(bool pretty)
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<int> _counts = new();
    private bool _afterName;

    public void WriteStartObject() => Open('{');

    public void WriteEndObject() => Close('}');

    public void WriteStartArray() => Open('[');

    public void WriteEndArray() => Close(']');

    public void WritePropertyName(string name)
    {
        BeforeValue();
        InterimJs.AppendJsonString(_sb, name);
        _sb.Append(pretty ? ": " : ":");
        _afterName = true;
    }

    public void WriteString(string value)
    {
        BeforeValue();
        InterimJs.AppendJsonString(_sb, value);
    }

    public void WriteNumber(double value)
    {
        BeforeValue();
        _sb.Append(InterimJs.FormatNumber(value));
    }

    public void WriteValue(JsValue value)
    {
        switch (value)
        {
            case JsNull:
                BeforeValue();
                _sb.Append("null");
                break;
            case JsBool b:
                BeforeValue();
                _sb.Append(b.Value ? "true" : "false");
                break;
            case JsNumber n:
                // JSON.stringify prints non-finite numbers as null; JSON input cannot hold them anyway.
                BeforeValue();
                _sb.Append(double.IsFinite(n.Value) ? InterimJs.FormatNumber(n.Value) : "null");
                break;
            case JsString s:
                WriteString(s.Value);
                break;
            case JsArray a:
                WriteStartArray();
                foreach (JsValue item in a.Items)
                {
                    WriteValue(item);
                }

                WriteEndArray();
                break;
            case JsObject o:
                var entries = new List<KeyValuePair<string, JsValue>>(o.Entries);
                entries.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
                WriteStartObject();
                foreach (KeyValuePair<string, JsValue> entry in entries)
                {
                    WritePropertyName(entry.Key);
                    WriteValue(entry.Value);
                }

                WriteEndObject();
                break;
        }
    }

    public override string ToString() => _sb.ToString();

    private void Open(char c)
    {
        BeforeValue();
        _sb.Append(c);
        _counts.Push(0);
    }

    private void Close(char c)
    {
        int count = _counts.Pop();
        if (pretty && count > 0)
        {
            _sb.Append('\n').Append(' ', 2 * _counts.Count);
        }

        _sb.Append(c);
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_counts.Count == 0)
        {
            return;
        }

        int count = _counts.Pop();
        if (count > 0)
        {
            _sb.Append(',');
        }

        if (pretty)
        {
            _sb.Append('\n').Append(' ', 2 * (_counts.Count + 1));
        }

        _counts.Push(count + 1);
    }
}
