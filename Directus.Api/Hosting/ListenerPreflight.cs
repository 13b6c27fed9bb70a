using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Directus.Infrastructure.Startup;

namespace Directus.Api.Hosting;

/// <summary>
/// Checks, before anything is created, what Kestrel would otherwise find only while starting (after the root and a
/// new token exist, and with a crash report): URLs it cannot parse, https without a usable certificate, a port in use.
/// Throws <see cref="StartupRefusedException"/> naming the problem; a secret (a certificate's password) is never named.
/// </summary>
public static class ListenerPreflight
{
    private const string DefaultCertificateSection = "Kestrel:Certificates:Default";

    /// <summary>
    /// Checks every listener Kestrel would bind: the <c>Kestrel:Endpoints</c> entries, or else the <c>urls</c> setting;
    /// certificate paths are read relative to <paramref name="environment"/>'s content root.
    /// </summary>
    /// <param name="configuration">The host's configuration, holding the Kestrel settings.</param>
    /// <param name="environment">The host's environment.</param>
    public static void Check(IConfiguration configuration, IHostEnvironment environment)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().ToList();
        var listeners = endpoints.Count > 0
            ? endpoints.Select(endpoint => (Url: endpoint["Url"] ?? string.Empty, Certificate: endpoint.GetSection("Certificate")))
            : (configuration["urls"] ?? string.Empty)
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(url => (Url: url, Certificate: configuration.GetSection(DefaultCertificateSection)));

        foreach (var (url, certificate) in listeners)
        {
            var address = Parse(url);
            if (IsScheme(address, "https"))
            {
                CheckCertificate(url, certificate.Exists() ? certificate : configuration.GetSection(DefaultCertificateSection), environment.ContentRootPath);
            }

            CheckPortIsFree(url, address);
        }
    }

    private static BindingAddress Parse(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            throw new StartupRefusedException($"The listening URL \"{url}\" cannot be read: write it as http://127.0.0.1:8055 or https://host:port (scheme, host, port)");
        }

        return (IsScheme(address, "http") || IsScheme(address, "https")) && !address.IsNamedPipe && !address.IsUnixPipe
            ? address
            : throw new StartupRefusedException($"The listening URL \"{url}\" has the scheme \"{address.Scheme}\"; only http and https are served");
    }

    private static bool IsScheme(BindingAddress address, string scheme) =>
        string.Equals(address.Scheme, scheme, StringComparison.OrdinalIgnoreCase);

    private static void CheckCertificate(string url, IConfigurationSection certificate, string contentRoot)
    {
        var path = certificate["Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (certificate["Subject"] is not null)
            {
                return; // from a certificate store: Kestrel looks it up itself
            }

            throw new StartupRefusedException($"{url} needs a certificate: set {DefaultCertificateSection}:Path (a .pfx with :Password, or a PEM file with :KeyPath)");
        }

        var fullPath = Path.GetFullPath(path, contentRoot);
        var keyPath = certificate["KeyPath"] is { Length: > 0 } key ? Path.GetFullPath(key, contentRoot) : null;
        try
        {
            using var loaded = keyPath is null
                ? X509CertificateLoader.LoadPkcs12FromFile(fullPath, certificate["Password"])
                : LoadPem(fullPath, keyPath, certificate["Password"]);
            if (!loaded.HasPrivateKey)
            {
                throw new StartupRefusedException($"The certificate {fullPath} for {url} has no private key");
            }
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new StartupRefusedException($"The certificate {fullPath} for {url} cannot be used: {unreadable.Message}");
        }
    }

    private static X509Certificate2 LoadPem(string path, string keyPath, string? password) =>
        password is null ? X509Certificate2.CreateFromPemFile(path, keyPath) : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath);

    private static void CheckPortIsFree(string url, BindingAddress address)
    {
        if (address.Port == 0)
        {
            return;
        }

        foreach (var ip in AddressesKestrelBinds(address.Host))
        {
            using var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            if (ip.Equals(IPAddress.IPv6Any))
            {
                socket.DualMode = true;
            }

            try
            {
                socket.Bind(new IPEndPoint(ip, address.Port));
            }
            catch (SocketException taken) when (taken.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                // Kestrel's own words for the same failure.
                throw new StartupRefusedException($"Failed to bind to address {url.TrimEnd('/')}: address already in use.");
            }
            catch (SocketException)
            {
                // Not this check's to judge (no IPv6 here, an address not on this machine): Kestrel decides and says.
            }
        }
    }

    private static IEnumerable<IPAddress> AddressesKestrelBinds(string host) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var ip) ? [ip]
        : string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? [IPAddress.Loopback, IPAddress.IPv6Loopback]
        : [Socket.OSSupportsIPv6 ? IPAddress.IPv6Any : IPAddress.Any];
}
