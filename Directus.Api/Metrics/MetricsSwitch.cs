using Directus.Api.Controllers;
using Directus.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Directus.Api.Metrics;

/// <summary>
/// Whether <c>/metrics</c> exists. Decided while services are registered, since the meter provider is registered only
/// when something exports; a value that is not a boolean counts as off here and is refused at start by the options binder.
/// </summary>
public static class MetricsSwitch
{
    /// <summary>The configuration key of the switch, <c>Directus:Metrics:Enabled</c>.</summary>
    public const string EnabledKey = $"{MetricsOptions.Section}:{nameof(MetricsOptions.Enabled)}";

    /// <summary>Directus 11's scheme for a scrape token: <c>Authorization: Metrics &lt;token&gt;</c>.</summary>
    public const string AuthorizationScheme = "Metrics";

    /// <summary>The media type of the Prometheus text exposition, as the OpenAPI document names it.</summary>
    public const string TextExpositionMediaType = "text/plain";

    /// <summary>True only when <see cref="EnabledKey"/> reads as the boolean true.</summary>
    public static bool IsOn(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return bool.TryParse(configuration[EnabledKey], out var enabled) && enabled;
    }

    /// <summary>Switched off, the endpoint is not there at all: a 404 code 1 like any unknown path, before any token rule.</summary>
    public sealed class RemoveEndpointConvention : IApplicationModelConvention
    {
        /// <inheritdoc />
        public void Apply(ApplicationModel application)
        {
            ArgumentNullException.ThrowIfNull(application);
            application.Controllers.Remove(application.Controllers.Single(controller => controller.ControllerType == typeof(MetricsController)));
        }
    }
}
