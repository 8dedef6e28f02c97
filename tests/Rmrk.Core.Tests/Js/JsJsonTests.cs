using System.Globalization;
using System.Text;
using Rmrk.Core.Js;

namespace Rmrk.Core.Tests.Js;

public class JsJsonTests
{
    public static TheoryData<int> CaseIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < JsJsonData.Cases.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Accepts_and_rejects_like_V8_and_prints_like_the_oracle(int index)
    {
        JsJsonCase c = JsJsonData.Cases[index];

        bool accepted = JsJson.TryParse(c.Text, out JsValue? value);

        accepted.ShouldBe(c.Accepted, $"text: {c.Text}");
        if (accepted)
        {
            CanonicalJsonWriter.Serialize(value!).ShouldBe(c.Compact + "\n");
            CanonicalJsonWriter.Serialize(value!, indented: true).ShouldBe(c.Pretty + "\n");
        }
    }

    [Fact]
    public void Numbers_parse_to_the_same_double_as_V8()
    {
        var failures = new List<string>();
        foreach (string line in JsNumberFormatData.Parsed.Split('\n'))
        {
            int space = line.LastIndexOf(' ');
            string text = line[..space];
            ulong expected = ulong.Parse(line[(space + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

            if (!JsJson.TryParse(text, out JsValue? value) || value is not JsNumber number)
            {
                failures.Add($"{text}: rejected");
            }
            else if (BitConverter.DoubleToUInt64Bits(number.Value) != expected)
            {
                failures.Add($"{text}: {BitConverter.DoubleToUInt64Bits(number.Value):x16}, V8 {expected:x16}");
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Minus_zero_stays_minus_zero()
    {
        JsJson.TryParse("-0", out JsValue? value).ShouldBeTrue();
        double.IsNegative(((JsNumber)value!).Value).ShouldBeTrue();
    }

    [Fact]
    public void Duplicate_key_keeps_its_first_position_and_the_last_value()
    {
        JsJson.TryParse("""{"b":1,"a":2,"b":3}""", out JsValue? value).ShouldBeTrue();

        var obj = (JsObject)value!;
        obj.Entries.ToArray().Select(e => e.Key).ShouldBe(["b", "a"]);
        ((JsNumber)obj["b"]!).Value.ShouldBe(3);
    }

    [Fact]
    public void Proto_key_is_an_ordinary_own_property()
    {
        JsJson.TryParse("""{"__proto__":{"x":1},"a":2}""", out JsValue? value).ShouldBeTrue();

        var obj = (JsObject)value!;
        obj.Entries.ToArray().Select(e => e.Key).ShouldBe(["__proto__", "a"]);
        obj["__proto__"].ShouldBeOfType<JsObject>();
    }

    [Fact]
    public void Array_index_keys_enumerate_first_as_in_JavaScript()
    {
        JsJson.TryParse("""{"b":1,"10":2,"2":3}""", out JsValue? value).ShouldBeTrue();

        ((JsObject)value!).Entries.ToArray().Select(e => e.Key).ShouldBe(["2", "10", "b"]);
    }

    [Fact]
    public void Escapes_decode_including_lone_surrogates()
    {
        JsJson.TryParse("""["\ud800x\udc00","\ud83d\ude00","\u00E9\/\b\f\n\r\t\"\\"]""", out JsValue? value)
            .ShouldBeTrue();

        var items = ((JsArray)value!).Items.Select(v => ((JsString)v).Value).ToList();
        items[0].ShouldBe("\ud800x\udc00");
        items[1].ShouldBe("\U0001F600");
        items[2].ShouldBe("\u00e9/\b\f\n\r\t\"\\");
    }

    [Fact]
    public void Raw_lone_surrogates_are_accepted_and_written_back_escaped()
    {
        string text = "\"a\ud800b\udfff\"";

        JsJson.TryParse(text, out JsValue? value).ShouldBeTrue();

        ((JsString)value!).Value.ShouldBe("a\ud800b\udfff");
        CanonicalJsonWriter.Serialize(value).ShouldBe("\"a\\ud800b\\udfff\"\n");
    }

    [Fact]
    public void Parses_a_slice_of_a_larger_text()
    {
        string remark = """RMRK::SETPROPERTY::2.0.0::id::key::{"v":[1,2]}""";

        JsJson.TryParse(remark.AsSpan(remark.IndexOf('{', StringComparison.Ordinal)), out JsValue? value)
            .ShouldBeTrue();

        CanonicalJsonWriter.Serialize(value).ShouldBe("""{"v":[1,2]}""" + "\n");
    }

    [Fact]
    public void Long_strings_with_many_escapes_decode()
    {
        var json = new StringBuilder("\"");
        var expected = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $"ab\\n\\u{i:x4}");
            expected.Append("ab\n").Append((char)i);
        }

        json.Append('"');

        JsJson.TryParse(json.ToString(), out JsValue? value).ShouldBeTrue();
        ((JsString)value!).Value.ShouldBe(expected.ToString());
    }

    [Fact]
    public void Deeply_nested_arrays_parse_and_print_without_stack_overflow()
    {
        const int Depth = 100_000;
        string text = new string('[', Depth) + new string(']', Depth);

        JsJson.TryParse(text, out JsValue? value).ShouldBeTrue();

        CanonicalJsonWriter.Serialize(value).ShouldBe(text + "\n");
    }

    [Fact]
    public void Deeply_nested_objects_parse_and_print_without_stack_overflow()
    {
        const int Depth = 100_000;
        string text = new StringBuilder().Insert(0, """{"a":""", Depth).Append('1').Append('}', Depth).ToString();

        JsJson.TryParse(text, out JsValue? value).ShouldBeTrue();

        CanonicalJsonWriter.Serialize(value).ShouldBe(text + "\n");
    }

    [Theory]
    [InlineData(100_000, "[")]
    [InlineData(100_000, "{\"a\":")]
    [InlineData(100_000, "[1,")]
    public void Deep_unterminated_input_is_rejected(int depth, string unit)
    {
        string text = new StringBuilder().Insert(0, unit, depth).ToString();

        JsJson.TryParse(text, out _).ShouldBeFalse();
    }
}
