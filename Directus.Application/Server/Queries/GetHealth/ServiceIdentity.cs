namespace Directus.Application.Server.Queries.GetHealth;

/// <summary>Who answers a health check: this server's release and this instance's id. The API composes it at start-up.</summary>
public sealed record ServiceIdentity(string ReleaseId, string ServiceId);
