using System.Text;
using Rmrk.Indexer.Text;

namespace Rmrk.Indexer.Tests.Text;

public class Wtf8Tests
{
    [Fact]
    public void A_lone_surrogate_is_its_code_point_in_three_bytes_and_comes_back()
    {
        Wtf8.GetBytes("a\ud800b").ShouldBe(new byte[] { 0x61, 0xED, 0xA0, 0x80, 0x62 });
        Wtf8.GetBytes("\udfff").ShouldBe(new byte[] { 0xED, 0xBF, 0xBF });
        Wtf8.GetString([0x61, 0xED, 0xA0, 0x80, 0x62]).ShouldBe("a\ud800b");
    }

    [Theory]
    [InlineData(0xD800, 0xD800)] // two highs
    [InlineData(0xDC00, 0xD800)] // a low before a high: no pair
    [InlineData(0xDBFF, 0x0041)]
    [InlineData(0x0041, 0xDFFF)]
    public void Texts_with_lone_surrogates_anywhere_round_trip(int first, int second)
    {
        string text = $"{(char)first}{(char)second}x{(char)first}";
        Wtf8.GetString(Wtf8.GetBytes(text)).ShouldBe(text);
    }

    [Fact]
    public void Well_formed_text_is_encoded_as_utf8_byte_for_byte()
    {
        const string Text = "RMRK::MINT 😀 é ✓ \u0000 end";
        Wtf8.GetBytes(Text).ShouldBe(Encoding.UTF8.GetBytes(Text));
        Wtf8.GetString(Encoding.UTF8.GetBytes(Text)).ShouldBe(Text);
    }

    [Fact]
    public void Random_utf16_round_trips()
    {
        var random = new Random(20261125);
        char[] pool = ['a', 'é', '€', '\ud83d', '\ude00', '\ud800', '\udfff', '\u0000', '\uffff'];
        for (int i = 0; i < 2000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => pool[random.Next(pool.Length)])]);
            Wtf8.GetString(Wtf8.GetBytes(text)).ShouldBe(text);
        }
    }

    /// <summary>Bytes that are neither UTF-8 nor an encoded surrogate decode as <see cref="Encoding.UTF8"/> decodes them.</summary>
    [Fact]
    public void Other_invalid_bytes_become_replacement_characters_as_in_utf8()
    {
        var random = new Random(7);
        byte[] pool = [0x41, 0x80, 0xBF, 0xC0, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xF4, 0x90, 0xFF];
        for (int i = 0; i < 5000; i++)
        {
            byte[] bytes = [.. Enumerable.Range(0, random.Next(0, 10)).Select(_ => pool[random.Next(pool.Length)])];
            Wtf8.GetString(bytes).ShouldBe(Encoding.UTF8.GetString(bytes));
        }
    }

    [Fact]
    public void An_encoded_surrogate_cut_short_is_replaced()
    {
        Wtf8.GetString([0x61, 0xED, 0xA0]).ShouldBe(Encoding.UTF8.GetString([0x61, 0xED, 0xA0]));
        Wtf8.GetString([0xED, 0xA0, 0x41]).ShouldBe(Encoding.UTF8.GetString([0xED, 0xA0, 0x41]));
    }
}
