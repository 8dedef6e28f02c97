using Rmrk.Indexer.Storage.Sqlite;

namespace Rmrk.Indexer.Tests.Storage;

public class OrdinalSortKeyTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("", "a")]
    [InlineData("a", "a\0")]
    [InlineData("abcdefgh", "abcdefgh\0")]
    [InlineData("10000002-85b1df890d593eb41b-KANBIRD-KANS-00000001", "10000002-85b1df890d593eb41b-KANBIRD-KANS-00000002")]
    [InlineData("é1", "ê0")]
    [InlineData("abcdefgé1", "abcdefgê0")]
    [InlineData("abcdefghijklmnoé1", "abcdefghijklmnoê0")]
    [InlineData("abc\u007f", "abc\u0080")]
    [InlineData("abcdefghi\u00ff", "abcdefghi\u0100")]
    [InlineData("zzzzzzzz", "\u00e9")]
    [InlineData("😀", "\uffff")]
    public void Compares_as_ordinal_string_comparison(string a, string b)
    {
        Compare(a, b).ShouldBe(Math.Sign(string.CompareOrdinal(a, b)));
        Compare(b, a).ShouldBe(Math.Sign(string.CompareOrdinal(b, a)));
    }

    [Fact]
    public void Sorts_random_strings_as_ordinal_sort_does()
    {
        // Few distinct characters and shared prefixes, so that keys tie often and past the packed part.
        char[] alphabet = ['\0', '-', '0', '1', 'a', 'z', '\u007f', '\u0080', 'é', 'ê', '\ud83d', '\ude00', '\uffff'];
        var random = new Random(20261124);
        var texts = new List<string>();
        for (int i = 0; i < 20_000; i++)
        {
            string prefix = i % 3 == 0 ? "10000002-85b1df" : string.Empty;
            int length = random.Next(0, 22);
            texts.Add(prefix + new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        }

        var keys = texts.Select((t, i) => new OrdinalSortKey<int>(t, i)).ToArray();
        Array.Sort(keys);
        var expected = texts.ToArray();
        Array.Sort(expected, StringComparer.Ordinal);
        keys.Select(k => k.Text).ShouldBe(expected);
        keys.Select(k => texts[k.Item]).ShouldBe(expected);
    }

    private static int Compare(string a, string b) => Math.Sign(new OrdinalSortKey<int>(a, 0).CompareTo(new OrdinalSortKey<int>(b, 0)));
}
