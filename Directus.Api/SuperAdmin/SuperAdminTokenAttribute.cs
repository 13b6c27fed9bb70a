using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Directus.Api.SuperAdmin;

/// <summary>
/// The one declaration of an endpoint that takes the super admin token, on its <c>IReadOnlyList&lt;string&gt;</c>
/// parameter: <c>[SuperAdminToken] IReadOnlyList&lt;string&gt; tokens</c>. The parameter receives every token presented
/// (<see cref="SuperAdminTokenSources"/>), and <see cref="SuperAdminTokenConvention"/> gives the action the failed-token
/// throttle, the documented 401/422/429 answers and the OpenAPI parameter and security schemes. The request the action
/// sends implements <c>ISuperAdminRequest</c>, so the pipeline validates and checks the token before the handler.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class SuperAdminTokenAttribute : ModelBinderAttribute
{
    public SuperAdminTokenAttribute()
        : base(typeof(SuperAdminTokenBinder))
    {
        // Not a query or header parameter of the model's own: ApiExplorer leaves it to the OpenAPI transformer.
        BindingSource = BindingSource.Special;
    }

    /// <summary>True where a call without any token is an ordinary anonymous call (neither refused nor counted).</summary>
    public bool Optional { get; init; }

    /// <summary>
    /// An <c>Authorization</c> scheme besides <c>Bearer</c> whose credentials this endpoint also reads as a token
    /// (<c>Metrics</c> for <c>/metrics</c>); the request decides which secrets it accepts.
    /// </summary>
    public string? AlsoScheme { get; init; }
}
