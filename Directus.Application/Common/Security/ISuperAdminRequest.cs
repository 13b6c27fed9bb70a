namespace Directus.Application.Common.Security;

/// <summary>
/// A request only the super admin may make. The pipeline checks it before its handler runs: the token rule
/// (<see cref="SuperAdminTokenValidator{TRequest}"/>, 422 code 4), then the token itself
/// (<see cref="Behaviours.SuperAdminBehaviour{TRequest, TResponse}"/>, 401 code 3). A handler receives only a
/// request whose token, if any, is the super admin's.
/// </summary>
public interface ISuperAdminRequest
{
    /// <summary>Every token the client presented, from every source (query parameter, bearer header), in order.</summary>
    IReadOnlyList<string> Tokens { get; }

    /// <summary>True where a request without any token is an ordinary anonymous call (the status-only /server/health).</summary>
    bool IsTokenOptional => false;

    /// <summary>True where one of the configured metrics scrape tokens opens the request as well (<c>/metrics</c>).</summary>
    bool AcceptsMetricsToken => false;
}
