using System.Reflection;
using Directus.Api.Errors;
using Directus.Api.Http;
using Directus.Api.Throttling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Directus.Api.SuperAdmin;

/// <summary>
/// Gives every action with a <see cref="SuperAdminTokenAttribute"/> parameter what a protected endpoint needs, so
/// none can forget a part: the failed-token throttle, the 401/422/429 error answers in the document, and the
/// attribute itself as endpoint metadata for the OpenAPI transformer.
/// </summary>
public sealed class SuperAdminTokenConvention : IActionModelConvention
{
    public static readonly int[] ErrorStatuses =
        [StatusCodes.Status401Unauthorized, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests];

    public void Apply(ActionModel action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var declaration = Of(action.ActionMethod);
        if (declaration is null)
        {
            return;
        }

        action.Filters.Add(new FailedTokenThrottleAttribute { AnonymousCallsExempt = declaration.Optional });
        foreach (var status in ErrorStatuses)
        {
            action.Filters.Add(new ProducesResponseTypeAttribute<ErrorEnvelope>(status, JsonContentTypes.MediaType));
        }

        foreach (var selector in action.Selectors)
        {
            selector.EndpointMetadata.Add(declaration);
        }
    }

    /// <summary>The declaration on one of <paramref name="method"/>'s parameters, if it takes the token.</summary>
    public static SuperAdminTokenAttribute? Of(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method.GetParameters().Select(parameter => parameter.GetCustomAttribute<SuperAdminTokenAttribute>()).FirstOrDefault(found => found is not null);
    }
}
