using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Directus.Application.Configuration;

/// <summary>Registers <see cref="ISettingsSection"/> classes so that bad configuration stops the host at start with every bad key named.</summary>
public static class SettingsRegistration
{
    /// <summary>
    /// Binds <typeparamref name="TSettings"/> to its section and checks it when the host starts: first every value that
    /// cannot be read as its type, then the class's own <see cref="ISettingsSection.Problems"/>. The host gathers the
    /// failures of every settings class, so one bad start names all bad keys at once.
    /// </summary>
    public static OptionsBuilder<TSettings> AddSettings<TSettings>(this IServiceCollection services, IConfiguration configuration)
        where TSettings : class, ISettingsSection
    {
        var section = configuration.GetSection(TSettings.SectionPath);
        services.AddSingleton<IValidateOptions<TSettings>, ProblemsValidator<TSettings>>();
        return services.AddOptions<TSettings>()
            .Configure(_ => UnreadableSettings.ThrowIfAny<TSettings>(section))
            .Bind(section)
            .ValidateOnStart();
    }

    /// <summary>
    /// Also reads the list <paramref name="list"/> given as one comma-separated string (see <see cref="ListGivenAsOneString"/>).
    /// </summary>
    public static OptionsBuilder<TSettings> AlsoReadAsOneString<TSettings>(
        this OptionsBuilder<TSettings> builder,
        IConfiguration configuration,
        string key,
        Func<TSettings, IList<string>> list,
        Func<string, IEnumerable<string>> split)
        where TSettings : class, ISettingsSection
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = configuration.GetSection($"{TSettings.SectionPath}:{key}");
        return builder.Configure(settings => ListGivenAsOneString.Bind<TSettings>(list(settings), section, split));
    }

    private sealed class ProblemsValidator<TSettings> : IValidateOptions<TSettings>
        where TSettings : class, ISettingsSection
    {
        public ValidateOptionsResult Validate(string? name, TSettings options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
