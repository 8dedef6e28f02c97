using System.Globalization;
using System.Text;
using Rmrk.Core.Js;

namespace Rmrk.Core.Tests.Js;

public class CanonicalJsonWriterTests
{
    // JSON.stringify({block:7,changes:[],id:"x",pending:false,price:1.5e-7,props:{a:[1,{}]}}[, null, 2])
    private const string EntityCompact =
        """{"block":7,"changes":[],"id":"x","pending":false,"price":1.5e-7,"props":{"a":[1,{}]}}""";

    private const string EntityPretty = """
        {
          "block": 7,
          "changes": [],
          "id": "x",
          "pending": false,
          "price": 1.5e-7,
          "props": {
            "a": [
              1,
              {}
            ]
          }
        }
        """;

    [Theory]
    [InlineData(false, EntityCompact)]
    [InlineData(true, EntityPretty)]
    public void Field_by_field_writing_matches_JSON_stringify(bool indented, string expected)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new CanonicalJsonWriter(text, indented);

        writer.WriteStartObject();
        writer.WritePropertyName("block");
        writer.WriteNumber(7);
        writer.WritePropertyName("changes");
        writer.WriteStartArray();
        writer.WriteEndArray();
        writer.WritePropertyName("id");
        writer.WriteString("x");
        writer.WritePropertyName("pending");
        writer.WriteBoolean(false);
        writer.WritePropertyName("price");
        writer.WriteNumber(1.5e-7);
        writer.WritePropertyName("props");
        JsJson.TryParse("""{"a":[1,{}]}""", out JsValue? props).ShouldBeTrue();
        writer.WriteValue(props);
        writer.WriteEndObject();

        text.ToString().ShouldBe(expected + "\n");
        writer.Depth.ShouldBe(0);
    }

    [Fact]
    public void Strings_are_escaped_exactly_as_JSON_stringify()
    {
        CanonicalJsonWriter.Serialize(new JsString(JsJsonData.EscapeInput))
            .ShouldBe(JsJsonData.EscapeExpected + "\n");
    }

    [Fact]
    public void Property_names_are_escaped_too()
    {
        var obj = new JsObject();
        obj.Set("k\"\ud800\n", JsNull.Instance);

        CanonicalJsonWriter.Serialize(obj).ShouldBe("{\"k\\\"\\ud800\\n\":null}\n");
    }

    [Fact]
    public void Long_strings_cross_the_buffer_boundary_intact()
    {
        var raw = new StringBuilder();
        var expected = new StringBuilder("\"");
        for (int i = 0; i < 20_000; i++)
        {
            raw.Append("é\"\U0001F600\udc00");
            expected.Append("é\\\"\U0001F600\\udc00");
        }

        expected.Append("\"\n");

        CanonicalJsonWriter.Serialize(new JsString(raw.ToString())).ShouldBe(expected.ToString());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_numbers_are_written_as_null(double value)
    {
        CanonicalJsonWriter.Serialize(new JsArray([new JsNumber(value)])).ShouldBe("[null]\n");
    }

    [Fact]
    public void User_values_get_the_oracle_key_order_and_lose_proto_keys()
    {
        var obj = new JsObject();
        obj.Set("b", new JsNumber(1));
        obj.Set("_", new JsNumber(2));
        obj.Set("B", new JsNumber(3));
        obj.Set("10", new JsNumber(4));
        obj.Set("2", new JsNumber(5));
        obj.Set("__proto__", new JsNumber(6));
        obj.Set("01", new JsNumber(7));

        // node: JSON.stringify(canonical({b:1,_:2,B:3,10:4,2:5,["__proto__"]:6,"01":7}))
        CanonicalJsonWriter.Serialize(obj).ShouldBe("""{"2":5,"10":4,"01":7,"B":3,"_":2,"b":1}""" + "\n");
        obj.Entries.ToArray().Select(e => e.Key).ShouldBe(["2", "10", "b", "_", "B", "__proto__", "01"]);
    }

    [Fact]
    public void Large_unsorted_objects_nested_in_unsorted_objects_are_sorted_at_every_level()
    {
        var inner = new JsObject();
        var outer = new JsObject();
        for (int i = 39; i >= 0; i--)
        {
            inner.Set($"k{i:00}", new JsNumber(i));
        }

        inner.Set("100", JsBool.True);
        inner.Set("5", JsBool.False);
        outer.Set("z", inner);
        outer.Set("a", inner);

        string innerJson = "{\"5\":false,\"100\":true,"
            + string.Join(",", Enumerable.Range(0, 40).Select(i => $"\"k{i:00}\":{i}")) + "}";
        CanonicalJsonWriter.Serialize(outer).ShouldBe($"{{\"a\":{innerJson},\"z\":{innerJson}}}\n");
    }

    [Fact]
    public void Each_top_level_document_ends_with_one_newline()
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new CanonicalJsonWriter(text);

        writer.WriteNumber(1);
        writer.WriteStartArray();
        writer.WriteEndArray();
        writer.WriteString("s");

        text.ToString().ShouldBe("1\n[]\n\"s\"\n");
    }

    [Fact]
    public void Pretty_empty_containers_stay_on_one_line()
    {
        JsJson.TryParse("""{"a":{},"b":[],"c":[[]]}""", out JsValue? value).ShouldBeTrue();

        CanonicalJsonWriter.Serialize(value, indented: true)
            .ShouldBe("{\n  \"a\": {},\n  \"b\": [],\n  \"c\": [\n    []\n  ]\n}\n");
    }

    [Fact]
    public void Misuse_throws()
    {
        var writer = new CanonicalJsonWriter(new StringWriter(CultureInfo.InvariantCulture));
        Should.Throw<InvalidOperationException>(() => writer.WritePropertyName("a"));
        Should.Throw<InvalidOperationException>(writer.WriteEndObject);

        writer.WriteStartObject();
        Should.Throw<InvalidOperationException>(() => writer.WriteNumber(1));
        Should.Throw<InvalidOperationException>(writer.WriteEndArray);
        writer.WritePropertyName("a");
        Should.Throw<InvalidOperationException>(() => writer.WritePropertyName("b"));
        Should.Throw<InvalidOperationException>(writer.WriteEndObject);
    }

    [Fact]
    public void Large_documents_stream_through_the_buffer()
    {
        var array = new JsArray();
        var expected = new StringBuilder("[");
        for (int i = 0; i < 50_000; i++)
        {
            array.Items.Add(new JsNumber(i + 0.5));
            expected.Append(i == 0 ? "" : ",").Append((i + 0.5).ToString(CultureInfo.InvariantCulture));
        }

        expected.Append("]\n");

        CanonicalJsonWriter.Serialize(array).ShouldBe(expected.ToString());
    }
}
