using Directus.Api.Hosting;
using Directus.Infrastructure.Startup;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace Directus.Api;

/// <summary>The one start-up path: where settings come from, what is checked before anything is created, and how a refusal ends.</summary>
public static partial class ApiRunner
{
    /// <summary>
    /// The folder of the server's own files (its appsettings.json beside its assembly) is the content root, wherever
    /// the process is started from: a service manager starts it in <c>/</c>. An explicit <c>--contentRoot</c> (or
    /// <c>ASPNETCORE_CONTENTROOT</c>) still wins.
    /// </summary>
    public static WebApplicationOptions OptionsFor(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsContentRootGiven(args) ? null : AppContext.BaseDirectory,
    };

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
        catch (Exception failure) when (ReasonToRefuse(failure) is { } reason)
        {
            using var loggers = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
            LogRefused(CreateLogger(loggers), reason);
            return null;
        }
    }

    /// <summary>
    /// Logs where the settings come from, checks the configuration and the listeners, prepares the root directory and
    /// the token, starts, and runs until shutdown (0). Every refused start ends here: one log line and exit code 1,
    /// never a crash report, and nothing is created before the configuration and the listeners are known to be good.
    /// </summary>
    public static async Task<int> RunDirectusAsync(this WebApplication app)
    {
        var logger = CreateLogger(app.Services.GetRequiredService<ILoggerFactory>());
        LogSettingsFiles(logger, SettingsFiles(app.Configuration), app.Environment.ContentRootPath);
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
            if (IsKestrel(app.Services.GetRequiredService<IServer>()))
            {
                ListenerPreflight.Check(app.Configuration, app.Environment); // what Kestrel will bind (the in-memory test server binds nothing)
            }

            app.Services.GetRequiredService<StorageStartupService>().Prepare();
            await app.StartAsync();
        }
        catch (Exception failure) when (ReasonToRefuse(failure) is { } reason)
        {
            LogRefused(logger, reason);
            await app.DisposeAsync(); // flushes the console logger's queue
            return 1;
        }

        await app.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>Why a start-up failure is a refusal the operator can act on, or null for a real crash.</summary>
    private static string? ReasonToRefuse(Exception failure) => failure switch
    {
        StartupRefusedException refused => refused.Message,
        OptionsValidationException invalid => "invalid configuration: " + invalid.Message,
        // The host checks every settings class and gathers their failures when more than one has some.
        AggregateException several when several.InnerExceptions.All(inner => inner is OptionsValidationException) =>
            "invalid configuration: " + string.Join("; ", several.InnerExceptions.Select(inner => inner.Message)),
        // How the configuration binder says a value has the wrong type ("banana" for a TimeSpan); the message names the key.
        InvalidOperationException { InnerException: ArgumentException or FormatException } unreadable => "invalid configuration: " + unreadable.Message,
        // Kestrel's own bind failure, for a port taken between the preflight and the bind.
        IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException } => failure.Message,
        _ => null,
    };

    private static bool IsKestrel(IServer server) => server.GetType().Assembly == typeof(KestrelServerOptions).Assembly;

    private static bool IsContentRootGiven(string[] args) =>
        args.Any(arg => arg.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
        || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null
        || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is not null;

    private static string SettingsFiles(IConfiguration configuration)
    {
        var files = ((IConfigurationRoot)configuration).Providers
            .OfType<JsonConfigurationProvider>()
            .Select(provider => provider.Source.FileProvider?.GetFileInfo(provider.Source.Path ?? string.Empty))
            .Where(file => file is { Exists: true, PhysicalPath: not null })
            .Select(file => file!.PhysicalPath!)
            .ToList();
        return files.Count == 0 ? "none" : string.Join(", ", files);
    }

    private static ILogger CreateLogger(ILoggerFactory loggers) => loggers.CreateLogger("Directus.Startup");

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings files: {Files} (content root {ContentRoot})")]
    private static partial void LogSettingsFiles(ILogger logger, string files, string contentRoot);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to start: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
