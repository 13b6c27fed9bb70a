namespace Directus.Api.Logging;

/// <summary>
/// Stands in for a logged exception whose text held a token value (Kestrel puts the rejected request line in its
/// bad-request messages). Its text is the original's (type, message, stack trace, inner exceptions), masked.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string _text;

    /// <summary>A stand-in with an empty message and text.</summary>
    public RedactedException()
        : this(string.Empty, string.Empty)
    {
    }

    /// <summary>A stand-in whose message and text are <paramref name="message"/>, already masked.</summary>
    public RedactedException(string message)
        : this(message, message)
    {
    }

    /// <summary>A stand-in whose message and text are <paramref name="message"/>, already masked, with an inner exception.</summary>
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

    /// <summary>Null: the original's stack trace is in <see cref="ToString"/>'s masked text.</summary>
    public override string? StackTrace => null;

    /// <summary>The original's text (type, message, stack trace, inner exceptions), masked.</summary>
    public override string ToString() => _text;
}
