using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

var pong = "pong"u8.ToArray();

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// Written by hand because Results.Text rewrites the charset to lower case; the contract wants "UTF-8".
app.MapGet("/server/ping", context =>
{
    context.Response.ContentType = "text/html; charset=UTF-8";
    context.Response.ContentLength = pong.Length;
    return context.Response.Body.WriteAsync(pong, context.RequestAborted).AsTask();
});

// The floor for /server/info: the work the contract requires and nothing else. One super_admin_token, compared in
// fixed time over SHA-256 digests; the facts that cannot change measured once; the three folder modes read live;
// the same JSON, source-generated.
var token = Environment.GetEnvironmentVariable("DIRECTUS_SUPER_ADMIN_TOKEN") ?? throw new InvalidOperationException("set DIRECTUS_SUPER_ADMIN_TOKEN");
var tokenDigest = SHA256.HashData(Encoding.UTF8.GetBytes(token));
var root = app.Configuration["Directus:RootPath"] ?? throw new InvalidOperationException("set --Directus:RootPath");
string[] folders = [Path.Combine(root, "public"), Path.Combine(root, "logs"), Path.Combine(root, "public", "uploads")];
foreach (var folder in folders)
{
    Directory.CreateDirectory(folder);
}

var server = new WebServer(
    "Kestrel/" + typeof(WebApplication).Assembly.GetName().Version!.ToString(3),
    null,
    "Linux",
    File.ReadAllText("/proc/sys/kernel/version").Trim());
var extensions = new Extensions(true, false, true, false, true, true, true);
var maxUpload = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>().Value.Limits;

app.MapGet("/server/info", async context =>
{
    var given = context.Request.Query["super_admin_token"];
    if (given.Count != 1 || string.IsNullOrWhiteSpace(given[0]))
    {
        context.Response.StatusCode = 422;
        return;
    }

    Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
    SHA256.HashData(Encoding.UTF8.GetBytes(given[0]!), digest);
    if (!CryptographicOperations.FixedTimeEquals(digest, tokenDigest))
    {
        context.Response.StatusCode = 401;
        return;
    }

    var info = new Envelope(new Info(
        "8.8.1",
        server,
        new Runtime(Environment.Version.ToString(), maxUpload.MaxRequestBodySize ?? 0, extensions),
        new Permissions(Mode(folders[0]), Mode(folders[1]), Mode(folders[2]))));
    context.Response.Headers.CacheControl = "no-store";
    context.Response.ContentType = "application/json; charset=utf-8";
    await System.Text.Json.JsonSerializer.SerializeAsync(context.Response.Body, info, FloorJson.Default.Envelope, context.RequestAborted);
});

await app.RunAsync();

static string Mode(string path)
{
    try
    {
        var mode = (int)File.GetUnixFileMode(path);
        return Convert.ToString(mode, 8).PadLeft(4, '0')[^4..];
    }
    catch (IOException)
    {
        return "0";
    }
}

internal sealed record Envelope([property: JsonPropertyName("data")] Info Data);

internal sealed record Info(
    [property: JsonPropertyName("directus")] string Directus,
    [property: JsonPropertyName("server")] WebServer Server,
    [property: JsonPropertyName("php")] Runtime Php,
    [property: JsonPropertyName("permissions")] Permissions Permissions);

internal sealed record WebServer(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("rewrites")] bool? Rewrites,
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("os_version")] string OsVersion);

internal sealed record Runtime(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("max_upload_size")] long MaxUploadSize,
    [property: JsonPropertyName("extensions")] Extensions Extensions);

internal sealed record Extensions(
    [property: JsonPropertyName("pdo")] bool Pdo,
    [property: JsonPropertyName("mysqli")] bool Mysqli,
    [property: JsonPropertyName("curl")] bool Curl,
    [property: JsonPropertyName("gd")] bool Gd,
    [property: JsonPropertyName("fileinfo")] bool Fileinfo,
    [property: JsonPropertyName("mbstring")] bool Mbstring,
    [property: JsonPropertyName("json")] bool Json);

internal sealed record Permissions(
    [property: JsonPropertyName("public")] string Public,
    [property: JsonPropertyName("logs")] string Logs,
    [property: JsonPropertyName("uploads")] string Uploads);

[JsonSerializable(typeof(Envelope))]
internal sealed partial class FloorJson : JsonSerializerContext;
