using System.Globalization;
using System.Text;
using Rmrk.Core.Remarks;

namespace Rmrk.Core.Tests.Fuzz;

/// <summary>
/// A seeded source of hostile RMRK 2.0.0 remarks: valid templates for every interaction, mutated (truncated,
/// fields duplicated or removed, random bytes and unicode, % escapes valid and broken, huge numbers, deep JSON,
/// wrong types, lone surrogates, empty fields, swapped ops, lower-case prefixes), interleaved with valid
/// CREATE/MINT/RESADD/SEND/LIST remarks so that the mutations meet existing state.
/// </summary>
public sealed class RemarkFuzzer
{
    public const string Alice = "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F";
    public const string AlicePub = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    public const string Bob = "FoQJpPyadYccjavVdTWxpxU7rUEaYhfLCPwXgkfD6Zat9QP";
    public const string Charlie = "Fr4NzY1udSFFLzb2R3qxVQkwz9cZraWkyfH4h3mVVk7BK7P";

    private const string Collection = "d43593c715a56da27d-FUZ";
    private const string BaseId = "base-1-FB";

    private static readonly string[] Ops =
    [
        "CREATE", "MINT", "SEND", "BURN", "LIST", "BUY", "ACCEPT", "RESADD", "SETPRIORITY", "SETPROPERTY",
        "BASE", "EQUIPPABLE", "THEMEADD", "EQUIP", "CHANGEISSUER", "LOCK", "DESTROY", "EMOTE",
    ];

    private static readonly string[] Callers = [Alice, Alice, Alice, Bob, Charlie];

    private static readonly string[] Oddities =
    [
        "", " ", "::", ":", "%", "%2", "%G1", "%E0%A4%A", "%20", "%3A", "%2C", "%25", "%E2%9C%93", "%F0%9F%98%80", "%C0%80",
        "\u0000", "\u001f", "\t", "\n", "\r\n", "\"", "\\", "\\u0000", "\\ud800", "\\udc00", "\ud800", "\udc00", "\udbff\udfff",
        "\u2028", "\ufeff", "\ufffd", "😀", "👍🏽", "Ω", "日本", "null", "true", "[]", "{}", "{\"a\":", "NaN", "-0", "1e400",
        "99999999999999999999999", "-99999999999999999999", "0x10", "0xZZ", "1.5", "1e3", "base-", "base-1-FB.", ".", "-", "--",
        "RMRK", "rmrk", "2.0.0", "1.0.0", "__proto__", "constructor", "toString", "hasOwnProperty",
    ];

    private readonly Random _random;
    private readonly List<string> _nfts = [];
    private readonly List<string> _collections = [Collection];
    private string _mintCollection = Collection;
    private long _block = 1;
    private int _sn;

    public RemarkFuzzer(int seed) => _random = new Random(seed);

    /// <summary><paramref name="count"/> remarks; about one in four is a valid state-building remark.</summary>
    public IEnumerable<Remark> Generate(int count)
    {
        yield return Remark(Alice, $"RMRK::CREATE::2.0.0::{{\"max\"%3A0%2C\"issuer\"%3A\"{AlicePub}\"%2C\"symbol\"%3A\"FUZ\"%2C\"id\"%3A\"{Collection}\"%2C\"metadata\"%3A\"ipfs%3A%2F%2Fc\"}}");
        yield return Remark(Alice, $"RMRK::BASE::2.0.0::{{\"symbol\"%3A\"FB\"%2C\"issuer\"%3A\"{AlicePub}\"%2C\"parts\"%3A[{{\"id\"%3A\"gem\"%2C\"type\"%3A\"slot\"%2C\"equippable\"%3A[\"{Collection}\"]}}%2C{{\"id\"%3A\"any\"%2C\"type\"%3A\"slot\"%2C\"equippable\"%3A\"*\"}}%2C{{\"id\"%3A\"bg\"%2C\"type\"%3A\"fixed\"}}]}}");
        for (int i = 2; i < count; i++)
        {
            if (_random.Next(50) == 0)
            {
                _block += _random.Next(1, 7);
            }

            yield return _random.Next(4) == 0 ? Valid() : Mutated();
        }
    }

