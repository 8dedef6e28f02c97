namespace Rmrk.Core.Rmrk1.Transitions;

/// <summary>Why a 1.0 remark was rejected, in spec terms. The reference's exact text travels alongside.</summary>
public enum RejectionCode
{
    /// <summary>The remark did not parse ("[OP] Dead before instantiation: …").</summary>
    Unparsable,
    CollectionExists,
    InvalidCallerAddress,
    CallerIdMismatch,
    NftExists,
    CollectionNotFound,
    NotIssuer,
    NoOwner,
    NftNotFound,
    NftBurned,
    NotOwner,
    NotTransferable,
    NotForSale,
    NoTransfer,
    TransferMismatch,
    InvalidTransferAddress,
    ReactionsPrototypeKey,
}
