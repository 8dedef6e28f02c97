using Rmrk.Core.Js;

namespace Rmrk.Core.Tests;

public class JsObjectTests
{
    [Fact]
    public void Array_index_keys_enumerate_first_in_numeric_order()
    {
        var o = new JsObject();
        o.Set("b", JsNull.Instance);
        o.Set("10", JsNull.Instance);
        o.Set("a", JsNull.Instance);
        o.Set("2", JsNull.Instance);
        o.Set("01", JsNull.Instance);

        o.Entries.ToArray().Select(e => e.Key).ShouldBe(["2", "10", "b", "a", "01"]);
    }

    [Fact]
    public void Setting_an_existing_key_keeps_its_position()
    {
        var o = new JsObject();
        o.Set("x", new JsNumber(1));
        o.Set("y", new JsNumber(2));
        o.Set("x", new JsNumber(3));

        o.Entries.ToArray().Select(e => e.Key).ShouldBe(["x", "y"]);
        ((JsNumber)o["x"]!).Value.ShouldBe(3);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Large_objects_find_set_and_remove_keys_as_small_ones_do(int seed)
    {
        // Past 16 properties keys are found through an index; a plain list of pairs in JavaScript's order is the model.
        var random = new Random(seed);
        var o = new JsObject();
        var model = new List<KeyValuePair<string, JsValue>>();
        for (int step = 0; step < 3000; step++)
        {
            string key = random.Next(4) == 0 ? random.Next(60).ToString(System.Globalization.CultureInfo.InvariantCulture) : $"k{random.Next(60)}";
            if (random.Next(5) == 0)
            {
                o.Remove(key).ShouldBe(model.RemoveAll(e => e.Key == key) > 0);
            }
            else
            {
                var value = new JsNumber(step);
                o.Set(key, value);
                int at = model.FindIndex(e => e.Key == key);
                if (at >= 0)
                {
                    model[at] = new(key, value);
                }
                else
                {
                    model.Add(new(key, value));
                    model = [.. model.Where(e => IsIndex(e.Key)).OrderBy(e => int.Parse(e.Key, System.Globalization.CultureInfo.InvariantCulture)), .. model.Where(e => !IsIndex(e.Key))];
                }
            }

            o.Entries.ToArray().ShouldBe(model.ToArray());
            string probe = $"k{random.Next(60)}";
            o[probe].ShouldBe(model.Find(e => e.Key == probe).Value);
        }
    }

    private static bool IsIndex(string key) => key.Length > 0 && char.IsAsciiDigit(key[0]);
}
