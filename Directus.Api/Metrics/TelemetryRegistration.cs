using System.Diagnostics;
using Directus.Api.Logging;
using Directus.Application.Common.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Directus.Api.Metrics;

/// <summary>
/// OpenTelemetry, only when something exports (docs/adr/0011): the Prometheus exporter behind <c>/metrics</c> when
/// metrics are on, and OTLP for traces, metrics and logs when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the other
/// standard <c>OTEL_*</c> variables then apply as the SDK reads them). With neither, nothing listens to any meter.
/// </summary>
public static class TelemetryRegistration
{
    /// <summary>The standard variable (read through configuration) whose value turns the OTLP export on and says where it goes.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private const string ServiceNameVariable = "OTEL_SERVICE_NAME";
    private const string DefaultServiceName = "directus";
    private const string UrlQueryAttribute = "url.query";

    /// <summary>
    /// <c>http.server.request.duration</c> and <c>http.server.active_requests</c> (labelled by route template, never by
    /// path), Kestrel's connection instruments, and the unhandled-exception counter.
    /// </summary>
    private static readonly string[] FrameworkMeters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics"];

    /// <summary>
    /// The runtime's gauges whose names end in <c>.count</c>: exposed as <c>…_count</c>, Prometheus reads them as part of a
    /// histogram or summary, and <c>promtool check metrics</c> refuses them. They are renamed for every exporter alike.
    /// </summary>
    private static readonly (string Runtime, string PrometheusSafe)[] GaugesNamedLikeHistogramParts =
    [
        ("dotnet.assembly.count", "dotnet.assembly.loaded"),
        ("dotnet.process.cpu.count", "dotnet.process.cpu.available"),
        ("dotnet.timer.count", "dotnet.timer.active"),
    ];

    /// <summary>
    /// Registers OpenTelemetry with the Directus meter, the framework's meters and the runtime's, and the exporters
    /// <paramref name="configuration"/> asks for; with neither <c>/metrics</c> nor OTLP, registers nothing.
    /// </summary>
    public static IServiceCollection AddDirectusTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var scrape = MetricsSwitch.IsOn(configuration);
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        if (!scrape && !otlp)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry();
        if (string.IsNullOrWhiteSpace(configuration[ServiceNameVariable]))
        {
            telemetry.ConfigureResource(resource => resource.AddService(DefaultServiceName));
        }

        telemetry.WithMetrics(metrics =>
        {
            // ASP.NET Core's own meters by name rather than AddAspNetCoreInstrumentation(), which adds a middleware to every
            // request and the routing and memory-pool meters, each a measurement per request that ping would pay for.
            metrics.AddMeter([DirectusMeter.Name, .. FrameworkMeters]).AddRuntimeInstrumentation();
            foreach (var (runtimeName, prometheusSafeName) in GaugesNamedLikeHistogramParts)
            {
                metrics.AddView(runtimeName, prometheusSafeName);
            }

            if (scrape)
            {
                // Every scrape collects afresh: Prometheus scrapes seldom, and a cached answer would lag behind the counters.
                metrics.AddPrometheusExporter(exporter => exporter.ScrapeResponseCacheDurationMilliseconds = 0);
            }
        });

        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.EnrichWithHttpRequest = (activity, _) => RedactQuery(activity)));
            telemetry.WithLogging();
            telemetry.UseOtlpExporter();
        }

        if (scrape)
        {
            services.AddSingleton<MetricsExposition>();
        }

        return services;
    }

    /// <summary>
    /// The instrumentation already replaces query values with <c>Redacted</c>; an operator can switch that off, so the
    /// token's value is masked here as in the logs whatever that switch says.
    /// </summary>
    private static void RedactQuery(Activity activity)
    {
        if (activity.GetTagItem(UrlQueryAttribute) is string query)
        {
            activity.SetTag(UrlQueryAttribute, SecretRedactor.Redact(query));
        }
    }
}
