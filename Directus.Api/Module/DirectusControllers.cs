using System.Reflection;
using Directus.Api.Controllers;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Directus.Api;

/// <summary>
/// Makes the module's controllers (every <see cref="DirectusController"/> of this assembly) controllers of the app. They
/// are <c>[NonController]</c> for MVC's own discovery, which finds them in any app that references this assembly:
/// without <see cref="DirectusServerServices.AddDirectusServer"/> their services would be missing, so only that call adds them.
/// </summary>
public sealed class DirectusControllers : IApplicationFeatureProvider<ControllerFeature>
{
    /// <summary>The module's controller types.</summary>
    public static IReadOnlyList<TypeInfo> Types { get; } =
    [
        .. typeof(DirectusController).Assembly.GetExportedTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && type.IsSubclassOf(typeof(DirectusController)))
            .Select(type => type.GetTypeInfo()),
    ];

    /// <inheritdoc />
    public void PopulateFeature(IEnumerable<ApplicationPart> parts, ControllerFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        foreach (var type in Types.Where(type => !feature.Controllers.Contains(type)))
        {
            feature.Controllers.Add(type);
        }
    }
}
