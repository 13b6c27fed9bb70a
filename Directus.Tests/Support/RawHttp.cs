using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Directus.Tests.Support;

/// <summary>
/// Sends bytes exactly as given, for requests that HttpClient would refuse to send, and reads the answer until the
/// server closes the connection. Every exchange has a deadline: a server that hangs fails the test, it does not stall it.
/// </summary>
public static class RawHttp
{
    // Long enough that only a server that hangs reaches it, however busy the machine.
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static Task<RawResponse> SendAsync(Uri server, string request, TimeSpan? timeout = null) =>
        SendAsync(server, Encoding.Latin1.GetBytes(request), timeout);

    public static async Task<RawResponse> SendAsync(Uri server, byte[] request, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Port, deadline.Token);
        await using var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(request, deadline.Token);
        }
        catch (IOException)
        {
            // The server may answer and close before it has read everything (an oversized header block): read what it said.
        }

        using var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, deadline.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (received.Length > 0)
        {
            // A reset after the response arrived (unread request bytes make the kernel send RST on close).
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No complete answer within {timeout ?? DefaultTimeout}; received so far: {Encoding.Latin1.GetString(received.ToArray())}");
        }

        return Parse(Encoding.Latin1.GetString(received.ToArray()));
    }

    private static RawResponse Parse(string raw)
    {
        var end = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (!raw.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || end < 0)
        {
            throw new InvalidDataException($"Not an HTTP/1.1 response: \"{raw}\"");
        }

        var head = raw[..end];
        var body = raw[(end + 4)..];
        var status = int.Parse(raw.AsSpan(9, 3), CultureInfo.InvariantCulture);
        var response = new RawResponse(status, head, body);
        return string.Equals(response.Header("Transfer-Encoding"), "chunked", StringComparison.OrdinalIgnoreCase)
            ? response with { Body = Dechunk(body) }
            : response;
    }

    private static string Dechunk(string chunked)
    {
        var body = new StringBuilder();
        var position = 0;
        while (true)
        {
            var lineEnd = chunked.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = int.Parse(chunked.AsSpan(position, lineEnd - position), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return body.ToString();
            }

            body.Append(chunked, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    }
}
