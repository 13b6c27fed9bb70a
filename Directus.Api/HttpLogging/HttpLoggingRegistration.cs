using Directus.Application.Configuration;
using Microsoft.AspNetCore.HttpLogging;

namespace Directus.Api.HttpLogging;

/// <summary>Registers the framework's HTTP logging behind the <c>Directus:HttpLogging</c> switch.</summary>
public static class HttpLoggingRegistration
{
    /// <summary>The framework's HTTP logging, added to the pipeline only when <c>Directus:HttpLogging:Enabled</c>.</summary>
    public static IServiceCollection AddSwitchableHttpLogging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<HttpLoggingSwitchOptions>(configuration);
        services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestPropertiesAndHeaders | HttpLoggingFields.RequestQuery
                | HttpLoggingFields.ResponsePropertiesAndHeaders | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        // The framework's own settings (LoggingFields, RequestHeaders…) sit beside Directus:HttpLogging:Enabled.
        services.Configure<HttpLoggingOptions>(configuration.GetSection(HttpLoggingSwitchOptions.SectionPath));
        return services;
    }
}
