namespace Directus.Tests.Support;

public static class RepositoryPaths
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static string Root { get; } = FindRoot();

    /// <summary>The API's own build output (the test build builds it first, as a project reference).</summary>
    public static string ApiOutput { get; } = Path.Combine(Root, "Directus.Api", "bin", Configuration, "net10.0");

    public static string ApiAssembly { get; } = Path.Combine(ApiOutput, "Directus.Api.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directus.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Directus.sln above {AppContext.BaseDirectory}");
    }
}
