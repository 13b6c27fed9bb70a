using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Directus.Api.Logging;

/// <summary>Registers the masking of token values in every log entry.</summary>
public static class SecretRedactionRegistration
{
    /// <summary>
    /// Decorates the registered <see cref="ILoggerFactory"/> with <see cref="RedactingLoggerFactory"/>. Call it after
    /// logging is registered; providers added later are covered too, as the factory collects them when first resolved.
    /// </summary>
    public static IServiceCollection AddSecretRedaction(this IServiceCollection services)
    {
        var original = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(ILoggerFactory) && !descriptor.IsKeyedService)
            ?? throw new InvalidOperationException("Register logging before the secret redaction that wraps it");

        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(provider => new RedactingLoggerFactory(Create(original, provider))));
        return services;
    }

    private static ILoggerFactory Create(ServiceDescriptor original, IServiceProvider provider) => (ILoggerFactory)(
        original.ImplementationInstance
        ?? original.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!));
}
