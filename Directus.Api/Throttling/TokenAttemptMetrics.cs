using System.Diagnostics.Metrics;
using Directus.Application.Common.Errors;
using Directus.Application.Common.Security;
using Directus.Application.Common.Telemetry;

namespace Directus.Api.Throttling;

/// <summary>
/// What the failed-token throttle sees, by route template: <c>directus.token.failures</c> by reason (blank, repeated,
/// wrong) and <c>directus.throttle.refusals</c>. Failures are counted whether or not the throttle is switched on.
/// </summary>
public sealed class TokenAttemptMetrics
{
    private const string RouteTag = "http.route";

    private readonly Counter<long> _failures;
    private readonly Counter<long> _refusals;

    /// <summary>Creates the counters on the Directus meter.</summary>
    public TokenAttemptMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(DirectusMeter.Name);
        _failures = meter.CreateCounter<long>("directus.token.failures", "{attempt}", "Failed token attempts (401 code 3 or 422 code 4), by endpoint and reason (blank, repeated, wrong)");
        _refusals = meter.CreateCounter<long>("directus.throttle.refusals", "{request}", "Requests the failed-token throttle refused with 429, by endpoint");
    }

    /// <summary>Counts a failed token on <paramref name="route"/>, labelled with why it failed.</summary>
    public void Failed(string route, DirectusException failure) =>
        _failures.Add(1, new KeyValuePair<string, object?>(RouteTag, route), new KeyValuePair<string, object?>("directus.token.failure.reason", ReasonOf(failure)));

    /// <summary>Counts a 429 the throttle answered on <paramref name="route"/>.</summary>
    public void Refused(string route) => _refusals.Add(1, new KeyValuePair<string, object?>(RouteTag, route));

    /// <summary>The token rule has two messages (<see cref="SuperAdminTokenValidator{TRequest}"/>); a 401 is a wrong token.</summary>
    private static string ReasonOf(DirectusException failure) => failure switch
    {
        { Code: DirectusErrorCode.PermissionDenied } => "wrong",
        _ when failure.Message.EndsWith(SuperAdminTokenRule.NotSingleMessage, StringComparison.Ordinal) => "repeated",
        _ => "blank",
    };
}
