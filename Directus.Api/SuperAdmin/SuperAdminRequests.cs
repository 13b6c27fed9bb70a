using Directus.Application.Common.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Directus.Api.SuperAdmin;

/// <summary>
/// MVC's view of <see cref="ISuperAdminRequest{TSelf}"/> parameters: bound by <see cref="SuperAdminRequestBinder{TRequest}"/>
/// from the token sources (a special source, so ApiExplorer documents no parameter of its own for them; the OpenAPI
/// transformer documents the token).
/// </summary>
public sealed class SuperAdminRequests : IModelBinderProvider, IBindingMetadataProvider
{
    /// <summary>The request type <paramref name="type"/> declares, or null when it is no super admin request.</summary>
    public static Type? RequestTypeOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(ISuperAdminRequest<>) && contract.GetGenericArguments()[0] == type)
            ? type
            : null;
    }

    /// <summary>The declaration of the super admin request type <paramref name="requestType"/>.</summary>
    public static SuperAdminEndpoint DeclarationOf(Type requestType) =>
        (SuperAdminEndpoint)BinderType(requestType).GetProperty(nameof(SuperAdminRequestBinder<>.Declaration))!.GetValue(null)!;

    /// <inheritdoc />
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RequestTypeOf(context.Metadata.ModelType) is { } requestType ? (IModelBinder)Activator.CreateInstance(BinderType(requestType))! : null;
    }

    /// <inheritdoc />
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RequestTypeOf(context.Key.ModelType) is not null)
        {
            context.BindingMetadata.BindingSource = BindingSource.Special;
        }
    }

    private static Type BinderType(Type requestType) => typeof(SuperAdminRequestBinder<>).MakeGenericType(requestType);
}
