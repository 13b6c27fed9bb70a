using Directus.Application.Server.Queries.GetServerInfo;

namespace Directus.Tests.Unit.Application;

public sealed class GetServerInfoQueryValidatorTests
{
    private const string Blank = "super_admin_token: This value should not be blank.";
    private const string Repeated = "super_admin_token: This value should be a single value.";

    private static readonly GetServerInfoQueryValidator Validator = new();

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(Array.Empty<string>(), Blank).SetName("missing");
        yield return new TestCaseData(new[] { "" }, Blank).SetName("empty");
        yield return new TestCaseData(new[] { " \t " }, Blank).SetName("white space");
        yield return new TestCaseData(new[] { "a", "b" }, Repeated).SetName("repeated");
        yield return new TestCaseData(new[] { "", "" }, Repeated).SetName("repeated blanks");
        yield return new TestCaseData(new[] { "secret" }, null).SetName("one value");
        yield return new TestCaseData(new[] { " padded " }, null).SetName("padded value is not trimmed");
    }

    [TestCaseSource(nameof(Cases))]
    public void Validate_GivesTheContractMessage(string[] tokens, string? expectedMessage)
    {
        var result = Validator.Validate(new GetServerInfoQuery(tokens));

        var messages = result.Errors.Select(error => $"{error.PropertyName}: {error.ErrorMessage}").ToArray();
        Assert.That(messages, expectedMessage is null ? Is.Empty : Is.EqualTo(new[] { expectedMessage }));
    }
}
