using Directus.Api.Standalone;

namespace Directus.Api;

/// <summary>
/// The standalone server (<c>dotnet run --project Directus.Api</c>): the Server module's two calls plus every app-wide
/// opt-in, as any host would compose them. Named in the <c>Directus.Api</c> namespace so that a host's own
/// <c>Program</c> never meets it.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    /// <summary>Serves until shutdown (exit code 0), or refuses to start with one log line (exit code 1).</summary>
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(ApiRunner.OptionsFor(args));
        builder.Services
            .AddDirectusServer(builder.Configuration)
            .AddStandaloneServerParts(builder.Configuration);

        var app = builder.BuildOrRefuse();
        if (app is null)
        {
            return 1;
        }

        app.UseStandaloneServerPipeline();
        app.MapDirectusServer();
        app.MapStandaloneServerExtras();
        return await app.RunDirectusAsync();
    }
}
