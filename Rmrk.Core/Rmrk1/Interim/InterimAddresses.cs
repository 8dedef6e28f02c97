namespace Rmrk.Core.Rmrk1.Interim;

/// <summary>
/// TEMPORARY stand-in for Rmrk.Core.Addresses (SS58 decode / re-encode with polkadot's messages) until it
/// lands on main. Accepts 0x-hex public keys only and leaves addresses unchanged. Delete after merging.
/// </summary>
internal static class InterimAddresses
{
    public static bool TryDecode(string address, out byte[] publicKey, out string error)
    {
        publicKey = [];
        if (address.Length == 0)
        {
            error = "Invalid empty address passed";
            return false;
        }

        error = string.Empty;
        if (address.StartsWith("0x", StringComparison.Ordinal))
        {
            publicKey = Convert.FromHexString(address.AsSpan(2));
        }

        return true;
    }

    public static bool TryReencode(string address, int ss58Format, out string encoded, out string error)
    {
        _ = ss58Format;
        encoded = address;
        error = string.Empty;
        if (address.Length == 0)
        {
            error = "Invalid empty address passed";
            return false;
        }

        return true;
    }
}
