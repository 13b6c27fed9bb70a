namespace Directus.Application.Common.Security;

/// <summary>
/// A request only the super admin may make. The pipeline checks it before its handler runs: the token rule
/// (<see cref="SuperAdminTokenValidator{TRequest}"/>, 422 code 4), then the token itself
/// (<see cref="Behaviours.SuperAdminBehaviour{TRequest, TResponse}"/>, 401 code 3). A handler receives only a
/// request whose token, if any, is the super admin's. Implement <see cref="ISuperAdminRequest{TSelf}"/>: that is the
/// one declaration an endpoint needs (docs/adr/0013).
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

/// <summary>
/// A super admin request that the HTTP edge can make from the presented tokens. An action that takes this request as a
/// parameter receives the tokens inside it and nowhere else, and the edge adds the failed-token throttle and the
/// documented 401/422/429 answers to that action: declaring the request is declaring the endpoint protected.
/// </summary>
/// <typeparam name="TSelf">The request type itself.</typeparam>
public interface ISuperAdminRequest<TSelf> : ISuperAdminRequest
    where TSelf : ISuperAdminRequest<TSelf>
{
    /// <summary>The request carrying <paramref name="tokens"/>, every token the client presented, in order.</summary>
    static abstract TSelf FromTokens(IReadOnlyList<string> tokens);
}