    private Remark Valid()
    {
        // LOCK, CHANGEISSUER and DESTROY mutations can close a collection for good; a fresh one now and then
        // keeps the mints (and so the state the mutations meet) coming.
        if (_random.Next(150) == 0)
        {
            _mintCollection = $"d43593c715a56da27d-FUZ{_collections.Count}";
            _collections.Add(_mintCollection);
            return Remark(Alice, $"RMRK::CREATE::2.0.0::{{\"max\"%3A0%2C\"issuer\"%3A\"{AlicePub}\"%2C\"symbol\"%3A\"FUZ\"%2C\"id\"%3A\"{_mintCollection}\"%2C\"metadata\"%3A\"ipfs%3A%2F%2Fc\"}}");
        }

        int pick = _random.Next(10);
        if (pick < 6 || _nfts.Count == 0)
        {
            _sn++;
            string sn = _sn.ToString("D8", CultureInfo.InvariantCulture);
            string recipient = _nfts.Count > 0 && _random.Next(3) == 0 ? "::" + AnyNft() : _random.Next(4) == 0 ? "::" + Bob : "";
            string properties = _random.Next(4) == 0
                ? "%2C\"properties\"%3A{\"k\"%3A{\"type\"%3A\"string\"%2C\"value\"%3A\"v\"%2C\"_mutation\"%3A{\"allowed\"%3Atrue}}}"
                : "";
            _nfts.Add($"{_block}-{_mintCollection}-F-{sn}");
            return Remark(Alice, $"RMRK::MINT::2.0.0::{{\"collection\"%3A\"{_mintCollection}\"%2C\"symbol\"%3A\"F\"%2C\"transferable\"%3A1%2C\"sn\"%3A\"{sn}\"{properties}}}{recipient}");
        }

        return pick switch
        {
            6 => Remark(Alice, $"RMRK::RESADD::2.0.0::{AnyNft()}::{{\"id\"%3A\"r{_random.Next(5)}\"%2C\"src\"%3A\"ipfs%3A%2F%2Fs\"%2C\"slot\"%3A\"{BaseId}.gem\"}}"),
            7 => Remark(Pick(Callers), $"RMRK::SEND::2.0.0::{AnyNft()}::{(_random.Next(2) == 0 ? AnyNft() : Pick(Callers))}"),
            8 => Remark(Pick(Callers), $"RMRK::LIST::2.0.0::{AnyNft()}::{_random.Next(0, 3) * 1000}"),
            _ => Remark(Alice, $"RMRK::RESADD::2.0.0::{AnyNft()}::{{\"id\"%3A\"b{_random.Next(3)}\"%2C\"base\"%3A\"{BaseId}\"%2C\"parts\"%3A[\"gem\"%2C\"any\"]}}"),
        };
    }

    private Remark Mutated()
    {
        string op = Pick(Ops);
        string text = Template(op);
        int rounds = 1 + _random.Next(3);
        for (int i = 0; i < rounds; i++)
        {
            text = Mutate(text);
        }

        // Mostly what the extractor would derive (field 2), sometimes the template's op or something else.
        string interactionType = _random.Next(10) switch
        {
            < 7 => FieldOrEmpty(text, 1),
            < 9 => op,
            _ => Pick(Ops).ToLowerInvariant(),
        };
        string caller = _random.Next(100) == 0 ? Pick(Oddities) : Pick(Callers);
        return new Remark(_random.Next(200) == 0 ? _random.NextInt64(-5, long.MaxValue) : _block, caller, interactionType, "2.0.0", text, Extras());
    }

