using System.CommandLine;
using System.Globalization;
using Rmrk.Core.Addresses;

namespace Rmrk.Indexer.Commands;

/// <summary>Ranges for numeric options, checked while parsing: a bad value is reported like any other parse error.</summary>
internal static class OptionRules
{
    public static Option<int> InRange(this Option<int> option, int min, int max = int.MaxValue)
    {
        option.Validators.Add(result => Check(result, option.Name, result.GetValueOrDefault<int>(), min, max));
        return option;
    }

    public static Option<int?> InRange(this Option<int?> option, int min, int max = int.MaxValue)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } value)
            {
                Check(result, option.Name, value, min, max);
            }
        });
        return option;
    }

    /// <summary>An SS58 prefix that addresses can be encoded to: a database must never be created with one they cannot.</summary>
    public static Option<int?> Ss58Prefix(this Option<int?> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } value && Ss58.FormatError(option.Name, value) is { } error)
            {
                result.AddError(error);
            }
        });
        return option;
    }

    private static void Check(System.CommandLine.Parsing.OptionResult result, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            string range = max == int.MaxValue ? $"at least {min}" : $"from {min} to {max}";
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be {range}, not {value}"));
        }
    }
}
