using Rmrk.Core.Js;
using Rmrk.Core.Rmrk1.Input;

namespace Rmrk.Core.Tests.Rmrk1;

/// <summary>The 1.0.0 input reader: strings as JSON.parse reads them, and a shape it cannot read named in its error.</summary>
public class Rmrk1InputTests
{
    [Theory]
    [InlineData("""[{"caller":"a","remark":"x"}]""", "element 0: 'block' must be an integer")]
    [InlineData("""[{"block":"5","remark":"x"}]""", "element 0: 'block' must be an integer")]
    [InlineData("""[{"block":1.5,"remark":"x"}]""", "element 0: 'block' must be an integer")]
    [InlineData("""[7]""", "element 0 must be an object")]
    [InlineData("""[{"block":5,"calls":"x"}]""", "element 0: 'calls' must be an array")]
    [InlineData("""[{"block":5,"calls":[3]}]""", "element 0: a call must be an object")]
    [InlineData("""[{"block":5,"calls":[{"call":"system.remark","extras":[1]}]}]""", "an entry of 'extras' must be an object")]
    [InlineData("""{"options":{"ss58Format":1e300},"remarks":[]}""", "options.ss58Format must be an integer, not 1e300")]
    public void A_shape_the_reader_cannot_take_is_a_format_error_naming_the_place(string json, string message)
    {
        Should.Throw<FormatException>(() => Rmrk1Input.Parse(json)).Message.ShouldBe(message);
    }

    [Fact]
    public void Escaped_lone_surrogates_are_kept_as_JSON_parse_keeps_them()
    {
        var input = Rmrk1Input.Parse("""[{"block":5,"caller":"\ud800","interaction_type":"MINT","version":"1.0.0","remark":"a\udc00b\ud83d\ude00"}]""");

        input.Remarks[0].Caller.ShouldBe("\ud800");
        input.Remarks[0].Text.ShouldBe("a\udc00b\ud83d\ude00");
    }

    [Fact]
    public void StringValue_keeps_an_escaped_lone_surrogate()
    {
        // In code, not in an attribute: attribute strings are stored as UTF-8, which cannot hold a lone surrogate.
        JsJson.StringValue("\"a\\ud800\"").ShouldBe("a\ud800");
    }

    [Theory]
    [InlineData("\"\\u00e9\\n\"", "\u00e9\n")]
    [InlineData("\"\"", "")]
    public void StringValue_is_the_string_JSON_parse_gives(string literal, string expected)
    {
        JsJson.StringValue(literal).ShouldBe(expected);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("\"a")]
    [InlineData("[\"a\"]")]
    public void StringValue_is_null_for_what_is_not_one_string_literal(string literal)
    {
        JsJson.StringValue(literal).ShouldBeNull();
    }
}
