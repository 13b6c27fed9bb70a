namespace Directus.Api.Logging;

/// <summary>
/// Stands in for a logged exception whose text held a token value (Kestrel puts the rejected request line in its
/// bad-request messages). Its text is the original's (type, message, stack trace, inner exceptions), masked.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException()
        : this(string.Empty, string.Empty)
    {
    }

    public RedactedException(string message)
        : this(message, message)
    {
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
        _text = message;
    }

    private RedactedException(string message, string text)
        : base(message)
    {
        _text = text;
    }

    /// <summary>The exception itself when its text holds no token value; otherwise a masked stand-in.</summary>
    public static Exception? Of(Exception? exception)
    {
        if (exception is null or RedactedException)
        {
            return exception;
        }

        var text = exception.ToString();
        var redacted = SecretRedactor.Redact(text);
        return ReferenceEquals(text, redacted)
            ? exception
            : new RedactedException(SecretRedactor.Redact(exception.Message), redacted);
    }

    public override string? StackTrace => null;

    public override string ToString() => _text;
}
