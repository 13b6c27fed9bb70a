using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Directus.Application.Configuration;

/// <summary>
/// The configuration binder stops at the first value it cannot convert (<c>Window=banana</c>) and so hides every
/// other bad value. This looks at every value of a settings section first, against the type of the property it is
/// bound to, and reports all that cannot be read at once, in the binder's own words.
/// </summary>
public static class UnreadableSettings
{
    /// <summary>Throws <see cref="OptionsValidationException"/> naming every value of <paramref name="section"/> that <typeparamref name="TSettings"/> cannot take.</summary>
    public static void ThrowIfAny<TSettings>(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var failures = new List<string>();
        foreach (var property in typeof(TSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var child = section.GetSection(property.Name);
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (child.Value is { Length: > 0 } value && IsScalar(target) && !CanConvert(target, value))
            {
                failures.Add($"Failed to convert configuration value '{value}' at '{child.Path}' to type '{target.FullName}'.");
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(section.Path, typeof(TSettings), failures);
        }
    }

    private static bool IsScalar(Type type) => type.IsPrimitive || type.IsEnum || type == typeof(TimeSpan) || type == typeof(decimal);

    private static bool CanConvert(Type type, string value)
    {
        try
        {
            TypeDescriptor.GetConverter(type).ConvertFromString(null, CultureInfo.InvariantCulture, value);
            return true;
        }
        catch (Exception unreadable) when (unreadable is FormatException or ArgumentException or OverflowException or NotSupportedException)
        {
            return false;
        }
    }
}
