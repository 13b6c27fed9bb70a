namespace Directus.Tests.Support;

/// <summary>Waiting for a process that serves HTTP to answer, for the real servers the tests start.</summary>
public static class HttpReadiness
{
    /// <summary>
    /// Asks <paramref name="path"/> until it answers a success status (true), the process has exited, or
    /// <paramref name="deadline"/> has passed (false: the caller says which).
    /// </summary>
    public static async Task<bool> WaitForSuccessAsync(HttpClient client, string path, Func<bool> hasExited, TimeSpan deadline, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(hasExited);
        var answered = false;
        await Poll.UntilAsync(async () => hasExited() || (answered = await AnswersAsync(client, path)), deadline, interval);
        return answered;
    }

    private static async Task<bool> AnswersAsync(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
    }
}
