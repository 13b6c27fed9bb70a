using System.Reflection;
using System.Xml.Linq;
using Directus.Tests.Support;

namespace Directus.Tests.Architecture;

/// <summary>Dependencies point one way: Api → Application → Domain, Infrastructure → Application. Checked in the project files and in the built assemblies.</summary>
public sealed class LayerDependencyTests
{
    private static readonly Assembly Domain = typeof(Directus.Domain.Server.ServerInfo).Assembly;
    private static readonly Assembly Application = typeof(Directus.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Directus.Infrastructure.DependencyInjection).Assembly;

    [Test]
    public void Domain_ReferencesNoProjectOrPackage()
    {
        var project = ProjectFile("Directus.Domain");

        Assert.Multiple(() =>
        {
            Assert.That(References(project, "ProjectReference"), Is.Empty);
            Assert.That(References(project, "PackageReference"), Is.Empty);
            Assert.That(References(project, "FrameworkReference"), Is.Empty);
            Assert.That(NonFrameworkReferences(Domain), Is.Empty, "the built Domain uses only the base class library");
        });
    }

    [Test]
    public void Application_DoesNotReferenceInfrastructureOrApi()
    {
        var forbidden = new[] { "Directus.Infrastructure", "Directus.Api" };

        Assert.Multiple(() =>
        {
            Assert.That(References(ProjectFile("Directus.Application"), "ProjectReference").Select(ProjectName), Has.None.AnyOf(forbidden));
            Assert.That(Application.GetReferencedAssemblies().Select(name => name.Name), Has.None.AnyOf(forbidden));
            Assert.That(References(ProjectFile("Directus.Application"), "FrameworkReference"), Is.Empty, "no ASP.NET Core in use cases");
        });
    }

    [Test]
    public void Infrastructure_DoesNotReferenceApi()
    {
        Assert.Multiple(() =>
        {
            Assert.That(References(ProjectFile("Directus.Infrastructure"), "ProjectReference").Select(ProjectName), Has.None.EqualTo("Directus.Api"));
            Assert.That(Infrastructure.GetReferencedAssemblies().Select(name => name.Name), Has.None.EqualTo("Directus.Api"));
        });
    }

    [Test]
    public void OnlyApi_KnowsTheMetricsVendor()
    {
        // Application and Infrastructure create their instruments with the framework's IMeterFactory; exporting is the Api's business.
        string[] vendors = ["OpenTelemetry", "prometheus-net", "Prometheus"];
        bool IsVendor(string? name) => name is not null && vendors.Any(vendor => name.StartsWith(vendor, StringComparison.OrdinalIgnoreCase));

        Assert.Multiple(() =>
        {
            foreach (var (layer, assembly) in new[] { ("Directus.Application", Application), ("Directus.Infrastructure", Infrastructure) })
            {
                Assert.That(References(ProjectFile(layer), "PackageReference").Where(IsVendor), Is.Empty, layer);
                Assert.That(assembly.GetReferencedAssemblies().Select(name => name.Name).Where(IsVendor), Is.Empty, layer);
            }

            Assert.That(References(ProjectFile("Directus.Api"), "PackageReference").Where(IsVendor), Is.Not.Empty, "the check looks for the right names");
        });
    }

    private static XDocument ProjectFile(string project) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, project, project + ".csproj"));

    private static string[] References(XDocument project, string kind) =>
        project.Descendants(kind).Select(element => (string?)element.Attribute("Include") ?? "").ToArray();

    private static string ProjectName(string include) => Path.GetFileNameWithoutExtension(include.Replace('\\', '/'));

    private static string[] NonFrameworkReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(name => name.Name ?? "")
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name != "netstandard" && name != "mscorlib")
            .ToArray();
}
