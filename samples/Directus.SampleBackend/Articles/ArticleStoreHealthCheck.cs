using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Directus.SampleBackend.Articles;

/// <summary>The host's own health check; registered with the framework's AddHealthChecks, it joins /server/health.</summary>
public sealed class ArticleStoreHealthCheck(ArticleStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.All().Count > 0
            ? HealthCheckResult.Healthy($"{store.All().Count} articles")
            : HealthCheckResult.Degraded("no articles"));
}
