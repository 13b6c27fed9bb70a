namespace Directus.Application.Metrics.Ports;

/// <summary>Checks a presented token against the configured metrics scrape tokens (implemented in Infrastructure).</summary>
public interface IMetricsTokenVerifier
{
    /// <summary>True when <paramref name="candidate"/> is one of the configured scrape tokens, compared in fixed time.</summary>
    bool IsMetricsToken(string candidate);
}
