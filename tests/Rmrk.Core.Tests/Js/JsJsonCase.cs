namespace Rmrk.Core.Tests.Js;

/// <summary>A JSON text, whether V8's JSON.parse accepts it, and the oracle's canonical output for it.</summary>
internal sealed record JsJsonCase(string Text, bool Accepted, string? Compact, string? Pretty);
