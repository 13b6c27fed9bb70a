using FluentValidation;

namespace Directus.Application.Common.Security;

/// <summary>
/// The one validation rule for the token of every <see cref="ISuperAdminRequest"/>: presented more than once (in one
/// source or across two) or presented blank is a 422 code 4 with the contract's message; left out is blank too,
/// unless the request allows an anonymous call.
/// </summary>
public sealed class SuperAdminTokenValidator<TRequest> : AbstractValidator<TRequest>
    where TRequest : ISuperAdminRequest
{
    /// <summary>The rule: at most one token, and not blank unless the request allows an anonymous call.</summary>
    public SuperAdminTokenValidator()
    {
        RuleFor(request => request.Tokens)
            .Cascade(CascadeMode.Stop)
            .Must(tokens => tokens.Count <= 1).WithMessage(SuperAdminTokenRule.NotSingleMessage)
            .Must((request, tokens) => tokens.Count == 0 ? request.IsTokenOptional : !string.IsNullOrWhiteSpace(tokens[0]))
            .WithMessage(SuperAdminTokenRule.BlankMessage)
            .OverridePropertyName(SuperAdminTokenRule.Parameter);
    }
}
