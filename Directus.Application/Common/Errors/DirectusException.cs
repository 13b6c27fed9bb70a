namespace Directus.Application.Common.Errors;

/// <summary>A failure the client is told about, carrying its Directus error code; the API edge turns it into the error envelope.</summary>
public class DirectusException : Exception
{
    public DirectusException(DirectusErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    public DirectusErrorCode Code { get; }
}
