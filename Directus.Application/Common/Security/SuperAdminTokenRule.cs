using FluentValidation;

namespace Directus.Application.Common.Security;

/// <summary>
/// The one validation rule for the <c>super_admin_token</c> query parameter, shared by every endpoint that
/// takes it: given more than once, or given blank, is a 422 code 4 with the contract's message.
/// </summary>
public static class SuperAdminTokenRule
{
    public const string Parameter = "super_admin_token";

    public const string NotSingleMessage = "This value should be a single value.";

    public const string BlankMessage = "This value should not be blank.";

    /// <param name="tokens">Every value the client sent for the parameter, in order.</param>
    /// <param name="optional">True where leaving the parameter out is allowed (the anonymous answer of /server/health).</param>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>> SuperAdminToken<T>(
        this IRuleBuilderInitial<T, IReadOnlyList<string>> tokens, bool optional = false) =>
        tokens
            .Cascade(CascadeMode.Stop)
            .Must(values => values.Count <= 1).WithMessage(NotSingleMessage)
            .Must(values => values.Count == 0 ? optional : !string.IsNullOrWhiteSpace(values[0])).WithMessage(BlankMessage)
            .OverridePropertyName(Parameter);
}
