namespace Rmrk.Core.Js;

/// <summary>
/// A JSON value with JavaScript semantics: what <c>JSON.parse</c> returns in the reference. User payloads
/// (properties, themes, parts, resources) are kept in this form so that they print exactly as the
/// reference prints them and so that <c>typeof</c>-style checks behave as in JavaScript.
/// </summary>
public abstract class JsValue
{
    /// <summary>The JavaScript <c>typeof</c> of the value: object, string, number or boolean.</summary>
    public abstract string TypeOf { get; }

    /// <summary>JavaScript truthiness.</summary>
    public abstract bool IsTruthy { get; }
}

public sealed class JsNull : JsValue
{
    public static readonly JsNull Instance = new();

    private JsNull()
    {
    }

    public override string TypeOf => "object";

    public override bool IsTruthy => false;
}

public sealed class JsBool : JsValue
{
    public static readonly JsBool True = new(true);
    public static readonly JsBool False = new(false);

    private JsBool(bool value) => Value = value;

    public bool Value { get; }

    public static JsBool Of(bool value) => value ? True : False;

    public override string TypeOf => "boolean";

    public override bool IsTruthy => Value;
}

public sealed class JsNumber(double value) : JsValue
{
    public double Value { get; } = value;

    public override string TypeOf => "number";

    public override bool IsTruthy => Value != 0 && !double.IsNaN(Value);
}

public sealed class JsString(string value) : JsValue
{
    public static readonly JsString Empty = new(string.Empty);

    public string Value { get; } = value;

    public override string TypeOf => "string";

    public override bool IsTruthy => Value.Length > 0;
}

public sealed class JsArray : JsValue
{
    public JsArray()
    {
        Items = [];
    }

    public JsArray(List<JsValue> items)
    {
        Items = items;
    }

    public List<JsValue> Items { get; }

    public override string TypeOf => "object";

    public override bool IsTruthy => true;
}
