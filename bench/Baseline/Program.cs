var pong = "pong"u8.ToArray();

var app = WebApplication.CreateBuilder(args).Build();

// Written by hand because Results.Text rewrites the charset to lower case; the contract wants "UTF-8".
app.MapGet("/server/ping", context =>
{
    context.Response.ContentType = "text/html; charset=UTF-8";
    context.Response.ContentLength = pong.Length;
    return context.Response.Body.WriteAsync(pong, context.RequestAborted).AsTask();
});

await app.RunAsync();
