using Directus.Application.Common.Behaviours;
using Directus.Application.Common.Probes;
using Directus.Application.Server.Queries.GetServerInfo;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Application;

public static class DependencyInjection
{
    /// <summary>Registers MediatR 5 by hand (its DI package does not restore here), the handlers, behaviours and validators.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        services.AddScoped<ServiceFactory>(provider => provider.GetRequiredService);
        services.AddScoped<IMediator, Mediator>();
        AddRequestHandlers(services, assembly);

        // The first behaviour registered is the outermost.
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);

        services.AddSingleton<ProbeRunner>();
        services.AddSingleton<StaticServerFactsCache>();
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
