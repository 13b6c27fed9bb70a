namespace Directus.Api.Contracts;

/// <summary>
/// Every map carries a depth guard (AutoMapper advisory GHSA-rvv3-g6hj-g44x, see docs/adr). Our wire
/// objects nest at most four levels (data.php.extensions), so anything deeper is cut off.
/// </summary>
public static class MappingLimits
{
    public const int MaxDepth = 4;
}
