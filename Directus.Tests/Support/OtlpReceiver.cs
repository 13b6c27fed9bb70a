using System.Globalization;
using System.IO.Compression;
using System.Net;

namespace Directus.Tests.Support;

/// <summary>
/// A minimal OTLP/HTTP receiver on a free loopback port: accepts the protobuf POSTs to <c>/v1/traces</c>,
/// <c>/v1/metrics</c> and <c>/v1/logs</c>, answers 200 with an empty export response, and keeps each body as sent.
/// </summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Signal, byte[] Body)> _exports = [];
    private readonly Task _serving;

    public OtlpReceiver()
    {
        Endpoint = new Uri($"http://127.0.0.1:{ServerProcess.FreePort().ToString(CultureInfo.InvariantCulture)}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The value for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>Every export body received for <paramref name="signal"/> (<c>traces</c>, <c>metrics</c>, <c>logs</c>), or all of them.</summary>
    public IReadOnlyList<byte[]> Bodies(string? signal = null)
    {
        lock (_exports)
        {
            return [.. _exports.Where(export => signal is null || export.Signal == signal).Select(export => export.Body)];
        }
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending accept.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception closed) when (closed is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            var content = context.Request.Headers["Content-Encoding"] == "gzip"
                ? new GZipStream(context.Request.InputStream, CompressionMode.Decompress)
                : context.Request.InputStream;
            await using (content)
            {
                await content.CopyToAsync(body);
            }

            var signal = context.Request.Url?.AbsolutePath.TrimStart('/').Replace("v1/", "", StringComparison.Ordinal) ?? "";
            lock (_exports)
            {
                _exports.Add((signal, body.ToArray()));
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.ContentLength64 = 0; // an empty Export*ServiceResponse: no partial success
            context.Response.Close();
        }
    }
}
