using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Directus.Api.Contracts;
using Directus.Api.Contracts.Server;
using Directus.Api.Errors;

namespace Directus.Api;

/// <summary>Source-generated serializers for everything the API writes: no reflection on the hot path.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(ErrorEnvelope))]
[JsonSerializable(typeof(DataEnvelope<ServerInfoResponse>))]
[JsonSerializable(typeof(HealthResponse))]
public sealed partial class ApiJsonContext : JsonSerializerContext
{
    /// <summary>
    /// JSON for API clients, not for embedding in HTML: "+", "/" and non-ASCII stay readable. MVC's output and the
    /// error envelopes both use this, so data and error bodies escape alike.
    /// </summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The context with <see cref="Encoder"/>, for what is written outside MVC (the error envelopes).</summary>
    public static ApiJsonContext Relaxed { get; } = new(new JsonSerializerOptions { Encoder = Encoder });
}
