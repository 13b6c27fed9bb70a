using Directus.Api;
using Directus.Api.Standalone;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Support;

/// <summary>Every layer's settings registered as the server registers them, checked as the host checks them at start.</summary>
public static class SettingsCheck
{
    /// <summary>The failure messages a start with <paramref name="values"/> would report; none when it would start.</summary>
    public static IReadOnlyList<string> FailuresFor(IDictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddDirectusServer(configuration).AddStandaloneServerParts(configuration);
        using var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException one)
        {
            return [.. one.Failures];
        }
        catch (AggregateException several)
        {
            return [.. several.InnerExceptions.OfType<OptionsValidationException>().SelectMany(failure => failure.Failures)];
        }
    }
}
