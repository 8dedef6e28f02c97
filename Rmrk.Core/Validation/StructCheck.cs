using Rmrk.Core.Js;

namespace Rmrk.Core.Validation;

/// <summary>
/// One superstruct struct applied to a value (<see langword="null"/> = JavaScript <c>undefined</c>):
/// <see langword="null"/> when valid, else the first failure, exactly as <c>run()</c> yields it.
/// </summary>
internal delegate StructFailure? StructCheck(JsValue? value);