    private string Template(string op)
    {
        string nft = _nfts.Count > 0 && _random.Next(8) != 0 ? AnyNft() : $"{_block}-{Collection}-F-{_random.Next(99999999):D8}";
        string coll = Pick(_collections);
        return op switch
        {
            "CREATE" => $"RMRK::CREATE::2.0.0::{{\"max\"%3A{_random.Next(3)}%2C\"issuer\"%3A\"{AlicePub}\"%2C\"symbol\"%3A\"Z{_random.Next(9)}\"%2C\"id\"%3A\"x-Z{_random.Next(9)}\"%2C\"metadata\"%3A\"ipfs%3A%2F%2Fx\"}}",
            "MINT" => $"RMRK::MINT::2.0.0::{{\"collection\"%3A\"{coll}\"%2C\"symbol\"%3A\"F\"%2C\"transferable\"%3A{_random.Next(-3, 4)}%2C\"sn\"%3A\"{_random.Next(999)}\"%2C\"metadata\"%3A\"ipfs%3A%2F%2Fm\"%2C\"properties\"%3A{{\"r\"%3A{{\"type\"%3A\"royalty\"%2C\"value\"%3A{{\"receiver\"%3A\"{Bob}\"%2C\"royaltyPercentFloat\"%3A{_random.Next(-50, 150)}}}}}}}}}::{Pick([Bob, nft, AlicePub])}",
            "SEND" => $"RMRK::SEND::2.0.0::{nft}::{Pick([Bob, AnyNftOr(Bob), Charlie])}",
            "BURN" => $"RMRK::BURN::2.0.0::{nft}",
            "LIST" => $"RMRK::LIST::2.0.0::{nft}::{Pick(["1000", "0", "-5", "0x10", " 7 "])}",
            "BUY" => $"RMRK::BUY::2.0.0::{nft}{Pick(["", "::" + Bob, "::" + AnyNftOr(Bob)])}",
            "ACCEPT" => $"RMRK::ACCEPT::2.0.0::{nft}::{Pick(["NFT", "RES"])}::{Pick(["r0", "r1", AnyNftOr("r2")])}",
            "RESADD" => $"RMRK::RESADD::2.0.0::{nft}::{{\"id\"%3A\"r{_random.Next(4)}\"%2C\"src\"%3A\"ipfs%3A%2F%2Fs\"%2C\"thumb\"%3A\"https%3A%2F%2Ft\"%2C\"base\"%3A\"{BaseId}\"%2C\"parts\"%3A[\"gem\"]%2C\"theme\"%3A{{\"a\"%3A\"b\"}}}}{Pick(["", "::r0", "::r1"])}",
            "SETPRIORITY" => $"RMRK::SETPRIORITY::2.0.0::{nft}::[\"r0\"%2C\"r1\"%2C\"b0\"]",
            "SETPROPERTY" => $"RMRK::SETPROPERTY::2.0.0::{nft}::{Pick(["k", "r", "new"])}::{Pick(["\"w\"", "5", "{\"type\"%3A\"royalty\"%2C\"value\"%3A{\"royaltyPercentFloat\"%3A120}}", "[1]", "null"])}{Pick(["", "::freeze", "::thaw"])}",
            "BASE" => $"RMRK::BASE::2.0.0::{{\"symbol\"%3A\"B{_random.Next(9)}\"%2C\"type\"%3A\"svg\"%2C\"issuer\"%3A\"{AlicePub}\"%2C\"parts\"%3A[{{\"id\"%3A\"p\"%2C\"type\"%3A\"slot\"%2C\"equippable\"%3A\"*\"%2C\"z\"%3A1}}]%2C\"themes\"%3A{{\"t\"%3A{{\"x\"%3Atrue}}}}}}",
            "EQUIPPABLE" => $"RMRK::EQUIPPABLE::2.0.0::{BaseId}::{Pick(["gem", "any", "bg", "nope"])}::{Pick(["*", "+" + coll, "-" + coll, coll + ",x-Y"])}",
            "THEMEADD" => $"RMRK::THEMEADD::2.0.0::{BaseId}::t{_random.Next(5)}::{{\"primary\"%3A\"%23fff\"%2C\"on\"%3Atrue}}",
            "EQUIP" => $"RMRK::EQUIP::2.0.0::{nft}::{Pick([BaseId + ".gem", BaseId + ".any", ""])}",
            "CHANGEISSUER" => $"RMRK::CHANGEISSUER::2.0.0::{Pick([coll, BaseId])}::{Pick([Bob, Alice, AlicePub])}",
            "LOCK" => $"RMRK::LOCK::2.0.0::{coll}",
            "DESTROY" => $"RMRK::DESTROY::2.0.0::{coll}",
            _ => $"RMRK::EMOTE::2.0.0::{Pick(["RMRK1", "RMRK2", "PUBKEY"])}::{nft}::{Pick(["1F600", "1F44D-1F3FD", "2764"])}",
        };
    }

    private string Mutate(string text)
    {
        switch (_random.Next(15))
        {
            case 0:
                return text[.._random.Next(text.Length + 1)];
            case 1:
            {
                var fields = text.Split("::").ToList();
                int i = _random.Next(fields.Count);
                fields.Insert(i, fields[i]);
                return string.Join("::", fields);
            }

            case 2:
            {
                var fields = text.Split("::").ToList();
                fields.RemoveAt(_random.Next(fields.Count));
                return string.Join("::", fields);
            }

            case 3:
                return Insert(text, RandomChars());
            case 4:
                return Insert(text, Pick(Oddities));
            case 5:
                return ReplaceNumber(text, Pick(["1e400", "99999999999999999999999", "-1", "1.5e-7", "NaN", "Infinity", "-0", "0.30000000000000004", "1e21", "123456789012345678901234567890"]));
            case 6:
                return ReplaceJsonValue(text, DeepJson(1 + _random.Next(200)));
            case 7:
                return ReplaceJsonValue(text, Pick(["null", "true", "[]", "{}", "42", "\"s\"", "[\"a\",1,null]", "{\"value\":{}}", "\"\\ud800\"", "\"\\u0000\""]));
            case 8:
                return Insert(text, Pick(["\ud800", "\udc00", "\\ud83d", "\ud83d", "\ude00\ud83d"]));
            case 9:
            {
                var fields = text.Split("::");
                fields[_random.Next(fields.Length)] = "";
                return string.Join("::", fields);
            }

            case 10:
            {
                var fields = text.Split("::");
                if (fields.Length > 1)
                {
                    fields[1] = Pick(Ops);
                }

                return string.Join("::", fields);
            }

            case 11:
            {
                var fields = text.Split("::");
                fields[0] = Pick(["rmrk", "Rmrk", "RMRK ", "", "RMRK1", "rMrK"]);
                if (fields.Length > 1 && _random.Next(2) == 0)
                {
                    fields[1] = fields[1].ToLowerInvariant();
                }

                return string.Join("::", fields);
            }

            case 12:
            {
                var fields = text.Split("::");
                if (fields.Length > 2)
                {
                    fields[2] = Pick(["1.0.0", "2.0", "2.0.0 ", "02.0.0", "", "2.0.0.0"]);
                }

                return string.Join("::", fields);
            }

            case 13:
            {
                var fields = text.Split("::");
                fields[_random.Next(fields.Length)] = Pick([AnyNftOr("x"), BaseId, Collection, Bob, AlicePub, "base-1-FB.gem", string.Concat(Enumerable.Repeat("a", _random.Next(1, 5000)))]);
                return string.Join("::", fields);
            }

            default:
                return _random.Next(2) == 0 ? PercentEncode(text) : Uri.UnescapeDataString(text);
        }
    }

    private List<Extra>? Extras()
    {
        if (_random.Next(3) != 0)
        {
            return null;
        }

        int n = _random.Next(4);
        var extras = new List<Extra>(n);
        for (int i = 0; i < n; i++)
        {
            extras.Add(_random.Next(3) switch
            {
                0 => new Extra("balances.transfer", $"{Pick([Alice, Bob, AlicePub, "notanaddress", ""])},{Pick(["1000", "0", "-1", "abc", ""])}", Pick(Callers)),
                1 => new Extra("system.remark", Pick(["0x", "0xZZ", "0x1", "0x524d524b3a3a4255524e3a3a322e302e30", "0xff", "nothex", "0x484f554f55"]), Pick(Callers)),
                _ => new Extra(Pick(["balances.transferKeepAlive", "utility.batch", ""]), Pick(Oddities), Pick(Oddities)),
            });
        }

        return extras;
    }

    private Remark Remark(string caller, string text) =>
        new(_block, caller, FieldOrEmpty(text, 1), "2.0.0", text);

    private static string FieldOrEmpty(string text, int index)
    {
        string[] fields = text.Split("::");
        return index < fields.Length ? fields[index] : "";
    }

    private string Insert(string text, string what) => text.Insert(_random.Next(text.Length + 1), what);

    private string RandomChars()
    {
        var s = new StringBuilder();
        int n = 1 + _random.Next(8);
        for (int i = 0; i < n; i++)
        {
            s.Append(_random.Next(4) switch
            {
                0 => (char)_random.Next(0, 0x80),
                1 => (char)_random.Next(0x80, 0xD800),
                2 => (char)_random.Next(0xD800, 0xE000),
                _ => (char)_random.Next(0xE000, 0x10000),
            });
        }

        return s.ToString();
    }

    private string ReplaceNumber(string text, string number)
    {
        int digit = text.IndexOfAny("0123456789".ToCharArray(), _random.Next(text.Length + 1));
        if (digit < 0)
        {
            return text + number;
        }

        int end = digit;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return string.Concat(text.AsSpan(0, digit), number, text.AsSpan(end));
    }

    private string ReplaceJsonValue(string text, string value)
    {
        // The value after some "key"%3A (or ":") in the JSON field, up to the next %2C, } or ].
        int colon = text.IndexOf("%3A", _random.Next(text.Length + 1), StringComparison.Ordinal);
        if (colon < 0)
        {
            return Insert(text, value);
        }

        int start = colon + 3;
        int end = start;
        while (end < text.Length && text[end] is not ('}' or ']') && !text.AsSpan(end).StartsWith("%2C", StringComparison.Ordinal))
        {
            end++;
        }

        return string.Concat(text.AsSpan(0, start), value, text.AsSpan(end));
    }

    private string DeepJson(int depth)
    {
        var s = new StringBuilder();
        var closers = new Stack<char>();
        for (int i = 0; i < depth; i++)
        {
            if (_random.Next(2) == 0)
            {
                s.Append('[');
                closers.Push(']');
            }
            else
            {
                s.Append("{\"a\":");
                closers.Push('}');
            }
        }

        s.Append("\"deep\"");
        while (closers.Count > 0)
        {
            s.Append(closers.Pop());
        }

        return s.ToString();
    }

    /// <summary>encodeURIComponent over UTF-8 (lone surrogates become U+FFFD first).</summary>
    private static string PercentEncode(string text)
    {
        var s = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || "-_.!~*'()".Contains((char)b, StringComparison.Ordinal))
            {
                s.Append((char)b);
            }
            else
            {
                s.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return s.ToString();
    }

    private string AnyNft() => _nfts[_random.Next(_nfts.Count)];

    private string AnyNftOr(string fallback) => _nfts.Count > 0 ? AnyNft() : fallback;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
