using Rmrk.Core.Js;

namespace Rmrk.Core.Tests;

public class JsObjectTests
{
    [Fact]
    public void Array_index_keys_enumerate_first_in_numeric_order()
    {
        var o = new JsObject();
        o.Set("b", JsNull.Instance);
        o.Set("10", JsNull.Instance);
        o.Set("a", JsNull.Instance);
        o.Set("2", JsNull.Instance);
        o.Set("01", JsNull.Instance);

        o.Entries.ToArray().Select(e => e.Key).ShouldBe(["2", "10", "b", "a", "01"]);
    }

    [Fact]
    public void Setting_an_existing_key_keeps_its_position()
    {
        var o = new JsObject();
        o.Set("x", new JsNumber(1));
        o.Set("y", new JsNumber(2));
        o.Set("x", new JsNumber(3));

        o.Entries.ToArray().Select(e => e.Key).ShouldBe(["x", "y"]);
        ((JsNumber)o["x"]!).Value.ShouldBe(3);
    }
}
