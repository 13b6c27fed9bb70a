using Directus.Infrastructure.Throttling;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Directus.Infrastructure.Redis;

/// <summary>
/// With the Redis store, <c>Directus:Redis:Configuration</c> must be given, be a configuration string StackExchange.Redis
/// reads, and name at least one endpoint. The failure never repeats the string: it may hold a password.
/// </summary>
public sealed class RedisConfigurationValidator(IOptionsMonitor<ThrottleOptions> throttle) : IValidateOptions<RedisOptions>
{
    private const string Key = "Directus:Redis:Configuration";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!UsesRedis())
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.Configuration))
        {
            return ValidateOptionsResult.Fail($"Directus:Throttle:Store is Redis, so {Key} must be given (a StackExchange.Redis configuration string such as 127.0.0.1:6379)");
        }

        try
        {
            return ConfigurationOptions.Parse(options.Configuration).EndPoints.Count == 0
                ? ValidateOptionsResult.Fail($"{Key} names no Redis endpoint (such as 127.0.0.1:6379)")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException unreadable)
        {
            // StackExchange.Redis names the option it could not read, not the password's value.
            return ValidateOptionsResult.Fail($"{Key} is not a StackExchange.Redis configuration string: {unreadable.Message}");
        }
    }

    private bool UsesRedis()
    {
        try
        {
            return throttle.CurrentValue.Store == ThrottleStore.Redis;
        }
        catch (OptionsValidationException)
        {
            return false; // the throttle's own section reports what is wrong with it
        }
    }
}
