using Directus.Application.Configuration;
using Directus.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class UnreadableSettingsTests
{
    [Test]
    public void ThrowIfAny_NamesEveryUnreadableValue_NestedOnesToo()
    {
        var section = Section(new()
        {
            ["Directus:ProbeTimeout"] = "soon",
            ["Directus:Throttle:Window"] = "banana",
            ["Directus:Throttle:Enabled"] = "perhaps",
            ["Directus:Health:StorageThresholdMs"] = "fast",
        });

        var refused = Assert.Throws<OptionsValidationException>(() => UnreadableSettings.ThrowIfAny<DirectusOptions>(section));

        Assert.That(refused!.Failures, Has.Exactly(4).Items);
        Assert.That(refused.Message, Does.Contain("'perhaps' at 'Directus:Throttle:Enabled'").And.Contain("'fast' at 'Directus:Health:StorageThresholdMs'"));
    }

    [Test]
    public void ThrowIfAny_WithReadableValues_DoesNotThrow()
    {
        var section = Section(new()
        {
            ["Directus:ProbeTimeout"] = "00:00:02",
            ["Directus:Throttle:PermitLimit"] = "5",
            ["Directus:Cors:Origins:0"] = "https://app.example.com",
            ["Directus:RootPath"] = "/srv/directus",
        });

        Assert.DoesNotThrow(() => UnreadableSettings.ThrowIfAny<DirectusOptions>(section));
    }

    private static IConfigurationSection Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(DirectusOptions.SectionName);
}
