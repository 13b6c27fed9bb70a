using System.Net;
using Directus.Application.Common.Security;
using Microsoft.Extensions.Options;

namespace Directus.Application.Configuration;

/// <summary>Checks every <c>Directus:*</c> setting at start-up, naming each bad key so the operator can fix it.</summary>
public sealed class DirectusOptionsValidator : IValidateOptions<DirectusOptions>
{
    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, DirectusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateGeneral(options, failures);
        ValidateCors(options.Cors, failures);
        ValidateThrottle(options.Throttle, failures);
        ValidateRedis(options, failures);
        ValidateForwardedHeaders(options.ForwardedHeaders, failures);
        ValidateMetrics(options.Metrics, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateGeneral(DirectusOptions options, List<string> failures)
    {
        if (options.RootPath is not null && string.IsNullOrWhiteSpace(options.RootPath))
        {
            failures.Add("Directus:RootPath must not be empty (leave it unset for the default)");
        }

        if (options.ProbeTimeout <= TimeSpan.Zero)
        {
            failures.Add("Directus:ProbeTimeout must be positive");
        }

        if (options.TokenFileCheckInterval < TimeSpan.Zero)
        {
            failures.Add("Directus:TokenFileCheckInterval must not be negative");
        }

        if (!(options.Health.StorageThresholdMs > 0))
        {
            failures.Add("Directus:Health:StorageThresholdMs must be positive");
        }

        if (options.Health.AnonymousResultLifetime < TimeSpan.Zero || options.Health.AnonymousResultLifetime > TimeSpan.FromMinutes(1))
        {
            failures.Add("Directus:Health:AnonymousResultLifetime must be between 00:00:00 and 00:01:00");
        }

        if (options.Health.ShutdownDelay < TimeSpan.Zero)
        {
            failures.Add("Directus:Health:ShutdownDelay must not be negative");
        }
    }

    private static void ValidateCors(DirectusCorsOptions cors, List<string> failures)
    {
        const string Key = "Directus:Cors:Origins";
        foreach (var origin in cors.Origins.Where(origin => !DirectusCorsOptions.IsValidOrigin(origin)).Distinct(StringComparer.Ordinal))
        {
            failures.Add(string.IsNullOrWhiteSpace(origin)
                ? $"{Key} holds an empty entry (in a comma-separated string: two commas in a row, or one at either end)"
                : $"{Key} holds \"{origin}\", which is not \"*\" or an origin like https://app.example.com (scheme, host, optional port; no path or trailing slash)");
        }
    }

    private static void ValidateThrottle(ThrottleOptions throttle, List<string> failures)
    {
        const string Prefix = "Directus:Throttle:";
        if (throttle.PermitLimit < 1)
        {
            failures.Add($"{Prefix}PermitLimit must be at least 1 (it is {throttle.PermitLimit})");
        }

        // Retry-After is sent in whole seconds.
        if (throttle.Window < TimeSpan.FromSeconds(1) || throttle.Window > LongestWindow)
        {
            failures.Add($"{Prefix}Window must be between 00:00:01 and 1.00:00:00 (it is {throttle.Window})");
        }

        if (throttle.MaxTrackedClients is < 1 or > 10_000_000)
        {
            failures.Add($"{Prefix}MaxTrackedClients must be between 1 and 10000000 (it is {throttle.MaxTrackedClients})");
        }

        if (throttle.IPv6PrefixLength is < 1 or > 128)
        {
            failures.Add($"{Prefix}IPv6PrefixLength must be between 1 and 128 (it is {throttle.IPv6PrefixLength})");
        }
    }

    private static void ValidateRedis(DirectusOptions options, List<string> failures)
    {
        const string Prefix = "Directus:Redis:";
        var redis = options.Redis;
        if (options.Throttle.Store == ThrottleStore.Redis && string.IsNullOrWhiteSpace(redis.Configuration))
        {
            failures.Add($"Directus:Throttle:Store is Redis, so {Prefix}Configuration must be given (a StackExchange.Redis configuration string such as 127.0.0.1:6379)");
        }

        if (redis.Timeout < TimeSpan.FromMilliseconds(10) || redis.Timeout > TimeSpan.FromSeconds(30))
        {
            failures.Add($"{Prefix}Timeout must be between 00:00:00.010 and 00:00:30 (it is {redis.Timeout})");
        }

        if (redis.RetryInterval < TimeSpan.FromMilliseconds(100) || redis.RetryInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Prefix}RetryInterval must be between 00:00:00.100 and 00:05:00 (it is {redis.RetryInterval})");
        }
    }

    private static void ValidateForwardedHeaders(ForwardedHeadersTrustOptions forwarded, List<string> failures)
    {
        const string Prefix = "Directus:ForwardedHeaders:";
        if (forwarded.ForwardLimit is < 1 or > 10)
        {
            failures.Add($"{Prefix}ForwardLimit must be between 1 and 10 (it is {forwarded.ForwardLimit})");
        }

        foreach (var proxy in forwarded.KnownProxies.Where(proxy => !IsPlainAddress(proxy)))
        {
            failures.Add($"{Prefix}KnownProxies holds \"{proxy}\", which is not an IP address");
        }

        foreach (var network in forwarded.KnownNetworks.Where(network => !IsCanonicalNetwork(network)))
        {
            failures.Add($"{Prefix}KnownNetworks holds \"{network}\", which is not a network in CIDR notation with its host bits zero (e.g. 10.0.0.0/8)");
        }
    }

    /// <summary>A scrape token is a secret: the message says which entry is wrong and how, never what it holds.</summary>
    private static void ValidateMetrics(MetricsOptions metrics, List<string> failures)
    {
        for (var index = 0; index < metrics.Tokens.Count; index++)
        {
            var token = metrics.Tokens[index];
            if (SecretText.ProblemWith(token) is { } problem)
            {
                failures.Add(string.IsNullOrWhiteSpace(token)
                    ? $"Directus:Metrics:Tokens entry {index + 1} is blank (in a comma-separated string: two commas in a row, or one at either end)"
                    : $"Directus:Metrics:Tokens entry {index + 1} {problem}");
            }
        }
    }

    /// <summary>CIDR with the host bits zero: IPNetwork.TryParse alone masks "10.0.0.1/8" to 10.0.0.0/8, which may be wider than the operator meant.</summary>
    public static bool IsCanonicalNetwork(string text) =>
        IPNetwork.TryParse(text, out var network)
        && IPAddress.TryParse(text.AsSpan(0, text.IndexOf('/', StringComparison.Ordinal)), out var written)
        && written.Equals(network.BaseAddress);

    /// <summary>A full IPv4 dotted quad or an IPv6 address: IPAddress.TryParse alone would read "10" as 0.0.0.10 and trust a proxy nobody meant.</summary>
    public static bool IsPlainAddress(string text) =>
        IPAddress.TryParse(text, out _) && (text.Contains(':', StringComparison.Ordinal) || text.Count(c => c == '.') == 3);
}
