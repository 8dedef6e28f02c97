using System.Globalization;
using Rmrk.Core.Js;

namespace Rmrk.Core.Tests.Js;

public class JsNumberFormatTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(999999999999999900000.0, "999999999999999900000")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(-1.2345e25, "-1.2345e+25")]
    [InlineData(12345678901234567890.0, "12345678901234567000")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Formats_like_Number_toString(double value, string expected)
    {
        JsNumberFormat.Format(value).ShouldBe(expected);
    }

    [Fact]
    public void Minus_zero_formats_as_zero()
    {
        JsNumberFormat.Format(-0.0).ShouldBe("0");
    }

    [Fact]
    public void Formats_every_V8_table_value_identically()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (string line in JsNumberFormatData.Formatted.Split('\n'))
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            ulong bits = ulong.Parse(line.AsSpan(0, space), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            string expected = line[(space + 1)..];
            string actual = JsNumberFormat.Format(BitConverter.UInt64BitsToDouble(bits));
            if (!string.Equals(actual, expected, StringComparison.Ordinal))
            {
                failures.Add($"{bits:x16}: {actual}, V8 {expected}");
            }

            count++;
        }

        count.ShouldBeGreaterThan(5000);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Span_overload_needs_room_for_the_longest_number()
    {
        Should.Throw<ArgumentException>(() => JsNumberFormat.Format(1.0, new char[JsNumberFormat.MaxLength - 1]));
    }
}
