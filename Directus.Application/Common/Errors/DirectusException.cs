namespace Directus.Application.Common.Errors;

/// <summary>A failure the client is told about, carrying its Directus error code; the API edge turns it into the error envelope.</summary>
public class DirectusException : Exception
{
    /// <param name="code">The v8 error code, which also decides the HTTP status.</param>
    /// <param name="message">The message the client reads in <c>error.message</c>.</param>
    public DirectusException(DirectusErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>The v8 error code written to <c>error.code</c>.</summary>
    public DirectusErrorCode Code { get; }
}
