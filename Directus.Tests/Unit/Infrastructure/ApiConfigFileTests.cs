using System.Text;
using Directus.Infrastructure.Security;
using Directus.Tests.Support;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class ApiConfigFileTests
{
    [Test]
    public void Format_IsV8sLayout()
    {
        Assert.That(ApiConfigFile.Format("abc"), Is.EqualTo("{\n  \"super_admin_token\": \"abc\"\n}"));
    }

    [TestCase("{\"super_admin_token\": \"abc\"}", "abc", null)]
    [TestCase("{\n  \"super_admin_token\": \"abc\"\n}", "abc", null)]
    [TestCase("not json", null, "is not valid JSON")]
    [TestCase("", null, "is not valid JSON")]
    [TestCase("[\"abc\"]", null, "is not a JSON object")]
    [TestCase("{}", null, "has no \"super_admin_token\" key")]
    [TestCase("{\"super_admin_token\": 42}", null, "not a string")]
    [TestCase("{\"super_admin_token\": \"\"}", null, "has a \"super_admin_token\" that is empty")]
    [TestCase("{\"super_admin_token\": \"   \"}", null, "has a \"super_admin_token\" that is only white space")]
    [TestCase("{\"super_admin_token\": \" s3cret \"}", null, "has a \"super_admin_token\" that starts or ends with white space")]
    [TestCase("{\"super_admin_token\": \"s3cret\\n\"}", null, "has a \"super_admin_token\" that starts or ends with white space")]
    [TestCase("{\"super_admin_token\": \"s3 cret\"}", "s3 cret", null)]
    public void Parse_GivesTheTokenOrWhatIsWrong(string content, string? token, string? problem)
    {
        var result = ApiConfigFile.Parse(Encoding.UTF8.GetBytes(content));

        Assert.Multiple(() =>
        {
            Assert.That(result.Token, Is.EqualTo(token));
            Assert.That(result.Problem, problem is null ? Is.Null : Does.StartWith(problem).Or.Contain(problem));
        });
    }

    [Test]
    public void Read_AnOversizedFile_IsRefusedWithoutParsing()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("__api.json");
        File.WriteAllText(path, new string(' ', ApiConfigFile.MaxBytes + 1));

        Assert.That(ApiConfigFile.Read(path).Problem, Does.StartWith("is larger than"));
    }

    [Test]
    public void CreateNew_WritesOwnerOnlyFileThatReadsBack()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("__api.json");

        ApiConfigFile.CreateNew(path, "generated");

        Assert.Multiple(() =>
        {
            Assert.That(ApiConfigFile.Read(path).Token, Is.EqualTo("generated"));
            Assert.That(File.ReadAllText(path), Is.EqualTo(ApiConfigFile.Format("generated")));
            Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1), "no temporary file left behind");
        });
    }

    [Test]
    public void CreateNew_NeverReplacesAnExistingFile()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("__api.json");
        File.WriteAllText(path, "{\"super_admin_token\": \"theirs\"}");

        Assert.Throws<IOException>(() => ApiConfigFile.CreateNew(path, "ours"));

        Assert.That(ApiConfigFile.Read(path).Token, Is.EqualTo("theirs"));
    }
}
