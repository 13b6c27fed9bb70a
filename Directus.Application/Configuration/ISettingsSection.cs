namespace Directus.Application.Configuration;

/// <summary>
/// A settings class bound to one configuration section, declared in the layer that reads it and registered there with
/// <see cref="SettingsRegistration.AddSettings{TSettings}"/>. Two layers may each bind the keys they read from one section.
/// </summary>
public interface ISettingsSection
{
    /// <summary>The section's path, such as <c>Directus:Throttle</c>; each problem names its key below it.</summary>
    static abstract string SectionPath { get; }

    /// <summary>One message per bad value, naming its full key so the operator can fix it; none when all is well.</summary>
    IEnumerable<string> Problems();
}
