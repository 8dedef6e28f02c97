using FluentValidation;
using FluentValidation.Results;
using Rmrk.Core.Js;

namespace Rmrk.Core.Validation;

/// <summary>
/// A superstruct <c>type({...})</c> struct as a FluentValidation validator: first "is an object"
/// (arrays count), then one rule per key in schema order. Cascade is Stop at class and rule level,
/// so <see cref="FirstFailure"/> is superstruct's first failure. Each failure's property name is its
/// dotted path and its message is superstruct's text without the "At path" prefix.
/// Instances are immutable after construction and safe to share between threads.
/// </summary>
internal abstract class TypeStructValidator : AbstractValidator<JsValue>
{
    protected TypeStructValidator()
    {
        ClassLevelCascadeMode = CascadeMode.Stop;
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x)
            .Configure(static rule => rule.PropertyName = "(value)")
            .Custom(static (value, context) =>
            {
                if (!Superstruct.IsObject(value))
                {
                    context.AddFailure(new ValidationFailure(string.Empty, "Expected an object, but received: " + Superstruct.Print(value)));
                }
            });
    }

    /// <summary>The first failure for <paramref name="value"/> (<see langword="null"/> = undefined), or null.</summary>
    public StructFailure? FirstFailure(JsValue? value)
    {
        if (value is null)
        {
            // FluentValidation refuses a null model; a type() struct rejects undefined before anything else.
            return Superstruct.Fail("Expected an object, but received: undefined");
        }

        ValidationResult result = Validate(value);
        if (result.IsValid)
        {
            return null;
        }

        ValidationFailure first = result.Errors[0];
        return new StructFailure(first.PropertyName, first.ErrorMessage);
    }

    /// <summary>Adds the rule for one schema key.</summary>
    protected void Key(string key, StructCheck check)
    {
        RuleFor(x => x)
            .Configure(rule => rule.PropertyName = key)
            .Custom((value, context) =>
            {
                if (check(Superstruct.Get(value, key)) is { } failure)
                {
                    StructFailure located = failure.Under(key);
                    context.AddFailure(new ValidationFailure(located.Path, located.Message));
                }
            });
    }
}
