using Directus.Api.Metrics;
using Directus.Application.Common.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Directus.Api.SuperAdmin;

/// <summary>
/// Makes an action's <typeparamref name="TRequest"/> parameter from every token the request presents
/// (<see cref="SuperAdminTokenSources"/>): the only way the tokens reach an action.
/// </summary>
/// <typeparam name="TRequest">The super admin request the action takes.</typeparam>
public sealed class SuperAdminRequestBinder<TRequest> : IModelBinder
    where TRequest : ISuperAdminRequest<TRequest>
{
    /// <summary>What the request type accepts, read once from an empty request of that type.</summary>
    public static SuperAdminEndpoint Declaration { get; } = DeclarationOf(TRequest.FromTokens([]));

    private static readonly string? AlsoScheme = Declaration.AcceptsMetricsToken ? MetricsSwitch.AuthorizationScheme : null;

    private static SuperAdminEndpoint DeclarationOf(TRequest empty) => new(empty.IsTokenOptional, empty.AcceptsMetricsToken);

    /// <inheritdoc />
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        bindingContext.Result = ModelBindingResult.Success(TRequest.FromTokens(SuperAdminTokenSources.Read(bindingContext.HttpContext.Request, AlsoScheme)));
        return Task.CompletedTask;
    }
}
