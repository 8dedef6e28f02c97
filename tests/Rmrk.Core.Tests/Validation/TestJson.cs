using System.Text.Json;
using Rmrk.Core.Js;

namespace Rmrk.Core.Tests.Validation;

/// <summary>
/// Test-only stand-in for JSON.parse → JsValue (the production parser lives on another branch):
/// text that is not JSON comes back as a JsString, as getRemarkData returns it.
/// </summary>
internal static class TestJson
{
    public static JsValue Parse(string text)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            return Convert(document.RootElement);
        }
        catch (JsonException)
        {
            return new JsString(text);
        }
    }

    private static JsValue Convert(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsObject();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    obj.Set(property.Name, Convert(property.Value));
                }

                return obj;
            case JsonValueKind.Array:
                var items = new List<JsValue>();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    items.Add(Convert(item));
                }

                return new JsArray(items);
            case JsonValueKind.String:
                return new JsString(element.GetString()!);
            case JsonValueKind.Number:
                return new JsNumber(element.GetDouble());
            case JsonValueKind.True:
                return JsBool.True;
            case JsonValueKind.False:
                return JsBool.False;
            default:
                return JsNull.Instance;
        }
    }
}
