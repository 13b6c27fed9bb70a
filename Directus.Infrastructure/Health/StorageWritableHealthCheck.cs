using System.Diagnostics;
using Directus.Application.Common.Probes;
using Directus.Domain.Server;
using Directus.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure.Health;

/// <summary>
/// A storage folder exists and takes a write: the check creates a small file of its own (a fresh name,
/// <see cref="FileMode.CreateNew"/>, so no other file is ever touched), deletes it, and reports how long
/// that took. Slower than the threshold warns; a failure, or no answer within the probe timeout, is an error.
/// </summary>
public sealed class StorageWritableHealthCheck(
    StorageFolder folder,
    StorageLayout layout,
    ProbeRunner probes,
    IOptions<ServerHealthOptions> options) : DirectusHealthCheck
{
    /// <summary>The start of the name of every file the check writes, so such a file left behind is recognisable.</summary>
    public const string FilePrefix = ".directus-health-";

    private static readonly byte[] Payload = "health\n"u8.ToArray();

    private readonly double _thresholdMs = options.Value.StorageThresholdMs;

    /// <inheritdoc />
    public override async Task<HealthObservation> ObserveAsync(CancellationToken cancellationToken)
    {
        var path = layout.PathOf(folder);
        // The probe guard's bound is the check's only one; a folder that hangs is reported as taking all of it.
        var timedOut = new Measurement(probes.Timeout.TotalMilliseconds, $"No answer from {path} within the probe timeout");
        var measured = await probes.RunAsync($"health of {folder}", () => Measure(path), timedOut).ConfigureAwait(false);

        var state = measured.Failure is null ? HealthStates.ForDuration(measured.Milliseconds, _thresholdMs) : HealthState.Error;
        var output = measured.Failure
            ?? (state == HealthState.Warn ? $"Writing to {path} took longer than {_thresholdMs} ms" : null);
        return new HealthObservation("objectstore", state, Math.Round(measured.Milliseconds, 3), "ms", _thresholdMs, output);
    }

    /// <summary>Writes and deletes one new file in <paramref name="folderPath"/>, timing it; never throws for an I/O or permission failure.</summary>
    public static Measurement Measure(string folderPath)
    {
        var file = Path.Combine(folderPath, $"{FilePrefix}{Guid.NewGuid():N}.tmp");
        var created = false;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using (var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                created = true;
                stream.Write(Payload);
            }

            File.Delete(file);
            created = false;
            return new Measurement(Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return new Measurement(elapsed, $"Cannot write to {folderPath}: {exception.Message}");
        }
        finally
        {
            if (created)
            {
                TryDelete(file);
            }
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The failure is already reported; nothing else to do with a file we could not remove.
        }
    }

    /// <summary>One write-and-delete of the check's file: how long it took and whether it worked.</summary>
    /// <param name="Milliseconds">How long the write and delete took, or until they failed.</param>
    /// <param name="Failure">Why the write failed, or null when it worked.</param>
    public sealed record Measurement(double Milliseconds, string? Failure);
}
