namespace Rmrk.Core.Rmrk2;

/// <summary>The kinds of rejection, named after the rule that failed.</summary>
public enum RejectionCode
{
    /// <summary>The remark did not parse ("Dead before instantiation").</summary>
    Malformed,
    AlreadyExists,
    NftNotFound,
    CollectionNotFound,
    BaseNotFound,
    NftBurned,
    NotOwner,
    NotIssuer,
    WouldCreateCycle,
    ParentListed,
    NotTransferable,
    CoolDown,
    MaxedOut,
    NotForSale,
    TransferMissing,
    TransferMismatch,
    RecipientNotFound,
    NotAllowed,
    TooDeep,

    /// <summary>The reference failed with a JavaScript runtime error; its text is reproduced.</summary>
    ScriptError,
}
