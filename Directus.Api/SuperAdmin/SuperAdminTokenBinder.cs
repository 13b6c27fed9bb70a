using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Directus.Api.SuperAdmin;

/// <summary>Binds a <see cref="SuperAdminTokenAttribute"/> parameter to every token the request presents.</summary>
public sealed class SuperAdminTokenBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var declaration = bindingContext.HttpContext.GetEndpoint()?.Metadata.GetMetadata<SuperAdminTokenAttribute>();
        bindingContext.Result = ModelBindingResult.Success(SuperAdminTokenSources.Read(bindingContext.HttpContext.Request, declaration?.AlsoScheme));
        return Task.CompletedTask;
    }
}
