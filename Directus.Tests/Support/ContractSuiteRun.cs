using System.Text.RegularExpressions;
using Directus.Tests.Deployment;

namespace Directus.Tests.Support;

/// <summary>
/// The contract suite as a CI pipeline runs it against a server over real HTTP: <c>dotnet test</c> on this test assembly
/// with <c>--filter Category=Contract</c>, <see cref="ContractTarget.BaseUrlVariable"/> and the token in the
/// environment, and a TRX result file, whose counters are read back.
/// </summary>
public static partial class ContractSuiteRun
{
    /// <summary>The counters of the TRX file the run wrote, and the file itself (its text on failure).</summary>
    public sealed record Result(int Total, int Passed, int Failed, int NotExecuted, string Trx);

    /// <summary>Runs the suite against the server at <paramref name="baseAddress"/>, whose token is <paramref name="token"/>.</summary>
    public static async Task<Result> AgainstAsync(Uri baseAddress, string token, string workFolder)
    {
        var log = Path.Combine(workFolder, "contract-suite.log");
        using var process = DotnetCli.Start(
            workFolder,
            log,
            new Dictionary<string, string>
            {
                [ContractTarget.BaseUrlVariable] = baseAddress.GetLeftPart(UriPartial.Authority),
                [ContractTarget.TokenVariable] = token,
            },
            "test", typeof(ContractSuiteRun).Assembly.Location, "--filter", "Category=Contract",
            "--logger", "trx;LogFileName=contract.trx", "--results-directory", workFolder);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        var trxPath = Path.Combine(workFolder, "contract.trx");
        Assert.That(File.Exists(trxPath), Is.True, $"no result file; the run said:\n{File.ReadAllText(log)}");
        var trx = await File.ReadAllTextAsync(trxPath);
        var counters = CountersPattern().Match(trx);
        Assert.That(counters.Success, Is.True, "the TRX file has its counters");
        int Read(string name) => int.Parse(Regex.Match(counters.Value, $" {name}=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new Result(Read("total"), Read("passed"), Read("failed"), Read("notExecuted"), trx);
    }

    [GeneratedRegex("<Counters [^>]*>")]
    private static partial Regex CountersPattern();
}
