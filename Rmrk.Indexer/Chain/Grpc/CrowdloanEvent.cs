namespace Rmrk.Indexer.Chain.Grpc;

/// <summary>A validated <c>crowdloan.Contributed</c> / <c>crowdloan.Withdrew</c> event (programmes.md).</summary>
public sealed record CrowdloanEvent(long Block, uint ExtrinsicIndex, string Name, string Who, uint ParaId, UInt128 Amount);
