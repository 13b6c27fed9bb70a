using System.Text.Json.Nodes;
using Directus.Api.Contracts.Server;
using Directus.Domain.Server;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Directus.Api.OpenApi;

/// <summary>Says what the generated schemas cannot know from the types alone: a health status is one of three words.</summary>
public sealed class WireSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly string[] HealthStateNames = Enum.GetValues<HealthState>().Select(HealthStates.NameOf).ToArray();

    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;
        if ((type == typeof(HealthResponse) || type == typeof(HealthObservationResponse))
            && schema.Properties?.TryGetValue("status", out var status) == true && status is OpenApiSchema statusSchema)
        {
            statusSchema.Enum = HealthStateNames.Select(state => (JsonNode)JsonValue.Create(state)).ToList();
        }

        return Task.CompletedTask;
    }
}
