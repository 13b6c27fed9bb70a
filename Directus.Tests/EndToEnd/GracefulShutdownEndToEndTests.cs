using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>
/// SIGTERM while 32 clients hammer info and ping: every request the server took is answered in full (no reset, no
/// 5xx), new connections are refused once it stops listening, and the process exits 0 well within 5 s. SIGTERM goes
/// out once the clients have had a number of answers, however long a busy machine takes to get there.
/// </summary>
public sealed class GracefulShutdownEndToEndTests
{
    private const string Token = "graceful-shutdown-token";
    private const int Clients = 32;
    private const int AnswersBeforeSigterm = 4 * Clients;

    private static readonly TimeSpan Generously = TimeSpan.FromSeconds(60);

    [Test]
    public async Task SigtermUnderLoad_FinishesWhatItTook_AndExits0Within5Seconds()
    {
        using var workspace = new TempDirectory();
        var environment = new Dictionary<string, string?> { ["DIRECTUS_SUPER_ADMIN_TOKEN"] = Token };
        var server = await ServerProcess.StartAsync(workspace.Combine("storage"), environment);
        await using var disposeServer = server;
        var outcomes = new ConcurrentBag<string>();
        var answeredAfterSigterm = 0;
        var sigtermSent = 0;
        using var stop = new CancellationTokenSource(); // cancelled only if clients still run long after the server should have exited

        var clients = Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Generously };
            for (var request = 0; !stop.IsCancellationRequested; request++)
            {
                var path = (client + request) % 2 == 0 ? "/server/ping" : "/server/info?super_admin_token=" + Token;
                try
                {
                    using var response = await http.GetAsync(new Uri(path, UriKind.Relative), stop.Token);
                    var body = await response.Content.ReadAsStringAsync(stop.Token);
                    outcomes.Add(response.StatusCode == HttpStatusCode.OK && body.Length > 0 ? "200" : $"{(int)response.StatusCode} {body}");
                    if (Volatile.Read(ref sigtermSent) == 1)
                    {
                        Interlocked.Increment(ref answeredAfterSigterm);
                    }
                }
                catch (HttpRequestException refused) when (Volatile.Read(ref sigtermSent) == 1 && IsRefused(refused))
                {
                    outcomes.Add("refused after SIGTERM");
                    return;
                }
                catch (Exception failure) when (failure is HttpRequestException or IOException or TaskCanceledException)
                {
                    outcomes.Add($"{failure.GetType().Name} {(failure as HttpRequestException)?.HttpRequestError}: {failure.Message} / {failure.InnerException?.Message}");
                    return;
                }
            }
        })).ToArray();

        await Poll.UntilAsync(() => outcomes.Count >= AnswersBeforeSigterm || clients.All(task => task.IsCompleted), Generously);
        var answeredBefore = outcomes.Count;
        var clock = Stopwatch.StartNew();
        Volatile.Write(ref sigtermSent, 1);
        var exitCode = await server.StopAsync(Generously); // sends SIGTERM, then waits
        var exitedAfter = clock.Elapsed;
        stop.CancelAfter(Generously);
        await Task.WhenAll(clients).WaitAsync(Generously * 2);

        var failures = outcomes.Where(outcome => outcome is not "200" and not "refused after SIGTERM").GroupBy(outcome => outcome).Select(group => $"{group.Count()} x {group.Key}").ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(answeredBefore, Is.AtLeast(AnswersBeforeSigterm), "the clients were really hammering when SIGTERM went out");
            Assert.That(failures, Is.Empty, "no reset, no 5xx, no half answer");
            Assert.That(exitCode, Is.Zero, server.Output);
            Assert.That(exitedAfter, Is.LessThan(TimeSpan.FromSeconds(5)));
            Assert.That(server.Output, Does.Contain("Application is shutting down..."));
        });
        TestContext.Out.WriteLine($"{outcomes.Count} answers, {answeredAfterSigterm} after SIGTERM, exit {exitCode} after {exitedAfter.TotalMilliseconds:F0} ms");
    }

    private static bool IsRefused(HttpRequestException exception) =>
        exception.HttpRequestError == HttpRequestError.ConnectionError
        && exception.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused };
}
