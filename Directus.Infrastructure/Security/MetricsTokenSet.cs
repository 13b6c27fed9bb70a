using Directus.Application.Metrics.Ports;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure.Security;

/// <summary>
/// The configured scrape tokens, kept only as digests. A candidate is compared with every one of them, without
/// stopping at a match, so the time taken tells neither which token matched nor how many there are to try.
/// </summary>
public sealed class MetricsTokenSet(IOptions<MetricsOptions> options) : IMetricsTokenVerifier
{
    private readonly SecretDigest[] _tokens = [.. options.Value.Tokens.Select(SecretDigest.Of)];

    /// <inheritdoc />
    public bool IsMetricsToken(string candidate)
    {
        var matched = false;
        foreach (var token in _tokens)
        {
            matched |= token.Matches(candidate);
        }

        return matched;
    }
}
