using Directus.Domain.Server;

namespace Directus.Tests.Unit.Domain;

public sealed class UploadLimitTests
{
    [TestCase(30_000_000L, 134_217_728L, 30_000_000L)]
    [TestCase(500_000_000L, 134_217_728L, 134_217_728L)]
    [TestCase(null, 134_217_728L, 134_217_728L)]
    [TestCase(30_000_000L, null, 30_000_000L)]
    [TestCase(30_000_000L, long.MaxValue, 30_000_000L)]
    [TestCase(null, null, 0L)]
    [TestCase(null, long.MaxValue, 0L)]
    [TestCase(0L, -1L, 0L)]
    public void Choose_TakesTheSmallerSetLimit(long? requestBody, long? multipart, long expected)
    {
        Assert.That(UploadLimit.Choose(requestBody, multipart), Is.EqualTo(expected));
    }
}
