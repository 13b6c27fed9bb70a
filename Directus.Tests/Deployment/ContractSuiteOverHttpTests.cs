using Directus.Tests.Contract;
using Directus.Tests.Support;

namespace Directus.Tests.Deployment;

/// <summary>
/// The README's command for CI pipelines, run as they run it: the contract suite against this repository's server
/// started as a real process, over real HTTP, writing a TRX file. Over real HTTP a header given twice arrives folded
/// into one line, which the in-process host never shows.
/// </summary>
public sealed class ContractSuiteOverHttpTests
{
    private static readonly int ContractTests = typeof(ContractTest).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(ContractTest)) && !type.IsAbstract)
        .SelectMany(type => type.GetMethods())
        .Sum(method => method.GetCustomAttributes(typeof(TestAttribute), false).Length + method.GetCustomAttributes(typeof(TestCaseAttribute), false).Length);

    [Test]
    public async Task ContractSuite_AgainstTheStandaloneServerOverHttp_PassesEveryTest()
    {
        using var root = new TempDirectory();
        using var work = new TempDirectory();
        const string token = "contract-suite-over-http-token-0123456789";
        await using var server = await ServerProcess.StartAsync(
            root.Path, new Dictionary<string, string?> { ["DIRECTUS_SUPER_ADMIN_TOKEN"] = token }, "--Directus:Throttle:Enabled=false");

        var result = await ContractSuiteRun.AgainstAsync(server.BaseAddress, token, work.Path);

        Assert.Multiple(() =>
        {
            Assert.That(ContractTests, Is.GreaterThan(50), "the suite's size, counted from its test methods and cases");
            Assert.That(result.Failed, Is.Zero, result.Trx);
            Assert.That(result.NotExecuted, Is.Zero, result.Trx);
            Assert.That(result.Passed, Is.EqualTo(ContractTests), result.Trx);
        });
    }
}
