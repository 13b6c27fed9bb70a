using System.Diagnostics.Metrics;
using Directus.Application.Common.Probes;
using Directus.Application.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Support;

public static class Probes
{
    public static ProbeRunner Runner(TimeSpan timeout, ILogger<ProbeRunner>? logger = null, IMeterFactory? meters = null) =>
        new(Options.Create(new ProbeOptions { ProbeTimeout = timeout }), logger ?? NullLogger<ProbeRunner>.Instance, new ProbeMetrics(meters ?? RecordedMeasurements.NewFactory()));
}
