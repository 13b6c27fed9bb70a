namespace Directus.Tests.Support;

/// <summary>Waiting for a condition instead of for a guessed time, so that a busy machine only makes a test slower.</summary>
public static class Poll
{
    /// <summary>Waits until <paramref name="condition"/> holds; false if it still does not when <paramref name="deadline"/> has passed.</summary>
    public static Task<bool> UntilAsync(Func<bool> condition, TimeSpan deadline) =>
        UntilAsync(() => Task.FromResult(condition()), deadline);

    /// <summary>As <see cref="UntilAsync(Func{bool}, TimeSpan)"/>, for a condition that has to ask something to know.</summary>
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan deadline)
    {
        var giveUpAt = DateTime.UtcNow + deadline;
        while (!await condition())
        {
            if (DateTime.UtcNow > giveUpAt)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }
}
