using Directus.Infrastructure.Startup;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace Directus.Api;

public static partial class ApiRunner
{
    /// <summary>
    /// Builds the app, or refuses (null, after one log line) when the framework cannot read its own configuration
    /// while building, such as a <c>Kestrel:Limits</c> value of the wrong type; a crash report would be the alternative.
    /// </summary>
    public static WebApplication? BuildOrRefuse(this WebApplicationBuilder builder)
    {
        try
        {
            return builder.Build();
        }
        catch (InvalidOperationException unreadable) when (unreadable.InnerException is ArgumentException or FormatException)
        {
            using var loggers = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
            LogRefused(loggers.CreateLogger("Directus.Startup"), "invalid configuration: " + unreadable.Message);
            return null;
        }
    }

    /// <summary>
    /// Checks the configuration and prepares the root directory and the token before the host starts, then runs
    /// until shutdown (0). A start-up refused for a stated reason (bad configuration, a root it cannot create, a
    /// token file it cannot use, a port in use) ends with that reason as one log line and exit code 1, never a crash.
    /// </summary>
    public static async Task<int> RunDirectusAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Directus.Startup");
        if (!TryPrepare(app.Services, logger))
        {
            await app.DisposeAsync(); // flushes the console logger's queue
            return 1;
        }

        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException bindFailure) when (bindFailure.InnerException is AddressInUseException)
        {
            LogRefused(logger, bindFailure.Message);
            return 1;
        }
    }

    private static bool TryPrepare(IServiceProvider services, ILogger logger)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            services.GetRequiredService<StorageStartupService>().Prepare();
            return true;
        }
        catch (OptionsValidationException invalid)
        {
            LogRefused(logger, "invalid configuration: " + invalid.Message);
        }
        catch (InvalidOperationException unreadable)
        {
            // How the configuration binder says a value has the wrong type ("banana" for a TimeSpan); the message names the key.
            LogRefused(logger, "invalid configuration: " + unreadable.Message);
        }
        catch (StartupRefusedException)
        {
            // Already logged, with its reason, by the storage start-up.
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to start: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
