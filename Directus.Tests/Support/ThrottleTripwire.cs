using System.Net;

namespace Directus.Tests.Support;

/// <summary>
/// The contract suite sends many wrong and blank tokens on purpose. A server that throttles failed tokens (contract
/// §5) soon answers 429 to all of them, and every later test would fail for a reason that has nothing to do with it.
/// The first 429 fails its test with one message that says what happened and how to run the suite; the tests after
/// it are not run.
/// </summary>
public sealed class ThrottleTripwire : DelegatingHandler
{
    public const string Advice =
        "The server answered 429 Too Many Requests: it throttles failed tokens, and this suite sends about twenty on purpose. "
        + "Run the suite against a server started with the throttle off (Directus__Throttle__Enabled=false) "
        + "or a higher limit (Directus__Throttle__PermitLimit=1000).";

    private static volatile bool s_tripped;

    public ThrottleTripwire()
        : base(new SocketsHttpHandler())
    {
    }

    public static bool HasTripped => s_tripped;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            s_tripped = true;
            response.Dispose();
            Assert.Fail(Advice);
        }

        return response;
    }
}
