namespace Directus.Tests.Support;

/// <summary>What came back on a raw connection: the status line's code, the header block and the (de-chunked) body.</summary>
public sealed record RawResponse(int Status, string Head, string Body)
{
    public string? Header(string name)
    {
        foreach (var line in Head.Split("\r\n").Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }
}
