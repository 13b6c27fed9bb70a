using System.Net;
using System.Text.Json;
using Directus.Tests.Support;

namespace Directus.Tests.Functional;

/// <summary>
/// The served OpenAPI document against the real answers: paths, methods, content types, statuses, the
/// token parameter, and schemas whose property names (in order) are those of real response bodies.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private const string Json = "application/json";
    private const string HealthJson = "application/health+json";

    private DirectusApiFactory _factory = null!;
    private HttpClient _client = null!;
    private JsonElement _document;

    [OneTimeSetUp]
    public async Task FetchTheDocument()
    {
        _factory = new DirectusApiFactory();
        _client = _factory.CreateClient();
        using var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        _document = document.RootElement.Clone();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public void Document_IsOpenApi3_AndDescribesTheThreeServerPathsWithTheirMethods()
    {
        var paths = _document.GetProperty("paths");

        Assert.Multiple(() =>
        {
            Assert.That(_document.GetProperty("openapi").GetString(), Does.StartWith("3."));
            Assert.That(Names(paths), Is.EquivalentTo(new[] { "/server/ping", "/server/info", "/server/health" }));
            Assert.That(Names(paths.GetProperty("/server/ping")), Is.EquivalentTo(new[] { "get", "head" }));
            Assert.That(Names(paths.GetProperty("/server/info")), Is.EqualTo(new[] { "get" }));
            Assert.That(Names(paths.GetProperty("/server/health")), Is.EquivalentTo(new[] { "get", "head" }));
        });
    }

    [TestCase("get")]
    [TestCase("head")]
    public void Ping_Answers200TextHtmlString_And405Envelope(string method)
    {
        var responses = Operation("/server/ping", method).GetProperty("responses");

        Assert.Multiple(() =>
        {
            Assert.That(Names(responses), Is.EquivalentTo(new[] { "200", "405", "500" }));
            Assert.That(Names(responses.GetProperty("200").GetProperty("content")), Is.EqualTo(new[] { "text/html" }));
            Assert.That(Schema(responses.GetProperty("200"), "text/html").GetProperty("type").GetString(), Is.EqualTo("string"));
            Assert.That(Resolve(responses.GetProperty("405")).GetProperty("headers").TryGetProperty("Allow", out _), Is.True);
            Assert.That(SchemaName(Resolve(responses.GetProperty("405")), Json), Is.EqualTo("ErrorEnvelope"));
        });
    }

    [Test]
    public void Info_RequiresTheTokenParameter_AndAnswersItsStatuses()
    {
        var operation = Operation("/server/info", "get");
        var responses = operation.GetProperty("responses");

        Assert.Multiple(() =>
        {
            AssertTokenParameter(operation, required: true);
            Assert.That(Names(responses), Is.EquivalentTo(new[] { "200", "401", "405", "422", "429", "500" }));
            Assert.That(Names(responses.GetProperty("200").GetProperty("content")), Is.EqualTo(new[] { Json }));
            foreach (var status in new[] { "401", "422", "429" })
            {
                Assert.That(SchemaName(responses.GetProperty(status), Json), Is.EqualTo("ErrorEnvelope"), status);
            }
        });
    }

    [Test]
    public async Task Info_ResponseSchema_HasTheWireNamesInWireOrder()
    {
        var schema = Schema(Operation("/server/info", "get").GetProperty("responses").GetProperty("200"), Json);
        using var body = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/server/info?super_admin_token=" + DirectusApiFactory.Token, UriKind.Relative)));

        Assert.That(SchemaShape(schema), Is.EqualTo(BodyShape(body.RootElement)));
        Assert.That(BodyShape(body.RootElement), Does.Contain("data.php.extensions.pdo"), "the comparison reaches the deepest level");
    }

    [TestCase("get")]
    [TestCase("head")]
    public void Health_HasTheOptionalTokenParameter_AndHealthJsonFor200And503(string method)
    {
        var operation = Operation("/server/health", method);
        var responses = operation.GetProperty("responses");

        Assert.Multiple(() =>
        {
            AssertTokenParameter(operation, required: false);
            Assert.That(Names(responses), Is.EquivalentTo(new[] { "200", "401", "405", "422", "429", "500", "503" }));
            foreach (var status in new[] { "200", "503" })
            {
                Assert.That(Names(responses.GetProperty(status).GetProperty("content")), Is.EqualTo(new[] { HealthJson }), status);
                Assert.That(SchemaName(responses.GetProperty(status), HealthJson), Is.EqualTo("HealthResponse"), status);
            }

            foreach (var status in new[] { "401", "422", "429" })
            {
                Assert.That(SchemaName(responses.GetProperty(status), Json), Is.EqualTo("ErrorEnvelope"), status);
            }
        });
    }

    [Test]
    public async Task Health_ResponseSchema_HasTheWireNamesInWireOrder()
    {
        var health = ComponentSchema("HealthResponse");
        var observation = ComponentSchema("HealthObservationResponse");
        using var body = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/server/health?super_admin_token=" + DirectusApiFactory.Token, UriKind.Relative)));
        var firstCheck = body.RootElement.GetProperty("checks").EnumerateObject().First().Value[0];
        var storageCheck = body.RootElement.GetProperty("checks").GetProperty("storage:logs:writable")[0];

        Assert.Multiple(() =>
        {
            Assert.That(Names(health.GetProperty("properties")), Is.EqualTo(Names(body.RootElement)));
            Assert.That(Names(observation.GetProperty("properties")).Take(4), Is.EqualTo(Names(firstCheck)));
            Assert.That(Names(observation.GetProperty("properties")).Take(5), Is.EqualTo(Names(storageCheck)));
            Assert.That(Names(observation.GetProperty("properties")).Last(), Is.EqualTo("output"));
            Assert.That(health.GetProperty("properties").GetProperty("status").GetProperty("enum").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "ok", "warn", "error" }));
        });
    }

    [Test]
    public async Task ErrorEnvelope_And404Response_MatchARealErrorBody()
    {
        using var notFound = JsonDocument.Parse(await (await _client.GetAsync(new Uri("/nope", UriKind.Relative))).Content.ReadAsStringAsync());
        var envelope = ComponentSchema("ErrorEnvelope");
        var responses = _document.GetProperty("components").GetProperty("responses");

        Assert.Multiple(() =>
        {
            Assert.That(SchemaShape(envelope).Take(3), Is.EqualTo(BodyShape(notFound.RootElement)));
            Assert.That(SchemaShape(envelope), Is.EqualTo(new[] { "error", "error.code", "error.message", "error.class", "error.detail" }));
            Assert.That(SchemaName(responses.GetProperty("NotFound"), Json), Is.EqualTo("ErrorEnvelope"));
            Assert.That(SchemaName(responses.GetProperty("MethodNotAllowed"), Json), Is.EqualTo("ErrorEnvelope"));
        });
    }

    private static void AssertTokenParameter(JsonElement operation, bool required)
    {
        var parameter = operation.GetProperty("parameters").EnumerateArray().Single();
        Assert.That(parameter.GetProperty("name").GetString(), Is.EqualTo("super_admin_token"));
        Assert.That(parameter.GetProperty("in").GetString(), Is.EqualTo("query"));
        Assert.That(parameter.TryGetProperty("required", out var flag) && flag.GetBoolean(), Is.EqualTo(required));
        Assert.That(parameter.GetProperty("schema").GetProperty("type").GetString(), Is.EqualTo("string"));
    }

    private JsonElement Operation(string path, string method) => _document.GetProperty("paths").GetProperty(path).GetProperty(method);

    private JsonElement ComponentSchema(string name) => _document.GetProperty("components").GetProperty("schemas").GetProperty(name);

    private JsonElement Schema(JsonElement response, string contentType) =>
        Resolve(Resolve(response).GetProperty("content").GetProperty(contentType).GetProperty("schema"));

    private string SchemaName(JsonElement response, string contentType) =>
        Resolve(response).GetProperty("content").GetProperty(contentType).GetProperty("schema").GetProperty("$ref").GetString()!.Split('/')[^1];

    /// <summary>Follows a <c>$ref</c> inside the document (schemas and responses).</summary>
    private JsonElement Resolve(JsonElement element)
    {
        while (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference))
        {
            element = _document;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                element = element.GetProperty(part);
            }
        }

        return element;
    }

    /// <summary>Every property path of an object schema, depth first, in the schema's order.</summary>
    private List<string> SchemaShape(JsonElement schema, string prefix = "")
    {
        var shape = new List<string>();
        if (!schema.TryGetProperty("properties", out var properties))
        {
            return shape;
        }

        foreach (var property in properties.EnumerateObject())
        {
            shape.Add(prefix + property.Name);
            shape.AddRange(SchemaShape(Resolve(property.Value), prefix + property.Name + "."));
        }

        return shape;
    }

    /// <summary>Every property path of a JSON body, depth first, in the body's order.</summary>
    private static List<string> BodyShape(JsonElement body, string prefix = "")
    {
        var shape = new List<string>();
        foreach (var property in body.EnumerateObject())
        {
            shape.Add(prefix + property.Name);
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                shape.AddRange(BodyShape(property.Value, prefix + property.Name + "."));
            }
        }

        return shape;
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(property => property.Name).ToArray();
}
