using Rmrk.Core.Js;

namespace Rmrk.Core.Tests.Js;

public class JsLeafPoolTests
{
    [Fact]
    public void Every_string_comes_back_with_its_own_text_and_a_repeat_shares_the_instance()
    {
        // Far more distinct strings than the pool has slots, so slots are shared and replaced.
        var pool = JsLeafPool.ThreadStrings();
        var random = new Random(5);
        for (int i = 0; i < 50_000; i++)
        {
            string text = i % 3 == 0 ? $"Kanaria {random.Next(100_000)}" : new string((char)('a' + random.Next(26)), 1 + random.Next(12));
            var first = pool.Get(text);
            first.Value.ShouldBe(text);
            pool.Get(text.AsSpan()).ShouldBeSameAs(first);
        }

        pool.Get(ReadOnlySpan<char>.Empty).ShouldBeSameAs(JsString.Empty);
    }
}
