using System.Diagnostics.Metrics;
using Directus.Application.Common.Telemetry;

namespace Directus.Infrastructure.Security;

/// <summary><c>directus.token_file.reloads</c>: edits of the token file seen while running, applied or refused.</summary>
public sealed class TokenFileMetrics
{
    private readonly Counter<long> _reloads;

    /// <summary>Creates the counter on the <see cref="DirectusMeter"/> meter.</summary>
    public TokenFileMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _reloads = meters.Create(DirectusMeter.Name).CreateCounter<long>(
            "directus.token_file.reloads", "{reload}", "Edits of the super admin token file seen while running, by outcome (applied, refused)");
    }

    /// <summary>Counts an edit of the token file that is now in use.</summary>
    public void Applied() => Record("applied");

    /// <summary>Counts an edit of the token file that was refused (the last good token stays).</summary>
    public void Refused() => Record("refused");

    private void Record(string outcome) => _reloads.Add(1, new KeyValuePair<string, object?>("directus.token_file.reload.outcome", outcome));
}
