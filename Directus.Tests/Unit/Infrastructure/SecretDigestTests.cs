using Directus.Infrastructure.Security;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class SecretDigestTests
{
    private const string Secret = "s3cret-Token_value";

    [Test]
    public void Matches_TheSameToken_IsTrue()
    {
        Assert.That(SecretDigest.Of(Secret).Matches(Secret), Is.True);
    }

    [TestCase("s3cret-Token_valuE")]
    [TestCase("S3CRET-TOKEN_VALUE")]
    [TestCase(" s3cret-Token_value")]
    [TestCase("s3cret-Token_value ")]
    [TestCase("s3cret")]
    [TestCase("s3cret-Token_value-and-more")]
    [TestCase("")]
    public void Matches_AnyOtherText_IsFalse(string candidate)
    {
        Assert.That(SecretDigest.Of(Secret).Matches(candidate), Is.False);
    }

    [Test]
    public void Matches_AVeryLongCandidate_IsFalse()
    {
        Assert.That(SecretDigest.Of(Secret).Matches(new string('x', 70_000)), Is.False);
    }

    [Test]
    public void Matches_NonAsciiToken_ComparesItsUtf8()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SecretDigest.Of("clé-ünïcode").Matches("clé-ünïcode"), Is.True);
            Assert.That(SecretDigest.Of("clé-ünïcode").Matches("cle-unicode"), Is.False);
        });
    }

    [Test]
    public void Matches_WhenTheConfiguredSecretIsEmpty_MatchesNothing()
    {
        Assert.That(SecretDigest.Of(string.Empty).Matches(string.Empty), Is.False);
    }
}
