namespace Directus.Application.Configuration;

/// <summary>Turns the framework's HTTP request/response logging on; its own settings sit beside <c>Enabled</c>.</summary>
public sealed class HttpLoggingSwitchOptions
{
    public bool Enabled { get; set; }
}
