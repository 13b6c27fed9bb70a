namespace Directus.Api.Http;

public static class QueryCollectionExtensions
{
    /// <summary>Every value given for <paramref name="name"/>, in order (none when absent), so that a repeated parameter is seen as such.</summary>
    public static IReadOnlyList<string> AllValues(this IQueryCollection query, string name)
    {
        var values = query[name];
        var result = new string[values.Count];
        for (var index = 0; index < result.Length; index++)
        {
            result[index] = values[index] ?? string.Empty;
        }

        return result;
    }
}
