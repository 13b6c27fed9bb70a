using Directus.Application.Common.Security;
using FluentValidation;

namespace Directus.Application.Server.Queries.GetServerInfo;

public sealed class GetServerInfoQueryValidator : AbstractValidator<GetServerInfoQuery>
{
    public GetServerInfoQueryValidator()
    {
        RuleFor(query => query.Tokens).SuperAdminToken();
    }
}
