using Directus.Application.Common.Security;
using Directus.Application.Server.Queries.GetHealth;
using Directus.Application.Server.Queries.GetServerInfo;

namespace Directus.Tests.Unit.Application;

/// <summary>One rule for every super admin request; /server/health differs only in that no token at all is its anonymous call.</summary>
public sealed class SuperAdminTokenValidatorTests
{
    private const string Blank = "super_admin_token: This value should not be blank.";
    private const string Repeated = "super_admin_token: This value should be a single value.";

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(Array.Empty<string>(), Blank, null).SetName("Validate_Missing_IsBlankForInfo_AnonymousForHealth");
        yield return new TestCaseData(new[] { "" }, Blank, Blank).SetName("Validate_Empty_IsBlank");
        yield return new TestCaseData(new[] { " \t " }, Blank, Blank).SetName("Validate_WhiteSpace_IsBlank");
        yield return new TestCaseData(new[] { "a", "b" }, Repeated, Repeated).SetName("Validate_Repeated_IsNotSingle");
        yield return new TestCaseData(new[] { "", "" }, Repeated, Repeated).SetName("Validate_RepeatedBlanks_IsNotSingle");
        yield return new TestCaseData(new[] { "secret" }, null, null).SetName("Validate_OneValue_IsValid");
        yield return new TestCaseData(new[] { " padded " }, null, null).SetName("Validate_PaddedValue_IsNotTrimmed");
    }

    [TestCaseSource(nameof(Cases))]
    public void Validate_GivesTheContractMessage(string[] tokens, string? forInfo, string? forHealth)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Messages(new SuperAdminTokenValidator<GetServerInfoQuery>().Validate(new GetServerInfoQuery(tokens))), Is.EqualTo(Expected(forInfo)));
            Assert.That(Messages(new SuperAdminTokenValidator<GetHealthQuery>().Validate(new GetHealthQuery(tokens))), Is.EqualTo(Expected(forHealth)));
        });
    }

    private static string[] Messages(FluentValidation.Results.ValidationResult result) =>
        [.. result.Errors.Select(error => $"{error.PropertyName}: {error.ErrorMessage}")];

    private static string[] Expected(string? message) => message is null ? [] : [message];
}
