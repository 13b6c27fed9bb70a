using Directus.Api.Errors;
using Directus.Application.Common.Errors;

namespace Directus.Tests.Unit.Api;

public sealed class DirectusErrorsTests
{
    [TestCase(DirectusErrorCode.InternalError, 500)]
    [TestCase(DirectusErrorCode.NotFound, 404)]
    [TestCase(DirectusErrorCode.BadRequest, 400)]
    [TestCase(DirectusErrorCode.PermissionDenied, 401)]
    [TestCase(DirectusErrorCode.InvalidPayload, 422)]
    [TestCase(DirectusErrorCode.MethodNotAllowed, 405)]
    [TestCase(DirectusErrorCode.TooManyRequests, 429)]
    public void StatusOf_EachCode(DirectusErrorCode code, int status)
    {
        Assert.That(DirectusErrors.StatusOf(code), Is.EqualTo(status));
    }

    [TestCase(404, 1, "Not Found")]
    [TestCase(405, 6, "Method Not Allowed")]
    [TestCase(429, 7, "Too Many Requests")]
    [TestCase(500, 0, "Internal Server Error")]
    [TestCase(503, 0, "Service Unavailable")]
    [TestCase(400, 2, "Bad Request")]
    [TestCase(413, 2, "Payload Too Large")]
    public void ForStatus_EachStatus(int status, int code, string message)
    {
        Assert.That(DirectusErrors.ForStatus(status), Is.EqualTo(new ErrorBody(code, message)));
    }
}
