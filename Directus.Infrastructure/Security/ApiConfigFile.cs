using System.Text;
using System.Text.Json;
using Directus.Application.Common.Security;

namespace Directus.Infrastructure.Security;

/// <summary>Reads and writes v8's <c>config/__api.json</c>: <c>{"super_admin_token": "…"}</c>.</summary>
public static class ApiConfigFile
{
    /// <summary>The JSON key that holds the token, as v8 wrote it.</summary>
    public const string TokenKey = "super_admin_token";

    /// <summary>Far larger than any real file; a bigger one is refused rather than read into memory.</summary>
    public const int MaxBytes = 64 * 1024;

    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The token in the file, or the reason it cannot be used.</summary>
    public readonly record struct ReadResult(string? Token, string? Problem);

    /// <summary>Reads the token from the file at <paramref name="path"/>; what makes the file unusable (empty, too large, unreadable, malformed) comes back as the problem.</summary>
    public static ReadResult Read(string path)
    {
        byte[] content;
        try
        {
            // A FIFO, socket or character device reports length 0, and opening a FIFO blocks until someone writes
            // to it, which would hang start-up (and every later request, behind the reload lock). An empty regular
            // file is no token either, so length 0 is refused before anything is opened.
            if (new FileInfo(path).Length == 0)
            {
                return Problem("is empty or not a regular file");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > MaxBytes)
            {
                return Problem($"is larger than {MaxBytes} bytes");
            }

            content = new byte[stream.Length];
            stream.ReadExactly(content);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Problem($"cannot be read ({exception.Message})");
        }

        return Parse(content);
    }

    /// <summary>Reads the token from the file's bytes: a JSON object whose <see cref="TokenKey"/> is a usable secret (see <see cref="SecretText"/>).</summary>
    public static ReadResult Parse(ReadOnlySpan<byte> content)
    {
        try
        {
            var reader = new Utf8JsonReader(content, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 8 });
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Problem("is not a JSON object");
            }

            if (!document.RootElement.TryGetProperty(TokenKey, out var token))
            {
                return Problem($"has no \"{TokenKey}\" key");
            }

            if (token.ValueKind != JsonValueKind.String)
            {
                return Problem($"has a \"{TokenKey}\" that is not a string");
            }

            var value = token.GetString()!;
            return SecretText.ProblemWith(value) is { } problem
                ? Problem($"has a \"{TokenKey}\" that {problem}")
                : new ReadResult(value, null);
        }
        catch (JsonException exception)
        {
            return Problem($"is not valid JSON ({exception.Message})");
        }
    }

    /// <summary>v8's layout: two-space indent, no final newline.</summary>
    public static string Format(string token)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteString(TokenKey, token);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes a new file with mode 0600; never replaces a file that is already there.</summary>
    public static void CreateNew(string path, string token)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(Encoding.UTF8.GetBytes(Format(token)));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static ReadResult Problem(string problem) => new(null, problem);
}
