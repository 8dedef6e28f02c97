using Rmrk.Core.Js;

namespace Rmrk.Core.Tests.Js;

public class JsUriTests
{
    // decodeURI and decodeURIComponent of each input; null = URIError "URI malformed".
    // Expected values captured from Node 20.20 + rmrk-tools 2.1.13 (superstruct 0.14.2, @polkadot/util 12.6.2).
    [Theory]
    [InlineData("", "", "")]
    [InlineData("abc", "abc", "abc")]
    [InlineData("%41", "A", "A")]
    [InlineData("%4a%4A", "JJ", "JJ")]
    [InlineData("%3A%2f%2F%3b%3F%40%26%3D%2B%24%2C%23", "%3A%2f%2F%3b%3F%40%26%3D%2B%24%2C%23", "://;?@&=+$,#")]
    [InlineData("%25", "%", "%")]
    [InlineData("%20", " ", " ")]
    [InlineData("%", null, null)]
    [InlineData("%4", null, null)]
    [InlineData("%G1", null, null)]
    [InlineData("%4G", null, null)]
    [InlineData("a%", null, null)]
    [InlineData("%E0%A4%A", null, null)]
    [InlineData("%E0%A4%A4", "\u0924", "\u0924")]
    [InlineData("%e0%a4%a4x", "\u0924x", "\u0924x")]
    [InlineData("%C0%AF", null, null)]
    [InlineData("%C1%BF", null, null)]
    [InlineData("%C2%80", "\u0080", "\u0080")]
    [InlineData("%DF%BF", "\u07ff", "\u07ff")]
    [InlineData("%E0%80%80", null, null)]
    [InlineData("%E0%9F%BF", null, null)]
    [InlineData("%E0%A0%80", "\u0800", "\u0800")]
    [InlineData("%ED%9F%BF", "\ud7ff", "\ud7ff")]
    [InlineData("%ED%A0%80", null, null)]
    [InlineData("%ED%BF%BF", null, null)]
    [InlineData("%EE%80%80", "\ue000", "\ue000")]
    [InlineData("%EF%BF%BF", "\uffff", "\uffff")]
    [InlineData("%F0%8F%BF%BF", null, null)]
    [InlineData("%F0%90%80%80", "\U00010000", "\U00010000")]
    [InlineData("%F0%9F%98%80", "\U0001f600", "\U0001f600")]
    [InlineData("%F4%8F%BF%BF", "\U0010ffff", "\U0010ffff")]
    [InlineData("%F4%90%80%80", null, null)]
    [InlineData("%F5%80%80%80", null, null)]
    [InlineData("%F8%80%80%80%80", null, null)]
    [InlineData("%FF", null, null)]
    [InlineData("%80", null, null)]
    [InlineData("%BF", null, null)]
    [InlineData("%C2", null, null)]
    [InlineData("%C2%41", null, null)]
    [InlineData("%C2%C2", null, null)]
    [InlineData("%C2%", null, null)]
    [InlineData("%C2%8", null, null)]
    [InlineData("%C2x80", null, null)]
    [InlineData("%E0%A4", null, null)]
    [InlineData("%F0%9F%98", null, null)]
    [InlineData("%EF%BB%BF", "\ufeff", "\ufeff")]
    [InlineData("%00", "\u0000", "\u0000")]
    [InlineData("%7F", "\u007f", "\u007f")]
    [InlineData("%0a%0D", "\u000a\u000d", "\u000a\u000d")]
    [InlineData("%23x%2523", "%23x%23", "#x%23")]
    public void Decodes_like_JavaScript(string input, string? uri, string? component)
    {
        JsUri.TryDecodeUri(input, out string decodedUri).ShouldBe(uri is not null);
        if (uri is not null)
        {
            decodedUri.ShouldBe(uri);
        }

        JsUri.TryDecodeUriComponent(input, out string decodedComponent).ShouldBe(component is not null);
        if (component is not null)
        {
            decodedComponent.ShouldBe(component);
        }

        var buffer = new char[input.Length];
        int length = JsUri.DecodeUri(input, buffer);
        (length >= 0 ? new string(buffer, 0, length) : null).ShouldBe(uri, "decoding into a span is decodeURI too");
        length = JsUri.DecodeUriComponent(input, buffer);
        (length >= 0 ? new string(buffer, 0, length) : null).ShouldBe(component, "and decodeURIComponent");
    }

    [Fact]
    public void Long_input_uses_a_pooled_buffer_and_decodes_the_same()
    {
        string input = string.Concat(Enumerable.Repeat("%F0%9F%98%80a%3A", 100));
        JsUri.TryDecodeUri(input, out string uri).ShouldBeTrue();
        uri.ShouldBe(string.Concat(Enumerable.Repeat("\U0001F600a%3A", 100)));
        JsUri.TryDecodeUriComponent(input, out string component).ShouldBeTrue();
        component.ShouldBe(string.Concat(Enumerable.Repeat("\U0001F600a:", 100)));
    }

    [Fact]
    public void Input_without_escapes_is_returned_as_is()
    {
        const string input = "RMRK::SEND::2.0.0::x::y";
        JsUri.TryDecodeUri(input, out string result).ShouldBeTrue();
        ReferenceEquals(result, input).ShouldBeTrue();
    }

    [Fact]
    public void Lone_surrogates_pass_through_decoding()
    {
        // Captured from Node 20: decodeURI("\u00e9%C3%A9\ud800") === "\u00e9\u00e9\ud800" (same for decodeURIComponent).
        JsUri.TryDecodeUri("\u00e9%C3%A9\ud800", out string uri).ShouldBeTrue();
        uri.ShouldBe("\u00e9\u00e9\ud800");
        JsUri.TryDecodeUriComponent("\u00e9%C3%A9\ud800", out string component).ShouldBeTrue();
        component.ShouldBe("\u00e9\u00e9\ud800");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Plain_runs_of_any_length_between_escapes_are_copied_whole(int runLength)
    {
        // Short runs and long ones are found in different ways; both must keep every character and every escape.
        string run = new('x', runLength);
        string input = $"%3A{run}%2C{run}%3A{run}";
        JsUri.TryDecodeUriComponent(input, out string component).ShouldBeTrue();
        component.ShouldBe($":{run},{run}:{run}");
        JsUri.TryDecodeUri(input, out string uri).ShouldBeTrue();
        uri.ShouldBe(input);
    }

    [Fact]
    public void Runs_copied_in_whole_vectors_land_in_place_whatever_the_room_left()
    {
        // Runs are stored 16 characters at a time; near the end of the input or of the destination the rest must
        // be copied exactly, and no character may be shifted or lost at any run length or offset.
        for (int runLength = 0; runLength <= 40; runLength++)
        {
            for (int lead = 0; lead <= 17; lead++)
            {
                string run = Distinct(runLength, 'a');
                string head = Distinct(lead, 'A');
                string input = $"{head}%2C{run}%3A{run}%25";
                string expected = $"{head},{run}:{run}%";

                var exact = new char[input.Length];
                int length = JsUri.DecodeUriComponent(input, exact);
                new string(exact, 0, length).ShouldBe(expected, $"run {runLength}, lead {lead}");

                var roomy = new char[input.Length + 64];
                length = JsUri.DecodeUriComponent(input, roomy);
                new string(roomy, 0, length).ShouldBe(expected, $"run {runLength}, lead {lead}");
            }
        }
    }

    private static string Distinct(int length, char first) =>
        string.Create(length, first, static (span, c) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = (char)(c + (i % 26));
            }
        });
}
