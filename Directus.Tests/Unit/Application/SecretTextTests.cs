using Directus.Application.Common.Security;

namespace Directus.Tests.Unit.Application;

public sealed class SecretTextTests
{
    [TestCase("", "is empty")]
    [TestCase("   ", "is only white space")]
    [TestCase("\t\r\n", "is only white space")]
    [TestCase(" s3cret ", "starts or ends with white space")]
    [TestCase(" s3cret", "starts or ends with white space")]
    [TestCase("s3cret\n", "starts or ends with white space")]
    [TestCase("\u00a0s3cret", "starts or ends with white space")]
    public void ProblemWith_ABlankOrPaddedToken_SaysWhatIsWrongWithoutQuotingIt(string token, string problem)
    {
        Assert.That(SecretText.ProblemWith(token), Is.EqualTo(problem));
    }

    [TestCase("s3cret")]
    [TestCase("s3 cret")]
    [TestCase("x")]
    public void ProblemWith_AUsableToken_IsNull(string token)
    {
        Assert.That(SecretText.ProblemWith(token), Is.Null);
    }
}
