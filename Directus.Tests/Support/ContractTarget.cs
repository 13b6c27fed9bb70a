namespace Directus.Tests.Support;

/// <summary>
/// The server a contract test talks to. With <c>DIRECTUS_BASE_URL</c> set, the server at that address and
/// the token in <c>DIRECTUS_SUPER_ADMIN_TOKEN</c>: any Directus-compatible backend. Without it, this
/// repository's app in-process (<see cref="DirectusApiFactory"/>), fresh for each test.
/// </summary>
public sealed class ContractTarget : IDisposable
{
    public const string BaseUrlVariable = "DIRECTUS_BASE_URL";
    public const string TokenVariable = "DIRECTUS_SUPER_ADMIN_TOKEN";

    private static readonly TimeSpan ExternalTimeout = TimeSpan.FromSeconds(30);

    private readonly DirectusApiFactory? _factory;

    private ContractTarget(HttpClient client, string token, DirectusApiFactory? factory)
    {
        Client = client;
        Token = token;
        _factory = factory;
    }

    /// <summary>A client whose base address is the server's root: requests use paths like <c>/server/ping</c>.</summary>
    public HttpClient Client { get; }

    /// <summary>The server's super admin token.</summary>
    public string Token { get; }

    public bool IsExternal => _factory is null;

    public static ContractTarget Create()
    {
        var baseUrl = Environment.GetEnvironmentVariable(BaseUrlVariable);
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            var factory = new DirectusApiFactory();
            return new ContractTarget(factory.CreateClient(), DirectusApiFactory.Token, factory);
        }

        return new ContractTarget(
            new HttpClient(new ThrottleTripwire()) { BaseAddress = RootOf(baseUrl), Timeout = ExternalTimeout },
            ExternalToken(),
            factory: null);
    }

    public void Dispose()
    {
        Client.Dispose();
        _factory?.Dispose();
    }

    private static Uri RootOf(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{BaseUrlVariable} must be an absolute http(s) URL such as http://127.0.0.1:8055, not '{baseUrl}'");
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0)
        {
            throw new InvalidOperationException($"{BaseUrlVariable} must be the server's root (scheme, host and port only): the suite asks for /server/… itself, not '{baseUrl}'");
        }

        return uri;
    }

    private static string ExternalToken()
    {
        var token = Environment.GetEnvironmentVariable(TokenVariable);
        return string.IsNullOrEmpty(token)
            ? throw new InvalidOperationException($"{BaseUrlVariable} is set, so {TokenVariable} must hold that server's super admin token")
            : token;
    }
}
