namespace Rmrk.Core.Js;

/// <summary>
/// Writes JSON with the bytes of the reference's <c>JSON.stringify(canonical(x))</c> (compact) or
/// <c>JSON.stringify(canonical(x), null, 2)</c> (indented), each document followed by one <c>"\n"</c>.
/// The low-level methods write exactly what they are given: callers writing entities field by field pass
/// property names in the order they must appear. <see cref="WriteValue(JsValue)"/> writes user JSON with
/// the reference's canonical key order (see <see cref="CanonicalKeyComparer"/>).
/// </summary>
/// <remarks>
/// Output is buffered; the buffer is handed to the <see cref="TextWriter"/> when a top-level document
/// ends and on <see cref="Flush"/>. Not thread-safe. Misuse (a value where a property name is due, an
/// unbalanced end) throws <see cref="InvalidOperationException"/>.
/// </remarks>
public sealed partial class CanonicalJsonWriter
{
    private const int BufferSize = 16 * 1024;
    private const byte ObjectFlag = 1;
    private const byte HasItemsFlag = 2;

    private readonly TextWriter _output;
    private readonly bool _indented;
    private readonly char[] _buffer = new char[BufferSize];
    private int _length;
    private byte[] _containers = new byte[32];
    private int _depth;
    private bool _afterPropertyName;

    public CanonicalJsonWriter(TextWriter output, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _indented = indented;
    }

    /// <summary>True for the <c>JSON.stringify(x, null, 2)</c> layout.</summary>
    public bool Indented => _indented;

    /// <summary>Number of open arrays and objects.</summary>
    public int Depth => _depth;

    /// <summary><c>JSON.stringify(canonical(value)) + "\n"</c>, or the indented form.</summary>
    public static string Serialize(JsValue value, bool indented = false)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        new CanonicalJsonWriter(text, indented).WriteValue(value);
        return text.ToString();
    }

    public void WriteStartObject()
    {
        BeforeValue();
        Append('{');
        Push(ObjectFlag);
    }

    public void WriteEndObject() => End(ObjectFlag, '}');

    public void WriteStartArray()
    {
        BeforeValue();
        Append('[');
        Push(0);
    }

    public void WriteEndArray() => End(0, ']');

    /// <summary>Writes <c>"name":</c> (<c>"name": </c> when indented); the next write is its value.</summary>
    public void WritePropertyName(string name)
    {
        if (_depth == 0 || (_containers[_depth - 1] & ObjectFlag) == 0 || _afterPropertyName)
        {
            throw new InvalidOperationException("A property name is only allowed directly inside an object.");
        }

        BeginItem();
        WriteQuoted(name);
        Append(':');
        if (_indented)
        {
            Append(' ');
        }

        _afterPropertyName = true;
    }

    public void WriteString(string value)
    {
        BeforeValue();
        WriteQuoted(value);
        AfterValue();
    }

    /// <summary>The property with a string value, or nothing when the value is absent (the key is left out).</summary>
    public void WriteOptional(string name, string? value)
    {
        if (value is not null)
        {
            WritePropertyName(name);
            WriteString(value);
        }
    }

    /// <summary>The property with a JSON value, or nothing when the value is absent (the key is left out).</summary>
    public void WriteOptional(string name, JsValue? value)
    {
        if (value is not null)
        {
            WritePropertyName(name);
            WriteValue(value);
        }
    }

    /// <summary>As JavaScript prints a number in JSON; NaN and ±Infinity become <c>null</c>.</summary>
    public void WriteNumber(double value)
    {
        BeforeValue();
        if (double.IsFinite(value))
        {
            Reserve(JsNumberFormat.MaxLength);
            _length += JsNumberFormat.Format(value, _buffer.AsSpan(_length));
        }
        else
        {
            Append("null");
        }

        AfterValue();
    }

    public void WriteBoolean(bool value)
    {
        BeforeValue();
        Append(value ? "true" : "false");
        AfterValue();
    }

    public void WriteNull()
    {
        BeforeValue();
        Append("null");
        AfterValue();
    }

    /// <summary>Hands buffered output to the <see cref="TextWriter"/> and flushes it.</summary>
    public void Flush()
    {
        FlushBuffer();
        _output.Flush();
    }

    private void BeforeValue()
    {
        if (_afterPropertyName)
        {
            _afterPropertyName = false;
            return;
        }

        if (_depth == 0)
        {
            return;
        }

        if ((_containers[_depth - 1] & ObjectFlag) != 0)
        {
            throw new InvalidOperationException("A value inside an object needs a property name first.");
        }

        BeginItem();
    }

    /// <summary>Separator and, when indented, a new line at the current depth, before an array item or key.</summary>
    private void BeginItem()
    {
        ref byte flags = ref _containers[_depth - 1];
        if ((flags & HasItemsFlag) != 0)
        {
            Append(',');
        }

        flags |= HasItemsFlag;
        if (_indented)
        {
            NewLine(_depth);
        }
    }

    private void AfterValue()
    {
        if (_depth == 0)
        {
            Append('\n');
            FlushBuffer();
        }
    }

    private void Push(byte flags)
    {
        if (_depth == _containers.Length)
        {
            Array.Resize(ref _containers, _containers.Length * 2);
        }

        _containers[_depth++] = flags;
    }

    private void End(byte kind, char close)
    {
        if (_depth == 0 || (_containers[_depth - 1] & ObjectFlag) != kind || _afterPropertyName)
        {
            throw new InvalidOperationException($"Unexpected '{close}'.");
        }

        bool hasItems = (_containers[--_depth] & HasItemsFlag) != 0;
        if (_indented && hasItems)
        {
            NewLine(_depth);
        }

        Append(close);
        AfterValue();
    }

    private void NewLine(int depth)
    {
        Append('\n');
        int spaces = depth * 2;
        while (spaces > 0)
        {
            int chunk = Math.Min(spaces, BufferSize);
            Reserve(chunk);
            _buffer.AsSpan(_length, chunk).Fill(' ');
            _length += chunk;
            spaces -= chunk;
        }
    }

    private void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            FlushBuffer();
        }

        _buffer[_length++] = c;
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (chars.Length > _buffer.Length - _length)
        {
            FlushBuffer();
            if (chars.Length > _buffer.Length)
            {
                _output.Write(chars);
                return;
            }
        }

        chars.CopyTo(_buffer.AsSpan(_length));
        _length += chars.Length;
    }

    /// <summary>Makes room for <paramref name="count"/> chars (at most the buffer size).</summary>
    private void Reserve(int count)
    {
        if (count > _buffer.Length - _length)
        {
            FlushBuffer();
        }
    }

    private void FlushBuffer()
    {
        if (_length > 0)
        {
            _output.Write(_buffer, 0, _length);
            _length = 0;
        }
    }
}
