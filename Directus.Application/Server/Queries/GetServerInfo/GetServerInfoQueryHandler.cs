using Directus.Application.Common.Probes;
using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using MediatR;

namespace Directus.Application.Server.Queries.GetServerInfo;

/// <summary>What the server runs on, measured live; the super admin's token was checked before the handler runs.</summary>
public sealed class GetServerInfoQueryHandler(
    StaticServerFactsCache staticFacts,
    IUploadLimitProbe uploadLimit,
    IDirectoryPermissionProbe permissions,
    ProbeRunner probes) : IRequestHandler<GetServerInfoQuery, ServerInfo>
{
    /// <inheritdoc />
    public async Task<ServerInfo> Handle(GetServerInfoQuery request, CancellationToken cancellationToken)
    {
        // One pool hop for the per-request file system probes; the static facts are usually cached already.
        var facts = staticFacts.GetAsync();
        var storagePermissions = probes.RunAsync("storage permissions", MeasurePermissions, StoragePermissions.Unknown);
        var maxUpload = probes.Run("upload limit", MeasureUploadLimit, UploadLimit.Unlimited);

        var known = await facts.ConfigureAwait(false);
        return new ServerInfo(
            CompatibilityVersion.Directus,
            new WebServerFacts(known.WebServerSoftware, UrlRewriting: null, known.OperatingSystemFamily, known.KernelVersion),
            new RuntimeFacts(known.RuntimeVersion, maxUpload, known.Capabilities),
            await storagePermissions.ConfigureAwait(false));
    }

    private long MeasureUploadLimit()
    {
        var (requestBody, multipartBody) = uploadLimit.GetLimits();
        return UploadLimit.Choose(requestBody, multipartBody);
    }

    /// <summary>
    /// The three folders share the root and usually its file system, so they are probed in one pool hop under
    /// one time bound (a hang gives all three their fallback); a failure on one folder gives only that one "0".
    /// </summary>
    private StoragePermissions MeasurePermissions() => new(
        ModeOf(StorageFolder.Public),
        ModeOf(StorageFolder.Logs),
        ModeOf(StorageFolder.Uploads));

    private string ModeOf(StorageFolder folder) =>
        UnixPermissions.Format(probes.Run(PermissionProbeNames[(int)folder], () => permissions.GetMode(folder), null));

    private static readonly string[] PermissionProbeNames =
        Enum.GetValues<StorageFolder>().Select(folder => $"permissions of {folder}").ToArray();
}
