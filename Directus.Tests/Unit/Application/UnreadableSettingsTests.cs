using Directus.Application.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Unit.Application;

public sealed class UnreadableSettingsTests
{
    [Test]
    public void ThrowIfAny_NamesEveryUnreadableValue()
    {
        var section = Section(new()
        {
            ["Example:Timeout"] = "soon",
            ["Example:Enabled"] = "perhaps",
            ["Example:Limit"] = "many",
            ["Example:Name"] = "anything goes",
        });

        var refused = Assert.Throws<OptionsValidationException>(() => UnreadableSettings.ThrowIfAny<ExampleSettings>(section));

        Assert.That(refused!.Failures, Has.Exactly(3).Items);
        Assert.That(refused.Message, Does.Contain("'perhaps' at 'Example:Enabled'").And.Contain("'soon' at 'Example:Timeout'").And.Contain("'many' at 'Example:Limit'"));
    }

    [Test]
    public void ThrowIfAny_WithReadableValues_DoesNotThrow()
    {
        var section = Section(new()
        {
            ["Example:Timeout"] = "00:00:02",
            ["Example:Enabled"] = "true",
            ["Example:Limit"] = "5",
            ["Example:Ratio"] = "",
        });

        Assert.DoesNotThrow(() => UnreadableSettings.ThrowIfAny<ExampleSettings>(section));
    }

    private static IConfigurationSection Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("Example");

    private sealed class ExampleSettings
    {
        public TimeSpan Timeout { get; set; }

        public bool Enabled { get; set; }

        public int Limit { get; set; }

        public double? Ratio { get; set; }

        public string? Name { get; set; }
    }
}
