using Directus.Api;
using Directus.Application;
using Directus.Infrastructure;

var builder = WebApplication.CreateBuilder(ApiRunner.OptionsFor(args));

builder.Services
    .AddApplication(builder.Configuration)
    .AddInfrastructure(builder.Configuration)
    .AddApi(builder.Configuration);

var app = builder.BuildOrRefuse();
if (app is null)
{
    return 1;
}

app.UseDirectusApi();

return await app.RunDirectusAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
