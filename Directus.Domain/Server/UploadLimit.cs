namespace Directus.Domain.Server;

/// <summary>The largest upload the server accepts, chosen like v8 chose between upload_max_filesize and post_max_size.</summary>
public static class UploadLimit
{
    /// <summary>The value reported when no limit is set at all.</summary>
    public const long Unlimited = 0;

    /// <summary>The smaller of the two limits; a limit that is null, zero or negative or long.MaxValue means "unset" and is ignored.</summary>
    public static long Choose(long? requestBodyLimit, long? multipartBodyLimit)
    {
        long? body = Normalize(requestBodyLimit);
        long? multipart = Normalize(multipartBodyLimit);

        return (body, multipart) switch
        {
            ({ } b, { } m) => Math.Min(b, m),
            ({ } b, null) => b,
            (null, { } m) => m,
            _ => Unlimited,
        };
    }

    private static long? Normalize(long? limit) =>
        limit is { } value && value > 0 && value != long.MaxValue ? value : null;
}
