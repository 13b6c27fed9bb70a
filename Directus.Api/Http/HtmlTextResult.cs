using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Directus.Api.Http;

/// <summary>
/// A short text answer sent as <c>text/html; charset=UTF-8</c> with its Content-Length, the way v8
/// answered ping (see docs/adr). On HEAD the headers go out and the server drops the body.
/// </summary>
public sealed class HtmlTextResult(string text) : IActionResult
{
    public const string MediaType = "text/html";

    public const string ContentType = MediaType + "; charset=UTF-8";

    public Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var body = Encoding.UTF8.GetBytes(text);
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.HttpContext.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(body, context.HttpContext.RequestAborted).AsTask();
    }
}
