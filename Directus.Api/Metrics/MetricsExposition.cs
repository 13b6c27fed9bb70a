using Microsoft.AspNetCore.Mvc;

namespace Directus.Api.Metrics;

/// <summary>
/// Writes the Prometheus exposition of everything the meter provider collects. The OpenTelemetry exporter offers it
/// only as middleware (its class is internal), so it is built once as a pipeline of its own, and
/// <see cref="Controllers.MetricsController"/> answers with it after the MediatR pipeline has let the caller in.
/// </summary>
public sealed class MetricsExposition(IServiceProvider services) : IActionResult
{
    private readonly Lazy<RequestDelegate> _exporter = new(() =>
    {
        var pipeline = new ApplicationBuilder(services);
        pipeline.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider: null, predicate: _ => true, path: null, configureBranchedPipeline: null, optionsName: null);
        return pipeline.Build();
    });

    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _exporter.Value(context.HttpContext);
    }
}
