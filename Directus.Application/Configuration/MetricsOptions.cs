namespace Directus.Application.Configuration;

/// <summary><c>Directus:Metrics</c>: the Prometheus endpoint <c>GET /metrics</c>, as Directus 11's <c>METRICS_*</c>.</summary>
public sealed class MetricsOptions
{
    /// <summary>Off by default: <c>/metrics</c> is then an unknown path (404), and no meter is listened to.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Scrape tokens, sent as <c>Authorization: Metrics &lt;token&gt;</c>; a list, or one comma-separated string
    /// (Directus 11's <c>METRICS_TOKENS</c>). The super admin token opens <c>/metrics</c> too.
    /// </summary>
    public IList<string> Tokens { get; } = [];

    public static IEnumerable<string> SplitTokenList(string tokens) => tokens.Split(',');
}
