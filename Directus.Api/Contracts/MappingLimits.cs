using AutoMapper;
using AutoMapper.Internal;

namespace Directus.Api.Contracts;

/// <summary>
/// The depth guard on every map (AutoMapper advisory GHSA-rvv3-g6hj-g44x, see docs/adr/0003). Our wire objects nest
/// at most four levels (data.php.extensions), so anything deeper is cut off.
/// </summary>
public static class MappingLimits
{
    /// <summary>The deepest a map may go: the four levels of <c>data.php.extensions</c>.</summary>
    public const int MaxDepth = 4;

    /// <summary>Given to <c>AddAutoMapper</c>, so that a new map carries the guard without saying so.</summary>
    public static void GuardEveryMap(IMapperConfigurationExpression configuration) =>
        configuration.Internal().ForAllMaps((_, map) => map.MaxDepth(MaxDepth));
}
