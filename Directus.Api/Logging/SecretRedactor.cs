using System.Buffers;
using System.Globalization;
using System.Text;
using Directus.Application.Common.Security;
using Microsoft.Net.Http.Headers;

namespace Directus.Api.Logging;

/// <summary>
/// Replaces the value of every <c>super_admin_token=…</c> in a text with <c>***</c>. The key is found the way the
/// server's query parser finds it: in any letter case and with any of its characters percent-encoded
/// (<c>super%5Fadmin%5Ftoken</c>), and also with a suffix before the <c>=</c> (<c>super_admin_token[]=</c>), which
/// masks a little more than needed rather than less. The value runs to the next <c>&amp;</c>, <c>#</c>, white space
/// or control character. <see cref="RedactValues"/> does the same for the structured values of a log entry.
/// </summary>
public static class SecretRedactor
{
    /// <summary>What a masked value is replaced with.</summary>
    public const string Mask = "***";

    private const string Key = SuperAdminTokenRule.Parameter;

    // Where a key can begin: its first letter in either case, or a percent-encoded first letter.
    private static readonly SearchValues<char> KeyStarts = SearchValues.Create("sS%");

    /// <summary>
    /// <paramref name="text"/> with every <c>super_admin_token</c> value and the credentials of every quoted
    /// <c>Authorization:</c> header masked; the same instance when it holds neither.
    /// </summary>
    public static string Redact(string text) => RedactCredentials(RedactQueryValues(text));

    private static string RedactQueryValues(string text)
    {
        StringBuilder? redacted = null;
        var copied = 0;
        var position = 0;
        while (position < text.Length)
        {
            var offset = text.AsSpan(position).IndexOfAny(KeyStarts);
            if (offset < 0)
            {
                break;
            }

            var start = position + offset;
            if (!TryFindValue(text, start, out var valueStart, out var valueEnd))
            {
                position = start + 1;
                continue;
            }

            redacted ??= new StringBuilder(text.Length);
            redacted.Append(text, copied, valueStart - copied).Append(Mask);
            copied = valueEnd;
            position = valueEnd;
        }

        return redacted is null ? text : redacted.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>A masked copy of the values, or null when none holds a token value.</summary>
    public static KeyValuePair<string, object?>[]? RedactValues(IEnumerable<KeyValuePair<string, object?>>? pairs)
    {
        if (pairs is null)
        {
            return null;
        }

        var values = pairs as IReadOnlyList<KeyValuePair<string, object?>> ?? [.. pairs];

        KeyValuePair<string, object?>[]? redacted = null;
        for (var index = 0; index < values.Count; index++)
        {
            var (key, value) = values[index];
            // HTTP logging writes each header as a value of its own, named after the header.
            var masked = string.Equals(key, HeaderNames.Authorization, StringComparison.OrdinalIgnoreCase) && value is not null ? Mask : RedactValue(value);
            if (!ReferenceEquals(masked, value))
            {
                redacted ??= [.. values];
                redacted[index] = new KeyValuePair<string, object?>(key, masked);
            }
        }

        return redacted;
    }

    /// <summary>Strings, and anything else whose text holds a token value (a Uri, a QueryString), come back masked; other values as they were.</summary>
    private static object? RedactValue(object? value) => value switch
    {
        null or bool or int or long or double or decimal or TimeSpan or DateTime or DateTimeOffset or Guid or Enum => value,
        string text => Redact(text),
        _ when value.ToString() is { } text && Redact(text) is var masked && !ReferenceEquals(text, masked) => masked,
        _ => value,
    };

    /// <summary>
    /// The credentials of every <c>Authorization:</c> header quoted in a text (HTTP logging configured to show it, a
    /// bad request's message): <c>Authorization: Bearer abc</c> becomes <c>Authorization: Bearer ***</c>, a value
    /// without a scheme becomes <c>***</c>. The credentials run to a quote, a control character or the end.
    /// </summary>
    private static string RedactCredentials(string text)
    {
        const string Header = "Authorization:";
        var at = text.IndexOf(Header, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return text;
        }

        var redacted = new StringBuilder(text.Length);
        var copied = 0;
        for (; at >= 0; at = text.IndexOf(Header, copied, StringComparison.OrdinalIgnoreCase))
        {
            var start = SkipBlanks(text, at + Header.Length);
            var schemeEnd = start;
            while (schemeEnd < text.Length && !EndsCredentials(text[schemeEnd]) && text[schemeEnd] is not (' ' or '\t'))
            {
                schemeEnd++;
            }

            var credentialsStart = schemeEnd < text.Length && text[schemeEnd] is ' ' or '\t' ? SkipBlanks(text, schemeEnd) : start;
            var end = credentialsStart;
            while (end < text.Length && !EndsCredentials(text[end]))
            {
                end++;
            }

            redacted.Append(text, copied, credentialsStart - copied);
            if (end > credentialsStart)
            {
                redacted.Append(Mask);
            }

            copied = end;
        }

        return redacted.Append(text, copied, text.Length - copied).ToString();
    }

    private static int SkipBlanks(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }

    private static bool EndsCredentials(char character) => character is '\'' or '"' || char.IsControl(character);

    /// <summary>A non-empty value after a key that starts at <paramref name="start"/>.</summary>
    private static bool TryFindValue(string text, int start, out int valueStart, out int valueEnd)
    {
        valueStart = valueEnd = 0;
        var position = start;
        foreach (var expected in Key)
        {
            if (!TryReadKeyCharacter(text, ref position, out var actual) || char.ToLowerInvariant(actual) != expected)
            {
                return false;
            }
        }

        while (position < text.Length && text[position] != '=')
        {
            if (EndsValue(text[position]))
            {
                return false;
            }

            position++;
        }

        if (position == text.Length)
        {
            return false;
        }

        valueStart = valueEnd = position + 1;
        while (valueEnd < text.Length && !EndsValue(text[valueEnd]))
        {
            valueEnd++;
        }

        return valueEnd > valueStart;
    }

    private static bool TryReadKeyCharacter(string text, ref int position, out char character)
    {
        character = default;
        if (position >= text.Length)
        {
            return false;
        }

        if (text[position] == '%' && position + 2 < text.Length
            && byte.TryParse(text.AsSpan(position + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var decoded))
        {
            character = (char)decoded;
            position += 3;
            return true;
        }

        character = text[position++];
        return true;
    }

    private static bool EndsValue(char character) => character is '&' or '#' || char.IsWhiteSpace(character) || char.IsControl(character);
}
