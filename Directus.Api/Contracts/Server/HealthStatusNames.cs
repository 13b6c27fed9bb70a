using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary>Directus 11's wire names of the health states.</summary>
public static class HealthStatusNames
{
    public const string Ok = "ok";
    public const string Warn = "warn";
    public const string Error = "error";

    public static string Of(HealthState state) => state switch
    {
        HealthState.Ok => Ok,
        HealthState.Warn => Warn,
        _ => Error,
    };
}
