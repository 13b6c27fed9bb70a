namespace Directus.Application.Server.Ports;

/// <summary>Checks a presented token against the configured super admin token (implemented in Infrastructure).</summary>
public interface ISuperAdminTokenVerifier
{
    /// <summary>True when <paramref name="candidate"/> equals the configured token, compared in fixed time.</summary>
    bool IsSuperAdminToken(string candidate);
}
