using Directus.Api;
using Directus.Application.Common.Telemetry;
using Directus.SampleBackend.Articles;
using Directus.SampleBackend.Authentication;
using Directus.SampleBackend.OpenApi;
using OpenTelemetry.Metrics;

// A larger backend of its own that mounts the Directus-compatible server from its package (Directus.Api): the
// server's /server/* endpoints beside the host's /items/articles, each with its own credentials, one health report,
// one OpenAPI document, one metrics set-up.
var builder = WebApplication.CreateBuilder(args);

// The Server module: ping, info, health and the OpenAPI document at /server/specs/oas, under the super admin token.
builder.Services.AddDirectusServer(builder.Configuration);

// The host's own services.
builder.Services.AddControllers();
builder.Services
    .AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
    .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(
        ApiKeyAuthenticationHandler.SchemeName,
        options => options.ApiKey = builder.Configuration["Sample:ApiKey"] ?? "");
builder.Services.AddAuthorization();
builder.Services.AddSingleton<ArticleStore>();
// Joins the server's checks: /server/health (with the super admin token) lists "articles:store" too.
builder.Services.AddHealthChecks().AddCheck<ArticleStoreHealthCheck>("articles:store");
// The same document "v1" as the server's operations: one document for both, served at /server/specs/oas.
builder.Services.AddOpenApi(options => options
    .AddDocumentTransformer<SampleDocument>()
    .AddOperationTransformer<ApiKeyOperations>());
builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
    .AddMeter(DirectusMeter.Name)
    .AddPrometheusExporter());

var app = builder.Build();
if (string.IsNullOrEmpty(app.Configuration["Sample:ApiKey"]))
{
    app.Logger.LogWarning("Sample:ApiKey (environment Sample__ApiKey) is not set: /items/articles refuses every request");
}

app.UseDirectusErrorEnvelope();
app.UseDirectusSecurityHeaders();
app.UseRouting();
app.UseDirectusCors();
app.UseAuthentication();
app.UseAuthorization();
app.MapDirectusServer();
app.MapControllers();
app.MapOpenApi(); // the same document at the framework's path too, /openapi/v1.json
// Unauthenticated, as Prometheus scrapes by default: the sample listens on loopback only. A real host protects it.
app.MapPrometheusScrapingEndpoint("/sample-metrics");
app.Run();
