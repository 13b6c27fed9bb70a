using Directus.Api.Cors;

namespace Directus.Tests.Unit.Api;

public sealed class DirectusCorsOptionsTests
{
    [TestCase("https://a.example.com", new[] { "https://a.example.com" })]
    [TestCase("https://a.example.com,https://b.example.com", new[] { "https://a.example.com", "https://b.example.com" })]
    [TestCase(" https://a.example.com , http://localhost:8080 ", new[] { "https://a.example.com", "http://localhost:8080" })]
    [TestCase("https://a.example.com,,*", new[] { "https://a.example.com", "", "*" })]
    [TestCase(",", new[] { "", "" })]
    public void SplitOriginList_TrimsEntriesAndKeepsEmptyOnesForValidationToRefuse(string commaSeparated, string[] expected)
    {
        Assert.That(DirectusCorsOptions.SplitOriginList(commaSeparated), Is.EqualTo(expected));
    }
}
