using System.Text.Json;
using Rmrk.Core.Emotes;

namespace Rmrk.Core.Tests.Emotes;

public class EmojiValidatorTests
{
    // unifiedToNative(input) and isValidEmoji(input), captured from rmrk-tools 2.1.13 on node 20;
    // the expected string is given as its code points, "" when the reference returns "".
    [Theory]
    [InlineData("1F600", "1F600", true)]
    [InlineData("1f600", "1F600", true)]
    [InlineData("U+1F600", "1F600", true)]
    [InlineData("UU1F600", "1F600", true)]
    [InlineData("U+U+1F600", "1F600", true)]
    [InlineData("+U1F600", "1F600", true)]
    [InlineData("U++1F600", "", false)]
    [InlineData("u+1F600", "", false)]
    [InlineData("1F600-", "1F600 0", true)]
    [InlineData("-1F600", "0 1F600", true)]
    [InlineData("1F600--1F601", "1F600 0 1F601", true)]
    [InlineData("1F600  1F601", "1F600 0 1F601", true)]
    [InlineData("1F600 -1F601", "1F600 1F601", true)]
    [InlineData("1F600\t-1F601", "1F600 1F601", true)]
    [InlineData("1F600\u00A0-1", "1F600 1", true)]
    [InlineData("1F600\u2028-1", "1F600 1", true)]
    [InlineData("1F600\uFEFF-1", "1F600 1", true)]
    [InlineData("1F600\u180E-1", "", false)]
    [InlineData("\t1F600-1", "", false)]
    [InlineData("", "0", false)]
    [InlineData(" ", "0 0", false)]
    [InlineData("-", "0 0", false)]
    [InlineData("0", "0", false)]
    [InlineData("30", "30", true)]
    [InlineData("110000", "", false)]
    [InlineData("10FFFF", "10FFFF", false)]
    [InlineData("D800", "D800", false)]
    [InlineData("D83D-DE00", "1F600", true)]
    [InlineData("D83D DE00", "1F600", true)]
    [InlineData("0x1F600", "", false)]
    [InlineData("1F600.0", "", false)]
    [InlineData("1e3", "1E3", false)]
    [InlineData("1_0", "", false)]
    [InlineData("ZZZZ", "", false)]
    [InlineData("000000000000000001F600", "1F600", true)]
    [InlineData("FFFFFFFFFFFFFFFFFFFF", "", false)]
    [InlineData("U+1F600-U+1F3FB", "1F600 1F3FB", true)]
    public void Matches_the_reference_on_notable_inputs(string unicode, string expectedCodePoints, bool expectedValid)
    {
        string native = EmojiValidator.UnifiedToNative(unicode);

        CodePoints(native).ShouldBe(expectedCodePoints);
        EmojiValidator.IsValidEmoji(unicode).ShouldBe(expectedValid);
    }

    [Fact]
    public void Null_is_not_an_emoji()
    {
        EmojiValidator.UnifiedToNative(null).ShouldBe(string.Empty);
        EmojiValidator.IsValidEmoji(null).ShouldBeFalse();
    }

    [Theory]
    [InlineData('-')]
    [InlineData(' ')]
    public void More_parts_than_the_reference_can_spread_into_fromCodePoint_make_no_emoji(char separator)
    {
        // The reference calls String.fromCodePoint(...parts); past the limit the spread overflows V8's stack and the
        // RangeError empties the text. Measured with consolidate.mjs once the emote code is optimised: 123,574 parts
        // pass, 123,575 fail (a fresh process fails from 123,036 on, so short reference runs differ in that window).
        string atLimit = string.Join(separator, Enumerable.Repeat("1F600", EmojiValidator.MaxFromCodePointArguments));
        string pastLimit = atLimit + separator + "1F600";

        EmojiValidator.IsValidEmoji(atLimit).ShouldBeTrue();
        EmojiValidator.UnifiedToNative(pastLimit).ShouldBe(string.Empty);
        EmojiValidator.IsValidEmoji(pastLimit).ShouldBeFalse();
        EmojiValidator.IsValidEmoji(pastLimit.Replace("1F600", "U+1F600", StringComparison.Ordinal)).ShouldBeFalse("U+ pairs go before the split");
    }

    [Fact]
    public void The_test_is_unanchored_and_works_on_utf16_units()
    {
        EmojiValidator.ContainsEmoji("abc😀def").ShouldBeTrue();
        EmojiValidator.ContainsEmoji("#").ShouldBeTrue();
        EmojiValidator.ContainsEmoji("\u20E3\uFE0F\u200D").ShouldBeFalse();
        EmojiValidator.ContainsEmoji(['\uD83D']).ShouldBeFalse();
        EmojiValidator.ContainsEmoji(['\uDE00', '\uD83D']).ShouldBeFalse();
        EmojiValidator.ContainsEmoji(['\uD83D', '\uD83D', '\uDE00']).ShouldBeTrue();
    }

    /// <summary>
    /// is-valid-emoji.txt: 25,159 inputs with isValidEmoji(input) from rmrk-tools 2.1.13 (emoji-regex 9.2.2)
    /// on node 20, one per line as 1 or 0 followed by the input as a JSON string. Generated with a fixed
    /// seed: every code point of the table and both neighbours of each range; random single code points
    /// from everywhere and from emoji-dense blocks (symbols, pictographs, tags, variation selectors,
    /// surrogates), in upper/lower case, with leading zeros and U+/UU/+U/u+ prefixes; sequences of 2–4
    /// parts joined by "-" or " " mixing emoji, non-emoji (ZWJ, FE0F, 20E3, tags, letters, lone
    /// surrogates), arbitrary code points and junk parts ("", "ZZ", "110000", white space); surrogate
    /// halves as separate parts; random junk strings; and hand-picked edge cases.
    /// </summary>
    [Fact]
    public void Matches_the_reference_on_captured_inputs()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Emotes", "is-valid-emoji.txt");
        var mismatches = new List<string>();
        int count = 0;
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            bool expected = line[0] == '1';
            string input = JsonSerializer.Deserialize<string>(line.AsSpan(1))!;
            count++;
            if (EmojiValidator.IsValidEmoji(input) != expected)
            {
                mismatches.Add(line);
            }
        }

        count.ShouldBeGreaterThan(25_000);
        mismatches.ShouldBeEmpty();
    }

    private static string CodePoints(string text)
    {
        var parts = new List<string>();
        for (int i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            parts.Add(cp.ToString("X", System.Globalization.CultureInfo.InvariantCulture));
        }

        return string.Join(' ', parts);
    }
}
