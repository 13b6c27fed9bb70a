using Directus.Application.Configuration;

namespace Directus.Infrastructure.Storage;

/// <summary>Where the v8 root directory is and how often its token file is looked at (keys directly under <c>Directus</c>).</summary>
public sealed class StorageOptions : ISettingsSection
{
    /// <inheritdoc />
    public static string SectionPath => "Directus";

    /// <summary>
    /// The v8 root directory (config/, logs/, public/, public/uploads/); relative paths are taken from the working
    /// directory. Unset: the user's data folder, <c>~/.local/share/directus</c> on Linux.
    /// </summary>
    public string? RootPath { get; set; }

    /// <summary>How often, at most, the token file is looked at for edits (zero: on every request).</summary>
    public TimeSpan TokenFileCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    public IEnumerable<string> Problems()
    {
        if (RootPath is not null && string.IsNullOrWhiteSpace(RootPath))
        {
            yield return "Directus:RootPath must not be empty (leave it unset for the default)";
        }

        if (TokenFileCheckInterval < TimeSpan.Zero)
        {
            yield return "Directus:TokenFileCheckInterval must not be negative";
        }
    }
}
