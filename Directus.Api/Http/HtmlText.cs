using System.Text;

namespace Directus.Api.Http;

/// <summary>
/// A short text answer sent as <c>text/html; charset=UTF-8</c> with its Content-Length, the way v8 answered
/// ping (docs/adr/0002). On HEAD only the headers go out.
/// </summary>
public static class HtmlText
{
    /// <summary>The media type alone, as the OpenAPI document names it.</summary>
    public const string MediaType = "text/html";

    /// <summary>The <c>Content-Type</c> header value, with v8's charset.</summary>
    public const string ContentType = MediaType + "; charset=UTF-8";

    // Ping answers the same word every time: encode it once.
    private static Encoded? _last;

    /// <summary>Answers with <paramref name="text"/> as UTF-8, with its <c>Content-Type</c> and <c>Content-Length</c>; on HEAD, the headers alone.</summary>
    public static Task WriteAsync(HttpContext context, string text)
    {
        var encoded = _last is { } last && string.Equals(last.Text, text, StringComparison.Ordinal)
            ? last
            : _last = new Encoded(text, Encoding.UTF8.GetBytes(text));

        var response = context.Response;
        response.ContentType = ContentType;
        response.ContentLength = encoded.Bytes.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(encoded.Bytes, context.RequestAborted).AsTask();
    }

    private sealed record Encoded(string Text, byte[] Bytes);
}
