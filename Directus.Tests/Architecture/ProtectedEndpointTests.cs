using System.Reflection;
using Directus.Api;
using Directus.Api.Errors;
using Directus.Api.SuperAdmin;
using Directus.Api.Throttling;
using Directus.Application.Common.Behaviours;
using Directus.Application.Common.Security;
using Directus.Tests.Support;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Tests.Architecture;

/// <summary>
/// A protected endpoint is declared once, by the request it takes (docs/adr/0013), and fails closed: a token reaches an
/// endpoint only inside an <see cref="ISuperAdminRequest{TSelf}"/>, which the pipeline validates and checks, and that
/// declaration brings the throttle and the documented answers. The next endpoint cannot forget a part.
/// </summary>
public sealed class ProtectedEndpointTests
{
    private static readonly Assembly Api = typeof(DirectusServerServices).Assembly;

    private static readonly Type[] SuperAdminRequests =
        [.. typeof(ISuperAdminRequest).Assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(ISuperAdminRequest)))];

    [Test]
    public void NoEndpointParameter_TakesATokenOutsideASuperAdminRequest()
    {
        var endpointMethods = DirectusControllers.Types
            .SelectMany(controller => controller.DeclaredMethods.Where(method => method.IsPublic && !method.IsDefined(typeof(NonActionAttribute))))
            .Concat(RouteHandlersOfTheModule())
            .ToList();
        var wrong = endpointMethods
            .SelectMany(method => method.GetParameters().Select(parameter => (Method: method, Parameter: parameter)))
            .Where(found => ReceivesAToken(found.Parameter) && SuperAdminRequestConvention.RequestTypeOf(found.Method) != found.Parameter.ParameterType)
            .Select(found => $"{found.Method.DeclaringType?.Name}.{found.Method.Name}({found.Parameter.Name})");

        Assert.That(endpointMethods, Has.Count.GreaterThanOrEqualTo(4), "ping, info, health and metrics are inspected");
        Assert.That(wrong, Is.Empty, "these receive a token where no check runs: take an ISuperAdminRequest<TSelf> instead");
    }

    [Test]
    public void OnlyTheTokenSources_ReadTheQueryOrTheHeaders_AndOnlyTheBinder_CallsThem()
    {
        var readers = new Dictionary<MethodBase, Type>
        {
            [typeof(HttpRequest).GetProperty(nameof(HttpRequest.Query))!.GetMethod!] = typeof(SuperAdminTokenSources),
            [typeof(HttpRequest).GetProperty(nameof(HttpRequest.QueryString))!.GetMethod!] = typeof(SuperAdminTokenSources),
            [typeof(HttpRequest).GetProperty(nameof(HttpRequest.Headers))!.GetMethod!] = typeof(SuperAdminTokenSources),
            [typeof(SuperAdminTokenSources).GetMethod(nameof(SuperAdminTokenSources.Read))!] = typeof(SuperAdminRequestBinder<>),
        };

        var calls = MethodCalls.In(Api).ToList();
        var wrong = calls
            .Where(call => readers.TryGetValue(call.Callee, out var allowed) && call.Caller != allowed)
            .Select(call => $"{call.Caller.Name} calls {call.Callee.DeclaringType?.Name}.{call.Callee.Name}")
            .Distinct();

        Assert.That(calls.Where(call => readers.ContainsKey(call.Callee)).Select(call => call.Caller), Is.SupersetOf(new[] { typeof(SuperAdminTokenSources), typeof(SuperAdminRequestBinder<>) }), "the scan finds the real readers");
        Assert.That(wrong, Is.Empty, "the presented tokens are read in one place, for the binder of the checked requests");
    }

    [Test]
    public void EveryActionTakingASuperAdminRequest_HasTheThrottleAndDocuments401And422And429()
    {
        using var factory = new DirectusApiFactory().WithSetting("Directus:Metrics:Enabled", "true");
        var actions = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(action => SuperAdminRequestConvention.RequestTypeOf(action.MethodInfo) is not null)
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
                Assert.That(action.EndpointMetadata, Has.Some.InstanceOf<SuperAdminEndpoint>(), $"{action.ActionName}: documented token");
                var errors = documented.Where(description => description.ActionDescriptor == action)
                    .SelectMany(description => description.SupportedResponseTypes)
                    .Where(response => response.Type == typeof(ErrorEnvelope))
                    .Select(response => response.StatusCode);
                Assert.That(errors, Is.SupersetOf(SuperAdminRequestConvention.ErrorStatuses), $"{action.ActionName}: documented errors");
            }
        });
    }

    [Test]
    public void EverySuperAdminRequest_IsValidatedAndCheckedByThePipeline_AndCanBeBound()
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
                Assert.That(Directus.Api.SuperAdmin.SuperAdminRequests.RequestTypeOf(request), Is.EqualTo(request), $"{request.Name}: the edge can make it from the tokens");
            }
        });
    }

    private static IEnumerable<MethodInfo> RouteHandlersOfTheModule()
    {
        using var factory = new DirectusApiFactory();
        return factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<DirectusServerEndpointAttribute>() is not null && endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is null)
            .Select(endpoint => endpoint.Metadata.GetMetadata<MethodInfo>())
            .OfType<MethodInfo>()
            .ToList();
    }

    /// <summary>
    /// A parameter through which a token could arrive: named like the query parameter or bound from <c>Authorization</c>,
    /// a request type, or a raw request or context (which can read anything).
    /// </summary>
    private static bool ReceivesAToken(ParameterInfo parameter)
    {
        var boundName = parameter.GetCustomAttributes().OfType<IModelNameProvider>().Select(named => named.Name).FirstOrDefault(name => name is not null) ?? parameter.Name;
        return SuperAdminRequestConvention.IsTokenName(boundName)
            || parameter.ParameterType.IsAssignableTo(typeof(ISuperAdminRequest))
            || parameter.ParameterType == typeof(HttpRequest)
            || parameter.ParameterType == typeof(IHeaderDictionary)
            || parameter.ParameterType == typeof(IQueryCollection);
    }
}
