using Directus.Api.Errors;
using Directus.Api.Throttling;
using Directus.Api.SuperAdmin;
using Directus.Application.Common.Behaviours;
using Directus.Application.Common.Security;
using Directus.Tests.Support;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Tests.Architecture;

/// <summary>
/// A protected endpoint is declared once, and the declaration brings every part: the next one cannot forget the
/// throttle, a documented error answer, the token rule or the token check.
/// </summary>
public sealed class ProtectedEndpointTests
{
    private static readonly Type[] SuperAdminRequests =
        [.. typeof(ISuperAdminRequest).Assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(ISuperAdminRequest)))];

    [Test]
    public void EveryActionTakingTheToken_HasTheThrottleAndDocuments401And422And429()
    {
        using var factory = new DirectusApiFactory().WithSetting("Directus:Metrics:Enabled", "true");
        var actions = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(action => SuperAdminTokenConvention.Of(action.MethodInfo) is not null)
            .ToList();
        var documented = factory.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(group => group.Items)
            .ToList();

        Assert.That(actions.Select(action => action.ActionName), Is.SupersetOf(new[] { "Info", "Health", "Scrape" }));
        Assert.Multiple(() =>
        {
            foreach (var action in actions)
            {
                Assert.That(action.FilterDescriptors.Select(filter => filter.Filter), Has.Some.InstanceOf<FailedTokenThrottleAttribute>(), $"{action.ActionName}: throttle");
                var errors = documented.Where(description => description.ActionDescriptor == action)
                    .SelectMany(description => description.SupportedResponseTypes)
                    .Where(response => response.Type == typeof(ErrorEnvelope))
                    .Select(response => response.StatusCode);
                Assert.That(errors, Is.SupersetOf(SuperAdminTokenConvention.ErrorStatuses), $"{action.ActionName}: documented errors");
            }
        });
    }

    [Test]
    public void EverySuperAdminRequest_IsValidatedAndCheckedByThePipeline()
    {
        using var factory = new DirectusApiFactory();
        using var scope = factory.Services.CreateScope();

        Assert.That(SuperAdminRequests, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var request in SuperAdminRequests)
            {
                var response = request.GetInterfaces().Single(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IRequest<>)).GetGenericArguments()[0];
                var behaviours = scope.ServiceProvider.GetServices(typeof(IPipelineBehavior<,>).MakeGenericType(request, response)).Select(behaviour => behaviour!.GetType().GetGenericTypeDefinition());
                var validators = scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(request)).Select(validator => validator!.GetType().GetGenericTypeDefinition());
                Assert.That(behaviours, Is.EqualTo(new[] { typeof(ValidationBehaviour<,>), typeof(SuperAdminBehaviour<,>) }), $"{request.Name}: validation, then the token check");
                Assert.That(validators, Has.Member(typeof(SuperAdminTokenValidator<>)), $"{request.Name}: the token rule");
            }
        });
    }
}
