using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure.Configuration;

/// <summary>
/// The configuration binder stops at the first value it cannot convert (<c>Window=banana</c>) and so hides every
/// other bad value. This looks at every value of an options section first, against the type of the property it
/// is bound to, and reports all that cannot be read at once, in the binder's own words.
/// </summary>
public static class UnreadableSettings
{
    /// <summary>Throws <see cref="OptionsValidationException"/> naming every value of <paramref name="section"/> that <typeparamref name="TOptions"/> cannot take.</summary>
    public static void ThrowIfAny<TOptions>(IConfigurationSection section)
    {
        var failures = new List<string>();
        Collect(section, typeof(TOptions), failures);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(section.Path, typeof(TOptions), failures);
        }
    }

    private static void Collect(IConfigurationSection section, Type type, List<string> failures)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var child = section.GetSection(property.Name);
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (child.Value is { Length: > 0 } value && IsScalar(target) && !CanConvert(target, value))
            {
                failures.Add($"Failed to convert configuration value '{value}' at '{child.Path}' to type '{target.FullName}'.");
            }
            else if (!IsScalar(target) && target.IsClass && target != typeof(string) && !target.IsAssignableTo(typeof(System.Collections.IEnumerable)))
            {
                Collect(child, target, failures);
            }
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
