using System.Reflection;
using Directus.Api.Errors;
using Directus.Api.Http;
using Directus.Api.Throttling;
using Directus.Application.Common.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Net.Http.Headers;

namespace Directus.Api.SuperAdmin;

/// <summary>
/// Gives every action that takes an <see cref="ISuperAdminRequest{TSelf}"/> what a protected endpoint needs, so none can
/// forget a part: the failed-token throttle, the 401/422/429 error answers in the document, and its
/// <see cref="SuperAdminEndpoint"/> metadata. It also refuses, at start-up, any action that would read a token some other
/// way (a parameter bound from <c>super_admin_token</c> or from <c>Authorization</c>): such an action would receive the
/// secret where no check runs.
/// </summary>
public sealed class SuperAdminRequestConvention : IActionModelConvention
{
    /// <summary>The answers every protected action documents.</summary>
    public static readonly int[] ErrorStatuses =
        [StatusCodes.Status401Unauthorized, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests];

    /// <inheritdoc />
    public void Apply(ActionModel action)
    {
        ArgumentNullException.ThrowIfNull(action);
        RefuseTokensOutsideARequest(action);
        var requestType = RequestTypeOf(action.ActionMethod);
        if (requestType is null)
        {
            return;
        }

        var declaration = SuperAdminRequests.DeclarationOf(requestType);
        action.Filters.Add(new FailedTokenThrottleAttribute());
        foreach (var status in ErrorStatuses)
        {
            action.Filters.Add(new ProducesResponseTypeAttribute<ErrorEnvelope>(status, JsonContentTypes.MediaType));
        }

        foreach (var selector in action.Selectors)
        {
            selector.EndpointMetadata.Add(declaration);
        }
    }

    /// <summary>The names a token travels under: a parameter bound from one of them would hold a secret nothing checked.</summary>
    public static bool IsTokenName(string? name) =>
        string.Equals(name, SuperAdminTokenRule.Parameter, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, HeaderNames.Authorization, StringComparison.OrdinalIgnoreCase);

    private static void RefuseTokensOutsideARequest(ActionModel action)
    {
        foreach (var parameter in action.Parameters)
        {
            var boundName = parameter.BindingInfo?.BinderModelName ?? parameter.ParameterName;
            var isRequest = SuperAdminRequests.RequestTypeOf(parameter.ParameterType) is not null;
            if (!isRequest && (IsTokenName(boundName) || parameter.ParameterType.IsAssignableTo(typeof(ISuperAdminRequest))))
            {
                throw new InvalidOperationException(
                    $"{action.Controller.ControllerType.Name}.{action.ActionName} takes '{parameter.ParameterName}' from where the super admin token travels; " +
                    $"take an {nameof(ISuperAdminRequest)}<TSelf> instead, so that the token is validated, checked and throttled (docs/adr/0013)");
            }
        }
    }

    /// <summary>The first parameter type of <paramref name="method"/> that is a super admin request, if any.</summary>
    public static Type? RequestTypeOf(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method.GetParameters().Select(parameter => SuperAdminRequests.RequestTypeOf(parameter.ParameterType)).FirstOrDefault(found => found is not null);
    }
}
