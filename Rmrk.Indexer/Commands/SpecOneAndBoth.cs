using System.Text.Json;
using Rmrk.Core.Rmrk1;
using Rmrk.Core.Rmrk1.Input;
using Rmrk.Core.Rmrk1.Output;
using Rmrk.Core.Rmrk2.Output;
using Rmrk.Indexer.Chain.Dump;
using Rmrk.Indexer.Consolidation;
using Rmrk.Indexer.Input;

namespace Rmrk.Indexer.Commands;

/// <summary>
/// <c>consolidate --spec 1.0.0</c> (the 1.0 state exactly as <c>consolidate1.mjs</c> prints it) and
/// <c>--spec both</c>: one stream into both state machines, each seeing it as its own reference would,
/// printed as <c>{"1.0.0": …, "2.0.0": …}</c>.
/// </summary>
internal static class SpecOneAndBoth
{
    public static int Run(string path, string spec, int? ss58, FileInfo? output, bool pretty)
    {
        byte[] bytes = ReadAll(path);
        Rmrk1Input input;
        try
        {
            input = Rmrk1Input.Parse(Text(bytes));
        }
        catch (JsonException e)
        {
            Console.Error.WriteLine($"error: {path}: {ConsolidationInputReader.Describe(e)}");
            return 2;
        }

        var options = ss58 is null ? input.Options : input.Options with { Ss58Format = ss58.Value };
        var rmrk1 = new Rmrk1Consolidator(options);
        rmrk1.Consolidate(input.Remarks);
        if (string.Equals(spec, "1.0.0", StringComparison.Ordinal))
        {
            OutputFile.Write(output?.FullName, writer => Rmrk1StateWriter.Write(rmrk1.State, writer, pretty, options.EmitInteractionChanges));
            return 0;
        }

        // From the bytes already read: the input is read once, so it can be a pipe.
        using var reader = new DumpReader(new MemoryStream(bytes), gzip: false);
        var rmrk2 = ConsolidationRun.Execute(reader, path, fixture => ConsolidationRun.OptionsFor(fixture, ss58));
        using var rmrk2Text = new StringWriter();
        Rmrk2StateWriter.Write(rmrk2.Consolidator.State, rmrk2Text, pretty: false);
        OutputFile.Write(output?.FullName, writer =>
        {
            writer.Write("{\"1.0.0\":");
            writer.Write(Rmrk1StateWriter.Write(rmrk1.State, pretty: false, options.EmitInteractionChanges).TrimEnd('\n'));
            writer.Write(",\"2.0.0\":");
            writer.Write(rmrk2Text.ToString().TrimEnd('\n'));
            writer.Write("}\n");
        });
        return 0;
    }

    /// <summary>
    /// The input as one JSON document, read as <c>consolidate</c> reads any input: gzip-compressed or not, and NDJSON
    /// (one dump element a line) joined into the array the 1.0 reader takes.
    /// </summary>
    /// <exception cref="InputFormatException">The file cannot be read, or its NDJSON is malformed.</exception>
    private static byte[] ReadAll(string path)
    {
        byte[] bytes;
        using (var reader = DumpReader.Open(path))
        {
            bytes = RemarkStream.ReadWhole(reader, path);
        }

        if (!ConsolidationInputReader.IsNdjson(bytes))
        {
            return bytes;
        }

        try
        {
            return ElementsAsArray(bytes);
        }
        catch (JsonException e)
        {
            throw new InputFormatException($"{path}: {ConsolidationInputReader.Describe(e)}", e);
        }
    }

    /// <summary>Top-level JSON values one after another (NDJSON), as one array of them.</summary>
    private static byte[] ElementsAsArray(byte[] values)
    {
        int start = values.Length - ConsolidationInputReader.WithoutByteOrderMark(values).Length;
        var reader = new Utf8JsonReader(values.AsSpan(start), new JsonReaderOptions { AllowMultipleValues = true, MaxDepth = 256 });
        using var array = new MemoryStream(values.Length + 2);
        array.WriteByte((byte)'[');
        while (reader.Read())
        {
            int from = start + (int)reader.TokenStartIndex;
            reader.Skip();
            if (array.Length > 1)
            {
                array.WriteByte((byte)',');
            }

            array.Write(values, from, start + (int)reader.BytesConsumed - from);
        }

        array.WriteByte((byte)']');
        return array.ToArray();
    }

    /// <summary>As <see cref="File.ReadAllText(string)"/> decodes a file: UTF-8 unless a byte-order mark says otherwise.</summary>
    private static string Text(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
