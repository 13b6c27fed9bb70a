using Directus.Application.Common.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Directus.Api.OpenApi;

/// <summary>Adds the <c>super_admin_token</c> query parameter to every operation marked with <see cref="SuperAdminTokenParameterAttribute"/>.</summary>
public sealed class SuperAdminTokenOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var marker = context.Description.ActionDescriptor.EndpointMetadata.OfType<SuperAdminTokenParameterAttribute>().FirstOrDefault();
        if (marker is null)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = SuperAdminTokenRule.Parameter,
            In = ParameterLocation.Query,
            Required = marker.Required,
            Description = marker.Required
                ? "The super admin token (config/__api.json or DIRECTUS_SUPER_ADMIN_TOKEN). Missing, blank or repeated: 422 code 4; wrong: 401 code 3."
                : "The super admin token, for the detailed answer. Left out: the anonymous answer. Blank or repeated: 422 code 4; wrong: 401 code 3.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1 },
        });
        return Task.CompletedTask;
    }
}
