namespace Directus.Api.SuperAdmin;

/// <summary>
/// Endpoint metadata of an action that takes an <c>ISuperAdminRequest</c>: what the OpenAPI document says about its token.
/// Added by <see cref="SuperAdminRequestConvention"/>, never written by hand.
/// </summary>
/// <param name="IsTokenOptional">A call without any token is an ordinary anonymous call.</param>
/// <param name="AcceptsMetricsToken">A scrape token in <c>Authorization: Metrics</c> opens the endpoint too.</param>
public sealed record SuperAdminEndpoint(bool IsTokenOptional, bool AcceptsMetricsToken);
