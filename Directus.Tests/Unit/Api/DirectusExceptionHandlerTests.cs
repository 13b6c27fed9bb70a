using System.Text.Json;
using Directus.Api.Errors;
using Directus.Application.Common.Errors;
using Directus.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Moq;

namespace Directus.Tests.Unit.Api;

public sealed class DirectusExceptionHandlerTests
{
    private static IEnumerable<TestCaseData> KnownFailures()
    {
        yield return new TestCaseData(new InvalidPayloadException("super_admin_token: This value should not be blank."), 422, 4);
        yield return new TestCaseData(PermissionDeniedException.SuperAdminOnly(), 401, 3);
        yield return new TestCaseData(new DirectusException(DirectusErrorCode.TooManyRequests, "Too Many Requests"), 429, 7);
        yield return new TestCaseData(new DirectusException(DirectusErrorCode.NotFound, "Not Found"), 404, 1);
    }

    [TestCaseSource(nameof(KnownFailures))]
    public async Task Write_DirectusException_WritesItsCodeAndMessage(DirectusException exception, int status, int code)
    {
        var (response, body) = await HandleAsync(exception, "Production");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(response.ContentType, Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(body, Is.EqualTo($"{{\"error\":{{\"code\":{code},\"message\":{JsonSerializer.Serialize(exception.Message)}}}}}"));
        });
    }

    [TestCase(44.2, "45")]
    [TestCase(60.0, "60")]
    [TestCase(0.3, "1")]
    [TestCase(-2.0, "1")]
    public async Task Write_TooManyRequests_SetsRetryAfterInWholeSecondsRoundedUp(double seconds, string expected)
    {
        var (response, body) = await HandleAsync(new TooManyRequestsException(TimeSpan.FromSeconds(seconds)), "Production");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(429));
            Assert.That(response.Headers.RetryAfter.ToString(), Is.EqualTo(expected));
            Assert.That(body, Is.EqualTo("{\"error\":{\"code\":7,\"message\":\"Too Many Requests\"}}"));
        });
    }

    [Test]
    public async Task Write_OtherErrors_SetNoRetryAfter()
    {
        var (response, _) = await HandleAsync(PermissionDeniedException.SuperAdminOnly(), "Production");

        Assert.That(response.Headers.ContainsKey("Retry-After"), Is.False);
    }

    [Test]
    public async Task Write_UnexpectedException_OutsideDevelopment_HidesEverything()
    {
        var (response, body) = await HandleAsync(new InvalidOperationException("connection string with password"), "Production");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(500));
            Assert.That(body, Is.EqualTo("{\"error\":{\"code\":0,\"message\":\"Internal Server Error\"}}"));
        });
    }

    [Test]
    public async Task Write_UnexpectedException_InDevelopment_AddsClassAndDetail()
    {
        var (_, body) = await HandleAsync(new InvalidOperationException("what broke"), "Development");

        Assert.That(body, Is.EqualTo(
            "{\"error\":{\"code\":0,\"message\":\"Internal Server Error\",\"class\":\"System.InvalidOperationException\",\"detail\":\"what broke\"}}"));
    }

    [Test]
    public async Task Write_EscapesLikeTheDataAnswers_KeepingPlusSlashAndNonAscii()
    {
        var (_, body) = await HandleAsync(new InvalidOperationException("a/b+c é"), "Development");

        Assert.That(body, Does.EndWith(",\"detail\":\"a/b+c é\"}}"));
    }

    private static async Task<(HttpResponse Response, string Body)> HandleAsync(Exception exception, string environmentName)
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.EnvironmentName).Returns(environmentName);
        var handler = new DirectusExceptionHandler(environment.Object, new RecordingLogger<DirectusExceptionHandler>());
        var context = new DefaultHttpContext();
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;

        await handler.WriteAsync(context, exception);

        return (context.Response, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
