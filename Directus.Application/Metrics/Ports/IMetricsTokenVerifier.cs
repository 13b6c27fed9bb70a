namespace Directus.Application.Metrics.Ports;

public interface IMetricsTokenVerifier
{
    /// <summary>True when <paramref name="candidate"/> is one of the configured scrape tokens, compared in fixed time.</summary>
    bool IsMetricsToken(string candidate);
}
