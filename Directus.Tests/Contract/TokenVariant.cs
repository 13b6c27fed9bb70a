namespace Directus.Tests.Contract;

/// <summary>Wrong tokens made from the right one: each must be refused as a whole (ordinal, case-sensitive, untrimmed).</summary>
public enum TokenVariant
{
    Unrelated,
    OtherCase,
    Padded,
    Prefix,
}

public static class TokenVariants
{
    public static string Of(string token, TokenVariant variant)
    {
        ArgumentNullException.ThrowIfNull(token);
        var wrong = variant switch
        {
            TokenVariant.Unrelated => "wrong",
            TokenVariant.OtherCase => SwapCase(token),
            TokenVariant.Padded => " " + token,
            TokenVariant.Prefix => token[..^1],
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
        };
        Assume.That(wrong, Is.Not.EqualTo(token), $"the {variant} variant of this token is the token itself");
        return wrong;
    }

    private static string SwapCase(string text) =>
        string.Concat(text.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)));
}
