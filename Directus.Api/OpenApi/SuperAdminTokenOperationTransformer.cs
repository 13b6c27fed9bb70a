using Directus.Api.SuperAdmin;
using Directus.Application.Common.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Directus.Api.OpenApi;

/// <summary>
/// Documents both ways of presenting the token on every operation whose action takes a super admin request (<see cref="SuperAdminEndpoint"/>):
/// the <c>super_admin_token</c> query parameter and the <c>Authorization: Bearer</c> security scheme
/// (<see cref="SuperAdminSecuritySchemes"/>), which the reference page's Authorize button fills in.
/// </summary>
public sealed class SuperAdminTokenOperationTransformer : IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var declaration = context.Description.ActionDescriptor.EndpointMetadata.OfType<SuperAdminEndpoint>().FirstOrDefault();
        if (declaration is null)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = SuperAdminTokenRule.Parameter,
            In = ParameterLocation.Query,
            Required = !declaration.IsTokenOptional && !declaration.AcceptsMetricsToken,
            Description = declaration.IsTokenOptional
                ? "The super admin token, for the detailed answer (or send it as Authorization: Bearer). Left out: the anonymous answer. Blank or given twice: 422 code 4; wrong: 401 code 3."
                : "The super admin token (config/__api.json or DIRECTUS_SUPER_ADMIN_TOKEN); Authorization: Bearer is the same and keeps it out of URLs. Missing, blank or given twice (also both ways): 422 code 4; wrong: 401 code 3.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1 },
        });
        operation.Security = SuperAdminSecuritySchemes.Requirements(context.Document, declaration.IsTokenOptional, metricsToken: declaration.AcceptsMetricsToken);
        return Task.CompletedTask;
    }
}
