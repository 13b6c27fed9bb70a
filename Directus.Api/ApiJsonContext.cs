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
public sealed partial class ApiJsonContext : JsonSerializerContext;
