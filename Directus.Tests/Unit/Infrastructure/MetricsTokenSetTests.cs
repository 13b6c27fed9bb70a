using Directus.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class MetricsTokenSetTests
{
    [TestCase("first", true)]
    [TestCase("second", true)]
    [TestCase("FIRST", false)]
    [TestCase("first ", false)]
    [TestCase("", false)]
    [TestCase("third", false)]
    public void IsMetricsToken_MatchesExactlyOneOfTheConfiguredTokens(string candidate, bool expected)
    {
        var options = new MetricsOptions();
        options.Tokens.Add("first");
        options.Tokens.Add("second");

        Assert.That(new MetricsTokenSet(Options.Create(options)).IsMetricsToken(candidate), Is.EqualTo(expected));
    }

    [Test]
    public void IsMetricsToken_WithNoTokensConfigured_MatchesNothing() =>
        Assert.That(new MetricsTokenSet(Options.Create(new MetricsOptions())).IsMetricsToken(""), Is.False);
}
