using System.Net;
using Directus.Infrastructure.Security;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>HTTPS with Kestrel's own certificate settings, on a certificate the test makes.</summary>
public sealed class HttpsEndToEndTests : FreshRootTest
{
    [Test]
    public async Task PfxCertificate_ServesPingAndInfoOverHttps()
    {
        using var certificate = SelfSignedCertificate.Create();
        var pfx = Workspace.Combine("server.pfx");
        SelfSignedCertificate.WritePfx(certificate, pfx, "pfx-password");

        await using var server = await ServerProcess.StartHttpsAsync(
            Root, certificate, "--Kestrel:Certificates:Default:Path=" + pfx, "--Kestrel:Certificates:Default:Password=pfx-password");

        await AssertServesPingAndInfoAsync(server);
    }

    [Test]
    public async Task PemCertificateAndKey_ServesPingAndInfoOverHttps()
    {
        using var certificate = SelfSignedCertificate.Create();
        var (pem, key) = (Workspace.Combine("server.crt"), Workspace.Combine("server.key"));
        SelfSignedCertificate.WritePem(certificate, pem, key);

        await using var server = await ServerProcess.StartHttpsAsync(
            Root, certificate, "--Kestrel:Certificates:Default:Path=" + pem, "--Kestrel:Certificates:Default:KeyPath=" + key);

        await AssertServesPingAndInfoAsync(server);
    }

    private async Task AssertServesPingAndInfoAsync(ServerProcess server)
    {
        var token = ApiConfigFile.Read(TokenFile).Token!;
        using var ping = await server.Client.GetAsync(new Uri("/server/ping", UriKind.Relative));
        using var info = await server.Client.GetAsync(new Uri("/server/info?super_admin_token=" + Uri.EscapeDataString(token), UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(server.BaseAddress.Scheme, Is.EqualTo("https"));
            Assert.That((ping.StatusCode, await ping.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.OK, "pong")));
            Assert.That(info.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await info.Content.ReadAsStringAsync(), Does.StartWith("{\"data\":{\"directus\":\"8.8.1\""));
        });
    }
}
