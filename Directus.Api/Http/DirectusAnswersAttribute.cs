using Directus.Api.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Formatters;

namespace Directus.Api.Http;

/// <summary>
/// How the module's actions answer, whatever the host configured app-wide: JSON through the module's own serializer
/// settings (<see cref="ApiJsonContext.Relaxed"/>), every exception as the Directus error envelope
/// (<see cref="DirectusExceptionHandler"/>), and <c>X-Content-Type-Options: nosniff</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class DirectusAnswersAttribute : Attribute, IFilterFactory
{
    /// <inheritdoc />
    public bool IsReusable => true;

    /// <inheritdoc />
    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<DirectusExceptionHandler>());

    private sealed class Filter(DirectusExceptionHandler errors) : IAsyncExceptionFilter, IResultFilter
    {
        private static readonly SystemTextJsonOutputFormatter Json = new(ApiJsonContext.Relaxed.Options);

        public async Task OnExceptionAsync(ExceptionContext context)
        {
            await errors.WriteAsync(context.HttpContext, context.Exception);
            context.ExceptionHandled = true;
        }

        public void OnResultExecuting(ResultExecutingContext context)
        {
            SecurityHeaders.Apply(context.HttpContext.Response);
            if (context.Result is ObjectResult result)
            {
                result.Formatters.Clear();
                result.Formatters.Add(Json);
            }
        }

        public void OnResultExecuted(ResultExecutedContext context)
        {
        }
    }
}
