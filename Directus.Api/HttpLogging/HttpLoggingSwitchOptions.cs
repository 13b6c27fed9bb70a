using Directus.Application.Configuration;

namespace Directus.Api.HttpLogging;

/// <summary><c>Directus:HttpLogging</c>: turns the framework's HTTP request/response logging on; its own settings sit beside <c>Enabled</c>.</summary>
public sealed class HttpLoggingSwitchOptions : ISettingsSection
{
    public static string SectionPath => "Directus:HttpLogging";

    public bool Enabled { get; set; }

    public IEnumerable<string> Problems() => [];
}
