using Directus.Application.Common.Security;
using Directus.Application.Configuration;

namespace Directus.Infrastructure.Security;

/// <summary><c>Directus:Metrics</c>: the Prometheus endpoint <c>GET /metrics</c>, as Directus 11's <c>METRICS_*</c>.</summary>
public sealed class MetricsOptions : ISettingsSection
{
    /// <summary>The section's path, as a constant for the keys built on it.</summary>
    public const string Section = "Directus:Metrics";

    /// <inheritdoc />
    public static string SectionPath => Section;

    /// <summary>Off by default: <c>/metrics</c> is then an unknown path (404), and no meter is listened to.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Scrape tokens, sent as <c>Authorization: Metrics &lt;token&gt;</c>; a list, or one comma-separated string
    /// (Directus 11's <c>METRICS_TOKENS</c>). The super admin token opens <c>/metrics</c> too.
    /// </summary>
    public IList<string> Tokens { get; } = [];

    /// <summary>Cuts Directus 11's comma-separated <c>METRICS_TOKENS</c> string into entries, untrimmed, so that blank or padded ones are reported.</summary>
    public static IEnumerable<string> SplitTokenList(string tokens) => tokens.Split(',');

    /// <summary>A scrape token is a secret: the message says which entry is wrong and how, never what it holds.</summary>
    public IEnumerable<string> Problems()
    {
        for (var index = 0; index < Tokens.Count; index++)
        {
            var token = Tokens[index];
            if (SecretText.ProblemWith(token) is { } problem)
            {
                yield return string.IsNullOrWhiteSpace(token)
                    ? $"{Section}:Tokens entry {index + 1} is blank (in a comma-separated string: two commas in a row, or one at either end)"
                    : $"{Section}:Tokens entry {index + 1} {problem}";
            }
        }
    }
}
