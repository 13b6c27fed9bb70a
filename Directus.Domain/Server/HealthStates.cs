namespace Directus.Domain.Server;

/// <summary>The rules for combining, deriving and naming <see cref="HealthState"/> values.</summary>
public static class HealthStates
{
    /// <summary>The server is as healthy as its least healthy check; no checks at all is <see cref="HealthState.Ok"/>.</summary>
    public static HealthState Worst(IEnumerable<HealthState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var worst = HealthState.Ok;
        foreach (var state in states)
        {
            if (state > worst)
            {
                worst = state;
            }
        }

        return worst;
    }

    /// <summary>A measured duration is <see cref="HealthState.Warn"/> above its threshold (Directus 11's rule), otherwise <see cref="HealthState.Ok"/>.</summary>
    public static HealthState ForDuration(double observedMilliseconds, double thresholdMilliseconds) =>
        observedMilliseconds > thresholdMilliseconds ? HealthState.Warn : HealthState.Ok;

    /// <summary>Directus 11's name of a state, as the health answer and the health metrics write it.</summary>
    public static string NameOf(HealthState state) => state switch
    {
        HealthState.Ok => "ok",
        HealthState.Warn => "warn",
        _ => "error",
    };
}
