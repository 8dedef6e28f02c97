using System.Text;
using Rmrk.Core.Js;

namespace Rmrk.Core.Tests.Interactions;

/// <summary>A JSON value written out with its types and its key order, for comparing what two readers made.</summary>
internal static class JsDescription
{
    public static string Of(JsValue? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, JsValue? value)
    {
        switch (value)
        {
            case null:
                text.Append("<none>");
                break;
            case JsObject o:
                text.Append('{');
                foreach (var (key, member) in o.Entries)
                {
                    text.Append(key).Append('=');
                    Append(text, member);
                    text.Append(';');
                }

                text.Append('}');
                break;
            case JsArray a:
                text.Append('[');
                foreach (var item in a.Items)
                {
                    Append(text, item);
                    text.Append(';');
                }

                text.Append(']');
                break;
            default:
                text.Append(value.GetType().Name).Append(':').Append(CanonicalJsonWriter.Serialize(value));
                break;
        }
    }
}
