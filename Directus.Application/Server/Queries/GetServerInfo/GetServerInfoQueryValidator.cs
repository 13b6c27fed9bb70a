using FluentValidation;

namespace Directus.Application.Server.Queries.GetServerInfo;

public sealed class GetServerInfoQueryValidator : AbstractValidator<GetServerInfoQuery>
{
    public const string TokenParameter = "super_admin_token";

    public GetServerInfoQueryValidator()
    {
        RuleFor(query => query.Tokens)
            .Cascade(CascadeMode.Stop)
            .Must(tokens => tokens.Count <= 1).WithMessage("This value should be a single value.")
            .Must(tokens => tokens.Count == 1 && !string.IsNullOrWhiteSpace(tokens[0])).WithMessage("This value should not be blank.")
            .OverridePropertyName(TokenParameter);
    }
}
