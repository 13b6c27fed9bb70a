using System.Net;
using Directus.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Directus.Tests.Functional;

public sealed class FailedTokenThrottleTests
{
    private const string TooMany = "{\"error\":{\"code\":7,\"message\":\"Too Many Requests\"}}";
    private const string Attacker = "203.0.113.7";
    private const string Bystander = "198.51.100.20";
    private const string Proxy = "10.0.0.5";

    [Test]
    public async Task Info_AfterTenFailures_Returns429Code7WithRetryAfter_EvenForTheRightToken()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        await FailAsync(client, Attacker, times: 10);

        using var response = await SendAsync(client, Attacker, RightToken);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(TooMany));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(response.Headers.GetValues("Retry-After").Single(), Does.Match("^[0-9]+$"));
            Assert.That(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 60));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        });
    }

    [Test]
    public async Task Info_TenFailuresFromAnIPv6Client_LogsTheNetworkItCountsInCidrForm()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = new DirectusApiFactory()
            .WithClientAddressHeader()
            .WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();

        await FailAsync(client, "2001:db8:1:2:aaaa:bbbb:cccc:dddd", times: 10);

        var warnings = logs.Entries.Where(entry => entry.Level == LogLevel.Warning).Select(entry => entry.Message);
        Assert.That(warnings, Has.One.StartsWith("Client 2001:db8:1:2::/64 failed the token 10 times within"));
    }

    [Test]
    public async Task Info_AfterNineFailures_StillAnswers()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        await FailAsync(client, Attacker, times: 9);

        using var response = await SendAsync(client, Attacker, RightToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Info_BlankAndWrongTokens_BothCountAsFailures()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var blank = await SendAsync(client, Attacker, "/server/info");
            using var repeated = await SendAsync(client, Attacker, "/server/info?super_admin_token=a&super_admin_token=b");
            Assert.That(new[] { blank.StatusCode, repeated.StatusCode }, Is.All.EqualTo(HttpStatusCode.UnprocessableEntity));
        }

        using var response = await SendAsync(client, Attacker, RightToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Info_RightTokens_DoNotCount()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            using var ok = await SendAsync(client, Attacker, RightToken);
        }

        using var response = await SendAsync(client, Attacker, RightToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Info_FromAnotherClient_IsUnaffected()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        await FailAsync(client, Attacker, times: 10);

        using var right = await SendAsync(client, Bystander, RightToken);
        using var wrong = await SendAsync(client, Bystander, WrongToken);

        Assert.Multiple(() =>
        {
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task Ping_FromAThrottledClient_IsNeverThrottled()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        await FailAsync(client, Attacker, times: 10);

        using var response = await SendAsync(client, Attacker, "/server/ping");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("pong"));
        });
    }

    [Test]
    public async Task Info_WithTheThrottleSwitchedOff_NeverReturns429()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader().WithSetting("Directus:Throttle:Enabled", "false");
        using var client = factory.CreateClient();
        await FailAsync(client, Attacker, times: 30);

        using var response = await SendAsync(client, Attacker, RightToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Info_WithAConfiguredLimit_ThrottlesAfterThatMany()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader().WithSetting("Directus:Throttle:PermitLimit", "3");
        using var client = factory.CreateClient();
        await FailAsync(client, Attacker, times: 3);

        using var response = await SendAsync(client, Attacker, RightToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task ForwardedFor_WithoutConfiguredProxies_IsIgnored()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var failed = await SendAsync(client, Attacker, WrongToken, forwardedFor: $"192.0.2.{attempt}");
        }

        using var response = await SendAsync(client, Attacker, RightToken, forwardedFor: "192.0.2.200");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "a made-up X-Forwarded-For does not give a fresh count");
    }

    [Test]
    public async Task ForwardedFor_FromAKnownProxy_NamesTheClient()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader().WithSetting("Directus:ForwardedHeaders:KnownProxies:0", Proxy);
        using var client = factory.CreateClient();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var failed = await SendAsync(client, Proxy, WrongToken, forwardedFor: Attacker);
        }

        using var attacker = await SendAsync(client, Proxy, RightToken, forwardedFor: Attacker);
        using var bystander = await SendAsync(client, Proxy, RightToken, forwardedFor: Bystander);
        using var proxyItself = await SendAsync(client, Proxy, RightToken);

        Assert.Multiple(() =>
        {
            Assert.That(attacker.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(bystander.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another client behind the same proxy");
            Assert.That(proxyItself.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the proxy is not blamed for its clients");
        });
    }

    [Test]
    public async Task ForwardedFor_FromAProxyInAKnownNetwork_NamesTheClient()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader().WithSetting("Directus:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8");
        using var client = factory.CreateClient();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var failed = await SendAsync(client, Proxy, WrongToken, forwardedFor: Attacker);
        }

        using var attacker = await SendAsync(client, "10.9.9.9", RightToken, forwardedFor: Attacker);
        using var bystander = await SendAsync(client, "10.9.9.9", RightToken, forwardedFor: Bystander);

        Assert.Multiple(() =>
        {
            Assert.That(attacker.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(bystander.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Health_WithTokenFromAThrottledClient_Returns429Code7()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        await FailAsync(client, Attacker, times: 10);

        using var response = await SendAsync(client, Attacker, "/server/health?super_admin_token=" + DirectusApiFactory.Token);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(TooMany));
            Assert.That(response.Headers.Contains("Retry-After"), Is.True);
        });
    }

    [Test]
    public async Task Health_WrongTokens_CountTowardsTheSameThrottle()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        await FailAsync(client, Attacker, times: 10, "/server/health?super_admin_token=wrong");

        using var response = await SendAsync(client, Attacker, RightToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Health_HeadWithWrongTokens_CountTowardsTheSameThrottle()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var failed = await SendAsync(client, Attacker, "/server/health?super_admin_token=wrong", method: HttpMethod.Head);
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"attempt {attempt + 1}");
        }

        using var response = await SendAsync(client, Attacker, "/server/health?super_admin_token=" + DirectusApiFactory.Token, method: HttpMethod.Head);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Health_AnonymousFromAThrottledClient_IsNeverThrottled()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        await FailAsync(client, Attacker, times: 10);

        using var response = await SendAsync(client, Attacker, "/server/health");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"status\":\"ok\"}"));
        });
    }

    [Test]
    public async Task Info_FailuresMixedAcrossQueryAndBearer_ReachThe429Together()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        await FailAsync(client, Attacker, times: 5);
        await FailAsync(client, Attacker, times: 5, "/server/info", authorization: "Bearer wrong");

        using var response = await SendAsync(client, Attacker, "/server/info", authorization: "Bearer " + DirectusApiFactory.Token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Health_WithOnlyABasicHeaderFromAThrottledClient_IsAnonymousAndNeverThrottled()
    {
        using var factory = new DirectusApiFactory().WithClientAddressHeader();
        using var client = factory.CreateClient();
        await FailAsync(client, Attacker, times: 10);

        using var basic = await SendAsync(client, Attacker, "/server/health", authorization: "Basic dXNlcjpwYXNz");
        using var bearer = await SendAsync(client, Attacker, "/server/health", authorization: "Bearer " + DirectusApiFactory.Token);

        Assert.That((basic.StatusCode, bearer.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.TooManyRequests)));
    }

    private const string RightToken = "/server/info?super_admin_token=" + DirectusApiFactory.Token;
    private const string WrongToken = "/server/info?super_admin_token=wrong";

    private static async Task FailAsync(HttpClient client, string address, int times, string path = WrongToken, string? authorization = null)
    {
        for (var attempt = 0; attempt < times; attempt++)
        {
            using var response = await SendAsync(client, address, path, authorization: authorization);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"attempt {attempt + 1}");
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, string address, string path, string? forwardedFor = null, HttpMethod? method = null, string? authorization = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(ClientAddressHeader.Name, address);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await client.SendAsync(request);
    }
}
