using Directus.Application.Configuration;

namespace Directus.Api.HttpLogging;

/// <summary><c>Directus:HttpLogging</c>: turns the framework's HTTP request/response logging on; its own settings sit beside <c>Enabled</c>.</summary>
public sealed class HttpLoggingSwitchOptions : ISettingsSection
{
    /// <inheritdoc />
    public static string SectionPath => "Directus:HttpLogging";

    /// <summary>Whether requests and responses are logged; off by default.</summary>
    public bool Enabled { get; set; }

    /// <inheritdoc />
    public IEnumerable<string> Problems() => [];
}
