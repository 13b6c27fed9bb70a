using System.Diagnostics;
using Directus.Domain.Server;
using Microsoft.Extensions.Hosting;

namespace Directus.Infrastructure.Health;

/// <summary>Reports the process's uptime, and an error from the moment shutdown begins, so that load balancers drain this instance.</summary>
public sealed class ServerLifecycleHealthCheck(IHostApplicationLifetime lifetime) : DirectusHealthCheck
{
    /// <summary>The check's output once shutdown has begun.</summary>
    public const string ShuttingDown = "The server is shutting down";

    private static readonly DateTime ProcessStartUtc = ReadProcessStart();

    /// <inheritdoc />
    public override Task<HealthObservation> ObserveAsync(CancellationToken cancellationToken)
    {
        var stopping = lifetime.ApplicationStopping.IsCancellationRequested;
        var uptime = Math.Round((DateTime.UtcNow - ProcessStartUtc).TotalSeconds, 3);
        return Task.FromResult(new HealthObservation(
            "system",
            stopping ? HealthState.Error : HealthState.Ok,
            uptime,
            "s",
            Output: stopping ? ShuttingDown : null));
    }

    private static DateTime ReadProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return process.StartTime.ToUniversalTime();
    }
}
