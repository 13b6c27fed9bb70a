using Directus.Application.Configuration;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Directus.Infrastructure.Redis;

/// <summary>
/// With the Redis store, <c>Directus:Redis:Configuration</c> must be a configuration string StackExchange.Redis reads
/// and that names at least one endpoint. The failure never repeats the string: it may hold a password.
/// </summary>
public sealed class RedisConfigurationValidator : IValidateOptions<DirectusOptions>
{
    private const string Key = "Directus:Redis:Configuration";

    public ValidateOptionsResult Validate(string? name, DirectusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Throttle.Store != ThrottleStore.Redis || string.IsNullOrWhiteSpace(options.Redis.Configuration))
        {
            return ValidateOptionsResult.Success; // nothing to read, or its absence is reported by DirectusOptionsValidator
        }

        try
        {
            return ConfigurationOptions.Parse(options.Redis.Configuration).EndPoints.Count == 0
                ? ValidateOptionsResult.Fail($"{Key} names no Redis endpoint (such as 127.0.0.1:6379)")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException unreadable)
        {
            // StackExchange.Redis names the option it could not read, not the password's value.
            return ValidateOptionsResult.Fail($"{Key} is not a StackExchange.Redis configuration string: {unreadable.Message}");
        }
    }
}
