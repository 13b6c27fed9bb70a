using Directus.Api.Errors;
using Directus.Api.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Directus.Api.OpenApi;

/// <summary>
/// Describes the answers that come from routing and the error handler rather than from an action: every module
/// operation can answer 405 (another method on its path, with <c>Allow</c>) and 500, and an unknown path
/// answers 404. All three carry the v8 error envelope; they are shared component responses.
/// </summary>
public sealed class ErrorResponsesDocumentTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    /// <summary>The component schema of the v8 error envelope.</summary>
    public const string EnvelopeSchema = nameof(ErrorEnvelope);
    /// <summary>The shared 404 code 1 response.</summary>
    public const string NotFound = nameof(NotFound);
    /// <summary>The shared 405 code 6 response, with <c>Allow</c>.</summary>
    public const string MethodNotAllowed = nameof(MethodNotAllowed);
    /// <summary>The shared 500 code 0 response.</summary>
    public const string InternalServerError = nameof(InternalServerError);

    /// <inheritdoc />
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        if (!document.Components.Schemas.ContainsKey(EnvelopeSchema))
        {
            document.Components.Schemas[EnvelopeSchema] = await context.GetOrCreateSchemaAsync(typeof(ErrorEnvelope), cancellationToken: cancellationToken);
        }

        document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>(StringComparer.Ordinal);
        document.Components.Responses[NotFound] = Envelope(document, "Not Found: no route matches the path (code 1).");
        document.Components.Responses[MethodNotAllowed] = Envelope(document, "Method Not Allowed: the path exists but not for this method (code 6). The Allow header lists the methods it accepts.", allowHeader: true);
        document.Components.Responses[InternalServerError] = Envelope(document, "Internal Server Error: anything unexpected (code 0). Never shows exception details outside Development.");
    }

    /// <summary>Every module operation lists 405 and 500; the host's operations are left as the host describes them.</summary>
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (DirectusServerEndpointAttribute.IsOn(context.Description.ActionDescriptor.EndpointMetadata))
        {
            operation.Responses ??= [];
            operation.Responses.TryAdd("405", new OpenApiResponseReference(MethodNotAllowed, context.Document));
            operation.Responses.TryAdd("500", new OpenApiResponseReference(InternalServerError, context.Document));
        }

        return Task.CompletedTask;
    }

    private static OpenApiResponse Envelope(OpenApiDocument document, string description, bool allowHeader = false)
    {
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [JsonContentTypes.MediaType] = new() { Schema = new OpenApiSchemaReference(EnvelopeSchema, document) },
            },
        };
        if (allowHeader)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal)
            {
                ["Allow"] = new OpenApiHeader { Description = "The methods the path accepts, e.g. GET, HEAD.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }

        return response;
    }
}
