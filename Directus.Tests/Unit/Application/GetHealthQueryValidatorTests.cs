using Directus.Application.Server.Queries.GetHealth;

namespace Directus.Tests.Unit.Application;

/// <summary>The same rule as /server/info's, except that leaving the token out is the anonymous answer.</summary>
public sealed class GetHealthQueryValidatorTests
{
    private const string Blank = "super_admin_token: This value should not be blank.";
    private const string Repeated = "super_admin_token: This value should be a single value.";

    private static readonly GetHealthQueryValidator Validator = new();

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(Array.Empty<string>(), null).SetName("Validate_WithoutToken_IsValid");
        yield return new TestCaseData(new[] { "" }, Blank).SetName("Validate_WithEmptyToken_IsBlank");
        yield return new TestCaseData(new[] { " \t " }, Blank).SetName("Validate_WithWhiteSpaceToken_IsBlank");
        yield return new TestCaseData(new[] { "a", "b" }, Repeated).SetName("Validate_WithRepeatedToken_IsNotSingle");
        yield return new TestCaseData(new[] { "", "" }, Repeated).SetName("Validate_WithRepeatedBlanks_IsNotSingle");
        yield return new TestCaseData(new[] { "secret" }, null).SetName("Validate_WithOneToken_IsValid");
    }

    [TestCaseSource(nameof(Cases))]
    public void Validate_GivesTheContractMessage(string[] tokens, string? expectedMessage)
    {
        var result = Validator.Validate(new GetHealthQuery(tokens));

        var messages = result.Errors.Select(error => $"{error.PropertyName}: {error.ErrorMessage}").ToArray();
        Assert.That(messages, expectedMessage is null ? Is.Empty : Is.EqualTo(new[] { expectedMessage }));
    }
}
