using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Output;

/// <summary>
/// The records the 1.0 and 2.0 documents (and the indexer's stored JSON) share, written once: change records,
/// the transfers of a BUY, rejected remarks, and reactions. Keys in the reference's order: ordinal, except that
/// map keys which are array indices come first, as a JavaScript object lists them.
/// </summary>
public static class RecordWriter
{
    /// <summary><c>{block, caller, [extraTransfers,] field, new, old, opType}</c>.</summary>
    public static void WriteChange(
        CanonicalJsonWriter w, long block, string caller, string field, string newValue, string old, string opType,
        IReadOnlyList<ExtraTransfer>? extraTransfers = null)
    {
        w.WriteStartObject();
        w.WritePropertyName("block");
        w.WriteNumber(block);
        w.WritePropertyName("caller");
        w.WriteString(caller);
        if (extraTransfers is not null)
        {
            w.WritePropertyName("extraTransfers");
            WriteTransfers(w, extraTransfers);
        }

        w.WritePropertyName("field");
        w.WriteString(field);
        w.WritePropertyName("new");
        w.WriteString(newValue);
        w.WritePropertyName("old");
        w.WriteString(old);
        w.WritePropertyName("opType");
        w.WriteString(opType);
        w.WriteEndObject();
    }

    /// <summary><c>[{amount?, receiver}]</c>; an absent amount stays absent.</summary>
    public static void WriteTransfers(CanonicalJsonWriter w, IReadOnlyList<ExtraTransfer> transfers)
    {
        w.WriteStartArray();
        foreach (var transfer in transfers)
        {
            w.WriteStartObject();
            w.WriteOptional("amount", transfer.Amount);
            w.WritePropertyName("receiver");
            w.WriteString(transfer.Receiver);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary><c>{block, caller, message, object_id, op_type}</c>.</summary>
    public static void WriteInvalid(CanonicalJsonWriter w, long block, string caller, string message, string objectId, string opType)
    {
        w.WriteStartObject();
        w.WritePropertyName("block");
        w.WriteNumber(block);
        w.WritePropertyName("caller");
        w.WriteString(caller);
        w.WritePropertyName("message");
        w.WriteString(message);
        w.WritePropertyName("object_id");
        w.WriteString(objectId);
        w.WritePropertyName("op_type");
        w.WriteString(opType);
        w.WriteEndObject();
    }

    /// <summary>Emote → accounts; <c>{}</c> when there are none.</summary>
    public static void WriteReactions(CanonicalJsonWriter w, IReadOnlyDictionary<string, List<string>>? reactions)
    {
        w.WriteStartObject();
        if (reactions is not null)
        {
            var keys = new string[reactions.Count];
            int i = 0;
            foreach (string key in reactions.Keys)
            {
                keys[i++] = key;
            }

            Array.Sort(keys, CanonicalKeyComparer.Instance);
            foreach (string key in keys)
            {
                w.WritePropertyName(key);
                w.WriteStartArray();
                foreach (string account in reactions[key])
                {
                    w.WriteString(account);
                }

                w.WriteEndArray();
            }
        }

        w.WriteEndObject();
    }
}
