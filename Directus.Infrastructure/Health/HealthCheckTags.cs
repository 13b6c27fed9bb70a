using Directus.Domain.Server;

namespace Directus.Infrastructure.Health;

/// <summary>Tags on a health check's registration that change who runs it and what it can do to the overall status.</summary>
public static class HealthCheckTags
{
    /// <summary>The check calls a service outside this process: it runs for the super admin only.</summary>
    public const string OutsideService = "outside-service";

    /// <summary>The server works on without what the check watches: its failure makes the overall status <c>warn</c>, not <c>error</c>.</summary>
    public const string DegradesOnly = "degrades-only";

    /// <summary><see cref="HealthState.Warn"/> for a check tagged <see cref="DegradesOnly"/>, otherwise <see cref="HealthState.Error"/>.</summary>
    public static HealthState WorstOverallEffect(IEnumerable<string> tags) =>
        tags.Contains(DegradesOnly, StringComparer.Ordinal) ? HealthState.Warn : HealthState.Error;
}
