namespace Directus.Tests.Support;

/// <summary>Waiting for a condition instead of for a guessed time, so that a busy machine only makes a test slower.</summary>
public static class Poll
{
    /// <summary>Waits until <paramref name="condition"/> holds; false if it still does not when <paramref name="deadline"/> has passed.</summary>
    public static Task<bool> UntilAsync(Func<bool> condition, TimeSpan deadline, TimeSpan? interval = null) =>
        UntilAsync(() => Task.FromResult(condition()), deadline, interval);

    /// <summary>As <see cref="UntilAsync(Func{bool}, TimeSpan, TimeSpan?)"/>, for a condition that has to ask something to know.</summary>
    /// <param name="interval">How long to wait between two asks; 20 ms unless asking costs the server something.</param>
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan deadline, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var giveUpAt = DateTime.UtcNow + deadline;
        while (!await condition())
        {
            if (DateTime.UtcNow > giveUpAt)
            {
                return false;
            }

            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(20));
        }

        return true;
    }
}
