using Directus.Application.Common.Security;
using FluentValidation;

namespace Directus.Application.Server.Queries.GetHealth;

/// <summary>The token is optional here, but when it is given it must be one non-blank value, as for /server/info.</summary>
public sealed class GetHealthQueryValidator : AbstractValidator<GetHealthQuery>
{
    public GetHealthQueryValidator()
    {
        RuleFor(query => query.Tokens).SuperAdminToken(optional: true);
    }
}
