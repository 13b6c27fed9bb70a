using System.Text.Json;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>JSON console logs are the framework's JSON formatter, switched on by configuration alone (README: Logging).</summary>
public sealed class JsonLoggingEndToEndTests
{
    [Test]
    public async Task FormatterNameJson_WritesOneJsonObjectPerLine()
    {
        using var workspace = new TempDirectory();
        var environment = new Dictionary<string, string?>
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "O",
            ["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true",
        };
        await using var server = await ServerProcess.StartAsync(workspace.Combine("storage"), environment);
        await server.StopAsync(TimeSpan.FromSeconds(20));

        var lines = server.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entries = lines.Select(Parse).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(entries, Is.Not.Empty);
            Assert.That(entries, Has.All.Not.Null, "every line is a JSON object:\n" + server.Output);
            Assert.That(entries.Select(entry => entry?.GetProperty("Timestamp").GetString()), Has.All.Match(@"^\d{4}-\d\d-\d\dT[0-9:.]+(Z|\+00:00)$"), "UTC, ISO 8601");
            var root = entries.Single(entry => entry?.GetProperty("Category").GetString() == "Directus.Infrastructure.Storage.StorageInitializer"
                                               && entry.Value.GetProperty("Message").GetString()!.StartsWith("Storage root:", StringComparison.Ordinal));
            Assert.That(root?.GetProperty("LogLevel").GetString(), Is.EqualTo("Information"));
            Assert.That(root?.GetProperty("State").GetProperty("Root").GetString(), Is.EqualTo(workspace.Combine("storage")));
        });
    }

    private static JsonElement? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
