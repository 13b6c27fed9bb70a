using Directus.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Tests.Support;

/// <summary>The real app in-process, on a temp root with a known token; tests may swap services.</summary>
public sealed class DirectusApiFactory : WebApplicationFactory<Program>
{
    public const string Token = "functional-test-token-0123456789abcdef";

    private readonly TempDirectory _root = new();
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> _serviceOverrides = [];

    public string Environment { get; init; } = "Production";

    public string RootPath => _root.Path;

    public DirectusApiFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public DirectusApiFactory WithServices(Action<IServiceCollection> configure)
    {
        _serviceOverrides.Add(configure);
        return this;
    }

    /// <summary>Requests may carry <see cref="ClientAddressHeader.Name"/> to set their connection's remote address.</summary>
    public DirectusApiFactory WithClientAddressHeader() =>
        WithServices(services => services.AddSingleton<IStartupFilter, ClientAddressHeader>());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Directus:RootPath", _root.Path);
        builder.UseSetting("DIRECTUS_SUPER_ADMIN_TOKEN", Token);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            foreach (var configure in _serviceOverrides)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _root.Dispose();
        }
    }
}
