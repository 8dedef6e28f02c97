namespace Rmrk.Core.Rmrk2;

/// <summary>The RMRK 2.0.0 wire tokens, verbatim.</summary>
public static class OpCodes
{
    public const string Version = "2.0.0";
    public const string Prefix = "RMRK";

    public const string Accept = "ACCEPT";
    public const string Base = "BASE";
    public const string Burn = "BURN";
    public const string Buy = "BUY";
    public const string ChangeIssuer = "CHANGEISSUER";
    public const string Create = "CREATE";
    public const string Destroy = "DESTROY";
    public const string Emote = "EMOTE";
    public const string Equip = "EQUIP";
    public const string Equippable = "EQUIPPABLE";
    public const string List = "LIST";
    public const string Lock = "LOCK";
    public const string Mint = "MINT";
    public const string ResAdd = "RESADD";
    public const string Send = "SEND";
    public const string SetPriority = "SETPRIORITY";
    public const string SetProperty = "SETPROPERTY";
    public const string ThemeAdd = "THEMEADD";
}
