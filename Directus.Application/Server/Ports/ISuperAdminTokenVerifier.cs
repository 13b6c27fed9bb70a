namespace Directus.Application.Server.Ports;

public interface ISuperAdminTokenVerifier
{
    /// <summary>True when <paramref name="candidate"/> equals the configured token, compared in fixed time.</summary>
    bool IsSuperAdminToken(string candidate);
}
