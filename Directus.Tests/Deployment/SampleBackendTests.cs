using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using Directus.Tests.Support;

namespace Directus.Tests.Deployment;

/// <summary>
/// A larger backend mounts the server from its NuGet packages: the four layers packed into the local feed by
/// <c>scripts/pack-local-feed.sh</c>, and <c>samples/Directus.SampleBackend</c> built against them and started as a real
/// process (<see cref="SampleBackend"/>). The host's endpoint, credential, health check, OpenAPI part and metrics live
/// beside the server's, and neither credential opens the other's endpoints.
/// </summary>
[NonParallelizable]
public sealed class SampleBackendTests
{
    private const string ArticlesPath = "/items/articles";

    [Test]
    public async Task ContractSuite_AgainstTheSampleHostOverHttp_PassesEveryTest()
    {
        var sample = await SampleBackend.InstanceAsync();
        using var work = new TempDirectory();

        var result = await ContractSuiteRun.AgainstAsync(sample.Server.BaseAddress, sample.SuperAdminToken, work.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.Zero, result.Trx);
            Assert.That(result.NotExecuted, Is.Zero, result.Trx);
            Assert.That(result.Passed, Is.EqualTo(result.Total).And.GreaterThan(50), result.Trx);
        });
    }

    [Test]
    public async Task Ping_ReturnsPong()
    {
        var sample = await SampleBackend.InstanceAsync();

        using var response = await sample.Client.GetAsync(new Uri("/server/ping", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Is.EqualTo("pong"));
        });
    }

    [Test]
    public async Task ArticlesEndpoint_WithoutApiKey_Returns401()
    {
        var sample = await SampleBackend.InstanceAsync();

        using var response = await SendAsync(sample, ArticlesPath, authorization: null);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Headers.WwwAuthenticate.Select(challenge => challenge.Scheme), Is.EquivalentTo(new[] { "ApiKey" }));
        });
    }

    [Test]
    public async Task ArticlesEndpoint_WithWrongApiKey_Returns401()
    {
        var sample = await SampleBackend.InstanceAsync();

        using var response = await SendAsync(sample, ArticlesPath, new AuthenticationHeaderValue("ApiKey", sample.ApiKey + "x"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ArticlesEndpoint_WithApiKey_Returns200()
    {
        var sample = await SampleBackend.InstanceAsync();

        using var response = await SendAsync(sample, ArticlesPath, new AuthenticationHeaderValue("ApiKey", sample.ApiKey));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var articles = body.RootElement.GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(articles.ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(articles.GetArrayLength(), Is.GreaterThan(0));
            Assert.That(articles.EnumerateArray().Select(article => article.GetProperty("id").ValueKind), Has.All.EqualTo(JsonValueKind.Number));
            Assert.That(articles.EnumerateArray().Select(article => article.GetProperty("title").GetString()), Has.All.Not.Empty);
            // UseDirectusSecurityHeaders() is app-wide: the host's own answers carry the header too.
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        });
    }

    [Test]
    public async Task ArticlesEndpoint_WithSuperAdminBearerToken_Returns401()
    {
        var sample = await SampleBackend.InstanceAsync();

        using var response = await SendAsync(sample, ArticlesPath, new AuthenticationHeaderValue("Bearer", sample.SuperAdminToken));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the super admin token is the server's, not a credential of the host");
    }

    /// <summary>
    /// <c>Authorization: ApiKey …</c> is no super admin token: /server/info takes the token from <c>Bearer</c> or the query
    /// only, so this request carries none, which is <c>422</c> code 4 "should not be blank" (as for <c>Basic</c> or
    /// <c>Metrics</c>; docs/contract.md), not <c>401</c> code 3, which answers a wrong token.
    /// </summary>
    [Test]
    public async Task ServerInfo_WithHostApiKey_Returns422Code4Blank()
    {
        var sample = await SampleBackend.InstanceAsync();

        using var response = await SendAsync(sample, "/server/info", new AuthenticationHeaderValue("ApiKey", sample.ApiKey));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), body);
            Assert.That(body, Is.EqualTo("""{"error":{"code":4,"message":"super_admin_token: This value should not be blank."}}"""));
        });
    }

    [Test]
    public async Task ServerInfo_WithSuperAdminToken_Returns200()
    {
        var sample = await SampleBackend.InstanceAsync();

        using var response = await SendAsync(sample, "/server/info", new AuthenticationHeaderValue("Bearer", sample.SuperAdminToken));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        using var document = JsonDocument.Parse(body);
        var data = document.RootElement.GetProperty("data");
        Assert.That(new[] { "directus", "server", "php", "permissions" }.Where(name => !data.TryGetProperty(name, out _)), Is.Empty, body);
    }

    [Test]
    public async Task UnknownPath_Returns404InTheDirectusEnvelope()
    {
        var sample = await SampleBackend.InstanceAsync();

        using var response = await SendAsync(sample, "/items/no-such-collection/1", authorization: null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(body, Is.EqualTo("""{"error":{"code":1,"message":"Not Found"}}"""), "UseDirectusErrorEnvelope() is app-wide");
        });
    }

    [Test]
    public async Task Health_WithSuperAdminToken_ListsTheHostsOwnCheck()
    {
        var sample = await SampleBackend.InstanceAsync();

        using var response = await SendAsync(sample, "/server/health", new AuthenticationHeaderValue("Bearer", sample.SuperAdminToken));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        using var document = JsonDocument.Parse(body);
        var checks = document.RootElement.GetProperty("checks");
        Assert.That(checks.TryGetProperty("articles:store", out var hostCheck), Is.True, body);
        Assert.That(hostCheck.ValueKind, Is.EqualTo(JsonValueKind.Array), body);
        Assert.That(hostCheck.GetArrayLength(), Is.EqualTo(1), body);
        var observation = hostCheck[0];
        Assert.Multiple(() =>
        {
            Assert.That(observation.GetProperty("componentType").ValueKind, Is.EqualTo(JsonValueKind.String), body);
            Assert.That(observation.GetProperty("status").GetString(), Is.EqualTo("ok"), body);
            Assert.That(observation.GetProperty("observedValue").ValueKind, Is.EqualTo(JsonValueKind.Number), body);
            Assert.That(observation.GetProperty("observedUnit").GetString(), Is.EqualTo("ms"), body);
            Assert.That(checks.TryGetProperty("server:uptime", out _), Is.True, "the server's own checks are still there");
        });
    }

    [Test]
    public async Task Specs_DescribeBothTheHostsAndTheServersOperations()
    {
        var sample = await SampleBackend.InstanceAsync();

        using var response = await SendAsync(sample, "/server/specs/oas", authorization: null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var paths = root.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();
        var schemes = root.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Select(scheme => scheme.Name).ToList();
        var articlesSecurity = root.GetProperty("paths").GetProperty(ArticlesPath).GetProperty("get").GetProperty("security")
            .EnumerateArray().SelectMany(requirement => requirement.EnumerateObject().Select(scheme => scheme.Name)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(paths, Does.Contain(ArticlesPath).And.Contain("/server/info"));
            Assert.That(schemes, Does.Contain("superAdminBearer").And.Contain("ApiKey"));
            Assert.That(articlesSecurity, Is.EqualTo(new[] { "ApiKey" }), "the host's operation asks for the host's credential only");
            Assert.That(root.GetProperty("info").GetProperty("title").GetString(), Does.StartWith("Sample backend"), "the host titles its document");
        });
    }

    [Test]
    public async Task HostMetrics_IncludeTheServersMeter()
    {
        var sample = await SampleBackend.InstanceAsync();
        // A run of the health checks records directus_health_check_status on the Directus.Server meter.
        using (var health = await SendAsync(sample, "/server/health", new AuthenticationHeaderValue("Bearer", sample.SuperAdminToken)))
        {
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var scrape = "";
        var seen = await Poll.UntilAsync(
            async () =>
            {
                using var response = await SendAsync(sample, "/sample-metrics", authorization: null);
                scrape = await response.Content.ReadAsStringAsync();
                return response.IsSuccessStatusCode && scrape.Contains("directus_health_check_status{", StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(30),
            TimeSpan.FromMilliseconds(200));

        Assert.That(seen, Is.True, scrape);
    }

    [Test]
    public void SampleBuild_ReferencesNoProjectOfTheRepository()
    {
        var project = XDocument.Load(SampleBackend.ProjectFile);

        Assert.Multiple(() =>
        {
            Assert.That(project.Descendants().Where(element => element.Name.LocalName == "ProjectReference"), Is.Empty);
            Assert.That(
                project.Descendants().Where(element => element.Name.LocalName == "PackageReference").Select(element => (string?)element.Attribute("Include")),
                Does.Contain("Directus.Api"));
            // Its own build settings: the repository's Directory.Build.props and Directory.Packages.props stop at samples/.
            Assert.That(File.Exists(Path.Combine(RepositoryPaths.Root, "samples", "Directory.Build.props")), Is.True);
            Assert.That(File.Exists(Path.Combine(RepositoryPaths.Root, "samples", "Directory.Packages.props")), Is.True);
        });
    }

    [Test]
    public async Task SampleBuild_RunsTheServerFromThePackage()
    {
        var sample = await SampleBackend.InstanceAsync();
        var feed = await SampleBackend.FeedAsync();

        var assets = await File.ReadAllTextAsync(Path.Combine(SampleBackend.ProjectFolder, "obj", "project.assets.json"));
        using var document = JsonDocument.Parse(assets);
        var libraries = document.RootElement.GetProperty("libraries");

        Assert.Multiple(() =>
        {
            Assert.That(libraries.TryGetProperty($"Directus.Api/{feed.Version}", out var api), Is.True, "restored the feed's version");
            Assert.That(api.GetProperty("type").GetString(), Is.EqualTo("package"));
            Assert.That(sample.Server.HasExited, Is.False);
        });
    }

    [Test]
    public async Task Packages_EachHasVersionLicenseRepositoryReadmeAndDocs()
    {
        var feed = await SampleBackend.FeedAsync();

        Assert.Multiple(() =>
        {
            foreach (var id in SampleBackend.LocalFeed.PackageIds)
            {
                Assert.That(File.Exists(feed.PackagePath(id)), Is.True, id);
                if (!File.Exists(feed.PackagePath(id)))
                {
                    continue;
                }

                using var package = ZipFile.OpenRead(feed.PackagePath(id));
                var entries = package.Entries.Select(entry => entry.FullName).ToList();
                XElement metadata;
                using (var nuspec = package.GetEntry($"{id}.nuspec")!.Open())
                {
                    metadata = XDocument.Load(nuspec).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
                }

                string? Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;
                var license = metadata.Elements().Single(element => element.Name.LocalName == "license");
                var repository = metadata.Elements().Single(element => element.Name.LocalName == "repository");
                Assert.That(Value("version"), Is.EqualTo(feed.Version), id);
                Assert.That((string?)license.Attribute("type"), Is.EqualTo("expression"), id);
                Assert.That(license.Value, Is.EqualTo("MIT"), id);
                Assert.That((string?)repository.Attribute("type"), Is.EqualTo("git"), id);
                Assert.That((string?)repository.Attribute("url"), Is.Not.Empty, id);
                Assert.That(Value("authors"), Is.Not.Empty, id);
                Assert.That(Value("description"), Is.Not.Empty, id);
                Assert.That(Value("readme"), Is.EqualTo("README.md"), id);
                Assert.That(entries, Does.Contain("README.md"), id);
                Assert.That(entries, Does.Contain($"lib/net10.0/{id}.dll"), id);
                Assert.That(entries, Does.Contain($"lib/net10.0/{id}.xml"), id);
                Assert.That(entries.Where(entry => Path.GetFileName(entry).StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)), Is.Empty, id);
            }
        });
    }

    [Test]
    public async Task PackScript_LeavesOnlyItsOwnLocalVersion_InTheFeedAndTheGlobalPackagesFolder()
    {
        await SampleBackend.InstanceAsync(); // its restore put the feed's version into the global packages folder
        var feed = await SampleBackend.FeedAsync();
        var globalPackages = await GlobalPackagesFolderAsync();

        var inFeed = Directory.EnumerateFiles(feed.Folder, "*-local.*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var inGlobalPackages = SampleBackend.LocalFeed.PackageIds
            .Select(id => Path.Combine(globalPackages, id.ToLowerInvariant()))
            .SelectMany(folder => Directory.Exists(folder) ? Directory.EnumerateDirectories(folder, "*-local.*") : [])
            .Select(folder => Path.GetRelativePath(globalPackages, folder))
            .Order(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(inFeed, Is.EqualTo(SampleBackend.LocalFeed.PackageIds.Select(id => $"{id}.{feed.Version}.nupkg").Order(StringComparer.Ordinal)));
            Assert.That(
                inGlobalPackages,
                Is.EqualTo(SampleBackend.LocalFeed.PackageIds.Select(id => Path.Combine(id.ToLowerInvariant(), feed.Version.ToLowerInvariant())).Order(StringComparer.Ordinal)),
                "the sample's restore brought the four (Directus.Api and its dependencies); older local versions are gone");
        });
    }

    private static async Task<string> GlobalPackagesFolderAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["nuget", "locals", "global-packages", "--list"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        const string Label = "global-packages:";
        var line = output.Split('\n').Single(candidate => candidate.StartsWith(Label, StringComparison.Ordinal));
        return line[Label.Length..].Trim();
    }

    private static async Task<HttpResponseMessage> SendAsync(SampleBackend sample, string path, AuthenticationHeaderValue? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = authorization;
        return await sample.Client.SendAsync(request);
    }
}
