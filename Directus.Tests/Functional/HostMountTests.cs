using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Directus.Api;
using Directus.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Functional;

/// <summary>
/// The module mounted in someone else's app with its two calls and no opt-in: the host's own endpoint, authentication,
/// JSON settings, exception handling and health checks stay the host's, and the module's endpoints keep the contract.
/// </summary>
public sealed class HostMountTests
{
    private const string HostKey = "host-key-0123";
    private const string Token = "host-mount-test-token-0123456789";

    [Test]
    public async Task HostEndpoint_AnswersByTheHostsOwnAuthentication()
    {
        await using var host = await StartHostAsync();
        using var client = host.GetTestClient();

        var anonymous = await client.GetAsync("/items/articles");
        var withKey = await client.SendAsync(Get("/items/articles", "ApiKey", HostKey));
        var withSuperAdminToken = await client.SendAsync(Get("/items/articles", "Bearer", Token));

        Assert.Multiple(() =>
        {
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(withKey.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(withSuperAdminToken.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the super admin token opens nothing of the host's");
        });
        // The host's JSON settings, untouched by the module's own: web defaults (camelCase, numbers read from strings).
        Assert.Multiple(async () =>
        {
            Assert.That(await withKey.Content.ReadAsStringAsync(), Is.EqualTo("{\"title\":\"a+b\"}"));
            Assert.That(host.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions.NumberHandling, Is.EqualTo(JsonNumberHandling.AllowReadingFromString));
            Assert.That(host.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions.Encoder, Is.Null);
        });
    }

    [Test]
    public async Task HostFailure_IsAnsweredByTheHostsOwnExceptionHandler()
    {
        await using var host = await StartHostAsync();
        using var client = host.GetTestClient();

        var response = await client.GetAsync("/items/broken");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("host error page"));
        });
    }

    [Test]
    public async Task ServerEndpoints_KeepTheContractInsideTheHost()
    {
        await using var host = await StartHostAsync();
        using var client = host.GetTestClient();

        var ping = await client.GetAsync("/server/ping");
        var withoutToken = await client.GetAsync("/server/info");
        var withHostKey = await client.SendAsync(Get("/server/info", "ApiKey", HostKey));
        var withToken = await client.SendAsync(Get("/server/info", "Bearer", Token));

        Assert.Multiple(async () =>
        {
            Assert.That(await ping.Content.ReadAsStringAsync(), Is.EqualTo("pong"));
            Assert.That(withoutToken.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(await withoutToken.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":{\"code\":4,\"message\":\"super_admin_token: This value should not be blank.\"}}"));
            Assert.That(withoutToken.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(withHostKey.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "the host's credential is no token for the module");
            Assert.That(withToken.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await withToken.Content.ReadAsStringAsync(), Does.StartWith("{\"data\":{\"directus\":\"8.8.1\",\"server\":{"));
        });
    }

    [Test]
    public async Task Health_ForTheSuperAdmin_ListsTheHostsOwnCheckInDirectus11Shape()
    {
        await using var host = await StartHostAsync();
        using var client = host.GetTestClient();

        var response = await client.SendAsync(Get("/server/health", "Bearer", Token));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var check = body.RootElement.GetProperty("checks").GetProperty("articles:store").EnumerateArray().Single();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(check.EnumerateObject().Select(property => property.Name), Is.EqualTo(new[] { "componentType", "status", "observedValue", "observedUnit", "output" }));
            Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("warn"), "degraded is Directus 11's warn");
            Assert.That(check.GetProperty("output").GetString(), Is.EqualTo("the article store is slow"));
            Assert.That(body.RootElement.GetProperty("status").GetString(), Is.EqualTo("warn"), "the host's check counts for the overall state");
        });
    }

    private static HttpRequestMessage Get(string path, string scheme, string credentials) =>
        new(HttpMethod.Get, path) { Headers = { Authorization = new AuthenticationHeaderValue(scheme, credentials) } };

    /// <summary>A host with its own scheme, policy, endpoints, exception handler and health check, then the module's two calls.</summary>
    private static async Task<WebApplication> StartHostAsync()
    {
        var root = new TempDirectory();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Directus:RootPath"] = root.Path,
            ["DIRECTUS_SUPER_ADMIN_TOKEN"] = Token,
        });
        builder.Services.AddAuthentication(ApiKeyHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.AddHealthChecks().AddCheck("articles:store", () => HealthCheckResult.Degraded("the article store is slow"));
        builder.Services.AddDirectusServer(builder.Configuration);

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(root.Dispose);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = context => context.Response.WriteAsync("host error page") });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/items/articles", () => Results.Json(new { Title = "a+b" })).RequireAuthorization();
        app.MapGet("/items/broken", IResult () => throw new InvalidOperationException("host failure"));
        app.MapDirectusServer();
        await app.StartAsync();
        return app;
    }

    private sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "ApiKey";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            Task.FromResult(Request.Headers.Authorization.ToString() == $"{SchemeName} {HostKey}"
                ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "editor")], SchemeName)), SchemeName))
                : AuthenticateResult.NoResult());
    }
}
