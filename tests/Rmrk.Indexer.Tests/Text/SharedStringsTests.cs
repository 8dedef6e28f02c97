using System.Text;
using Rmrk.Indexer.Text;

namespace Rmrk.Indexer.Tests.Text;

public sealed class SharedStringsTests
{
    [Fact]
    public void Equal_texts_come_back_as_the_first_instance_seen()
    {
        var shared = new SharedStrings();
        string first = new('a', 48);
        string second = new('a', 48);

        shared.Share(first).ShouldBeSameAs(first);
        shared.Share(second).ShouldBeSameAs(first);
        shared.Share("xyz".AsSpan()).ShouldBe("xyz");
        shared.Share(new string("xyz")).ShouldBeSameAs(shared.Share("xyz".AsSpan()));
    }

    [Theory]
    [InlineData("HNZata7iMYWmk5RvZRExuVMqaaQ6Vz9dVtyXJrnKQsg7WY6")]
    [InlineData("system.remark")]
    [InlineData("")]
    [InlineData("Grüße, 🐦")]
    public void A_text_read_as_bytes_and_as_characters_is_one_instance(string text)
    {
        var shared = new SharedStrings();
        byte[] utf8 = Encoding.UTF8.GetBytes(text);

        string fromBytes = shared.Share(utf8);

        fromBytes.ShouldBe(text);
        shared.Share(new string(text)).ShouldBeSameAs(fromBytes);
        shared.Share(utf8.AsSpan()).ShouldBeSameAs(fromBytes);
        shared.Share(text.AsSpan()).ShouldBeSameAs(fromBytes);
    }

    [Fact]
    public void Texts_longer_than_the_limit_are_neither_shared_nor_kept()
    {
        var shared = new SharedStrings();
        string first = new('b', SharedStrings.MaxLength + 1);
        string second = new('b', SharedStrings.MaxLength + 1);

        shared.Share(first).ShouldBeSameAs(first);
        shared.Share(second).ShouldBeSameAs(second);
    }

    [Fact]
    public void A_slot_taken_by_another_text_gives_the_new_one_back_unchanged()
    {
        // One slot: every text lands in it, so the cache holds only the last one.
        var shared = new SharedStrings(slots: 1);
        string alice = new("alice");
        string bob = new("bob");

        shared.Share(alice).ShouldBeSameAs(alice);
        shared.Share(bob).ShouldBeSameAs(bob);
        shared.Share(new string("bob")).ShouldBeSameAs(bob);
        shared.Share(new string("alice")).ShouldNotBeSameAs(alice);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-4)]
    public void The_slot_count_must_be_a_power_of_two(int slots) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new SharedStrings(slots));
}
