using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Directus.Application.Configuration;

/// <summary>
/// The binder fills a list setting from its list form only (<c>…__0</c>, <c>…__1</c>, a JSON array) and silently
/// drops one string, as Directus 11 takes <c>CORS_ORIGIN</c> and <c>METRICS_TOKENS</c>
/// (<c>Directus__Cors__Origins=https://a.example.com,https://b.example.com</c>). Left empty, a security list would
/// mean "anyone". Here that string is read as the list it is, and goes through the same validation as the list form.
/// Empty counts as not given, as an empty list does.
/// </summary>
public static class ListGivenAsOneString
{
    /// <summary>
    /// Fills <paramref name="list"/> from the one string at <paramref name="section"/>, cut into entries by <paramref name="split"/>;
    /// does nothing when that string is empty. Throws <see cref="OptionsValidationException"/> when the list form was given too.
    /// </summary>
    /// <typeparam name="TSettings">The settings class, named in the exception.</typeparam>
    public static void Bind<TSettings>(IList<string> list, IConfigurationSection section, Func<string, IEnumerable<string>> split)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(split);
        if (string.IsNullOrEmpty(section.Value))
        {
            return;
        }

        if (list.Count > 0)
        {
            // Which one was meant to win cannot be told, and joining them could allow more than either says.
            throw new OptionsValidationException(
                section.Path, typeof(TSettings), [$"{section.Path} is given both as one comma-separated string and as a list; give one of them"]);
        }

        foreach (var entry in split(section.Value))
        {
            list.Add(entry);
        }
    }
}
