using Rmrk.Core.Addresses;

namespace Rmrk.Core.Tests.Addresses;

public class AddressCodecTests
{
    private const string AliceKusama = "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F";
    private const string AliceGeneric = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

    [Fact]
    public void Caches_successes_and_returns_the_same_instance_on_hits()
    {
        var codec = new AddressCodec(2);

        codec.TryReencode(AliceGeneric, out string? first, out _).ShouldBeTrue();
        codec.TryReencode(AliceGeneric, out string? second, out _).ShouldBeTrue();

        first.ShouldBe(AliceKusama);
        ReferenceEquals(first, second).ShouldBeTrue();
        codec.Count.ShouldBe(1);
    }

    [Fact]
    public void Caches_failures_with_their_message()
    {
        var codec = new AddressCodec(2);

        for (int i = 0; i < 2; i++)
        {
            codec.TryReencode("bogus", out string? encoded, out string? error).ShouldBeFalse();
            encoded.ShouldBeNull();
            error.ShouldBe("Decoding bogus: Invalid decoded address checksum");
        }

        codec.TryReencode(string.Empty, out _, out string? empty).ShouldBeFalse();
        empty.ShouldBe("Invalid empty address passed");
        codec.TryReencode(null, out _, out string? none).ShouldBeFalse();
        none.ShouldBe("Invalid empty address passed");
        codec.Count.ShouldBe(2);
    }

    [Fact]
    public void Uses_the_format_literally()
    {
        // rmrk-tools' Consolidator(0) encodes with 42; mapping 0 to 42 is the caller's job.
        var codec = new AddressCodec(0);

        codec.TryReencode(AliceKusama, out string? encoded, out _).ShouldBeTrue();

        encoded.ShouldBe("15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5");
    }

    [Fact]
    public void Out_of_range_format_is_reported_per_lookup()
    {
        var codec = new AddressCodec(46);

        codec.TryReencode(AliceKusama, out _, out string? error).ShouldBeFalse();
        error.ShouldBe("Out of range ss58Format specified");
    }

    [Fact]
    public void Stays_within_its_capacity()
    {
        var codec = new AddressCodec(42, capacity: 2);

        codec.TryReencode(AliceKusama, out _, out _);
        codec.TryReencode("bogus", out _, out _);
        codec.TryReencode("notanaddress", out _, out _);

        codec.Count.ShouldBeLessThanOrEqualTo(2);
        codec.TryReencode(AliceKusama, out string? encoded, out _).ShouldBeTrue();
        encoded.ShouldBe(AliceGeneric);
    }
}
