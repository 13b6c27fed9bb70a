using Directus.Application.Common.Behaviours;
using Directus.Application.Common.Probes;
using Directus.Application.Common.Security;
using Directus.Application.Configuration;
using Directus.Application.Server.Queries.GetHealth;
using Directus.Application.Server.Queries.GetServerInfo;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Directus.Application;

/// <summary>The Application layer's registrations.</summary>
public static class DependencyInjection
{
    /// <summary>Registers the Application's settings, MediatR 5 by hand (docs/adr/0001), the handlers, behaviours and validators.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<ProbeOptions>(configuration);
        services.AddSettings<HealthReportOptions>(configuration);

        var assembly = typeof(DependencyInjection).Assembly;

        services.AddScoped<ServiceFactory>(provider => provider.GetRequiredService);
        services.AddScoped<IMediator, Mediator>();
        AddRequestHandlers(services, assembly);

        // The first behaviour registered is the outermost: a request is valid (422) before its token is checked (401).
        // Open generics with constraints apply only to the requests that meet them.
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(SuperAdminBehaviour<,>));
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton(typeof(IValidator<>), typeof(SuperAdminTokenValidator<>));

        services.AddSingleton<ProbeMetrics>();
        services.AddSingleton<ProbeRunner>();
        services.AddSingleton<StaticServerFactsCache>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SharedHealthRun>();
        return services;
    }

    private static void AddRequestHandlers(IServiceCollection services, System.Reflection.Assembly assembly)
    {
        var handlerContract = typeof(IRequestHandler<,>);
        foreach (var type in assembly.GetTypes().Where(type => type is { IsAbstract: false, IsInterface: false }))
        {
            foreach (var contract in type.GetInterfaces()
                         .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == handlerContract))
            {
                services.AddTransient(contract, type);
            }
        }
    }
}
