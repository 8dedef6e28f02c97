using Rmrk.Core.Js;
using Rmrk.Core.Tests.Interactions;

namespace Rmrk.Core.Tests.Js;

/// <summary>
/// Properties kept as text must be exactly what <c>JSON.parse</c> would have built at the MINT: whatever
/// <see cref="UnparsedJson.PlainLength"/> measures, the parser reads as one value of that length, and building
/// the kept text gives the same value.
/// </summary>
public class UnparsedJsonTests
{
    [Theory]
    [InlineData("{}", 2)]
    [InlineData("[]", 2)]
    [InlineData("{\"a\":{\"b\":[1,-2.5e+3,true,false,null,\"x\"]},\"c\":{}}", 50)]
    [InlineData("{\"a\":1}::rest", 7)]
    [InlineData("{\"a\":1,\"a\":2}", 13)] // a repeated key is JSON.parse's business, as it would have been at the MINT
    [InlineData("{\"é\":\"中文 😀\"}", 13)]
    public void Measures_plain_values(string text, int length) =>
        UnparsedJson.PlainLength(text).ShouldBe(length);

    [Theory]
    [InlineData("{ \"a\":1}")] // whitespace
    [InlineData("{\"a\" :1}")]
    [InlineData("{\"a\\u0041\":1}")] // an escape
    [InlineData("{\"a\":\"\t\"}")] // a control character
    [InlineData("{\"a\":01}")]
    [InlineData("{\"a\":1.}")]
    [InlineData("{\"a\":.5}")]
    [InlineData("{\"a\":-}")]
    [InlineData("{\"a\":1e}")]
    [InlineData("{\"a\":tru}")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1,]")]
    [InlineData("{\"a\"}")]
    [InlineData("{1:1}")]
    [InlineData("{\"a\":1]")]
    [InlineData("[1}")]
    [InlineData("{\"a\":1")]
    [InlineData("{\"a\":NaN}")]
    [InlineData("")]
    public void Declines_anything_else(string text) =>
        UnparsedJson.PlainLength(text).ShouldBe(0);

    [Fact]
    public void Declines_more_than_64_open_levels()
    {
        // The innermost empty array is a complete value, not a level left open.
        UnparsedJson.PlainLength(new string('[', 65) + new string(']', 65)).ShouldBe(130);
        UnparsedJson.PlainLength(new string('[', 66) + new string(']', 66)).ShouldBe(0);
    }

    [Fact]
    public void A_lone_surrogate_is_not_taken_as_text()
    {
        UnparsedJson.TryTakePlain("{\"a\":\"\ud800\"}", "\"royalty\"", out _).ShouldBeNull();
        UnparsedJson.TryTakePlain("{\"a\":\"\ud83d\ude00\"}", "\"royalty\"", out _)!.Parse()
            .ShouldBeOfType<JsObject>()["a"].ShouldBeOfType<JsString>().Value.ShouldBe("\ud83d\ude00");
    }

    [Fact]
    public void Text_holding_the_excluded_word_is_not_taken()
    {
        UnparsedJson.TryTakePlain("{\"r\":{\"type\":\"royalty\"}}", "\"royalty\"", out _).ShouldBeNull();
        UnparsedJson.TryTakePlain("{\"r\":{\"type\":\"royal\"}}", "\"royalty\"", out _).ShouldNotBeNull();
    }

    [Fact]
    public void Agrees_with_the_parser_on_every_V8_case()
    {
        int measured = 0;
        foreach (var c in JsJsonData.Cases)
        {
            foreach (string text in new[] { c.Text, "{\"k\":" + c.Text + "}", "[" + c.Text + ",0]" })
            {
                measured += AgreesWithTheParser(text) ? 1 : 0;
            }
        }

        measured.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Agrees_with_the_parser_on_random_texts()
    {
        const string Pieces = "{}[],:\"\"a1-0.e+E5truefalsenull é\\\t";
        var random = new Random(11);
        int measured = 0;
        for (int i = 0; i < 200_000; i++)
        {
            var text = new System.Text.StringBuilder(random.Next(1, 3) == 1 ? "{" : "[");
            int length = random.Next(1, 24);
            for (int j = 0; j < length; j++)
            {
                text.Append(random.Next(4) == 0 ? "\"k\"" : Pieces[random.Next(Pieces.Length)].ToString());
            }

            measured += AgreesWithTheParser(text.ToString()) ? 1 : 0;
        }

        measured.ShouldBeGreaterThan(500);
    }

    /// <summary>Whether the text starts with a plain value; checks that the parser reads it alike if so.</summary>
    private static bool AgreesWithTheParser(string text)
    {
        int length = UnparsedJson.PlainLength(text);
        if (length == 0)
        {
            return false;
        }

        JsJson.TryParsePrefix(text, out var parsed, out int parsedLength).ShouldBeTrue(text);
        parsedLength.ShouldBe(length, text);
        var kept = UnparsedJson.TryTakePlain(text, "\"royalty\"", out _);
        if (kept is not null)
        {
            JsDescription.Of(kept.Parse()).ShouldBe(JsDescription.Of(parsed!), text);
        }

        return true;
    }
}
