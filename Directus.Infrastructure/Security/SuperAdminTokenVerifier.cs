using Directus.Application.Server.Ports;

namespace Directus.Infrastructure.Security;

public sealed class SuperAdminTokenVerifier(SuperAdminTokenStore store) : ISuperAdminTokenVerifier
{
    public bool IsSuperAdminToken(string candidate) => store.Current.Matches(candidate);
}
