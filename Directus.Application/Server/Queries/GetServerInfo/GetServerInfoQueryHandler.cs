using Directus.Application.Common.Errors;
using Directus.Application.Common.Probes;
using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using MediatR;

namespace Directus.Application.Server.Queries.GetServerInfo;

public sealed class GetServerInfoQueryHandler(
    ISuperAdminTokenVerifier tokenVerifier,
    StaticServerFactsCache staticFacts,
    IUploadLimitProbe uploadLimit,
    IDirectoryPermissionProbe permissions,
    ProbeRunner probes) : IRequestHandler<GetServerInfoQuery, ServerInfo>
{
    public async Task<ServerInfo> Handle(GetServerInfoQuery request, CancellationToken cancellationToken)
    {
        if (request.Tokens is not [var token] || !tokenVerifier.IsSuperAdminToken(token))
        {
            throw PermissionDeniedException.SuperAdminOnly();
        }

        var facts = staticFacts.GetAsync();
        var maxUpload = probes.RunAsync("upload limit", MeasureUploadLimit, UploadLimit.Unlimited);
        var publicMode = MeasurePermissions(StorageFolder.Public);
        var logsMode = MeasurePermissions(StorageFolder.Logs);
        var uploadsMode = MeasurePermissions(StorageFolder.Uploads);

        var known = await facts.ConfigureAwait(false);
        return new ServerInfo(
            CompatibilityVersion.Directus,
            new WebServerFacts(known.WebServerSoftware, UrlRewriting: null, known.OperatingSystemFamily, known.KernelVersion),
            new RuntimeFacts(known.RuntimeVersion, await maxUpload.ConfigureAwait(false), known.Capabilities),
            new StoragePermissions(
                await publicMode.ConfigureAwait(false),
                await logsMode.ConfigureAwait(false),
                await uploadsMode.ConfigureAwait(false)));
    }

    private long MeasureUploadLimit()
    {
        var (requestBody, multipartBody) = uploadLimit.GetLimits();
        return UploadLimit.Choose(requestBody, multipartBody);
    }

    private Task<string> MeasurePermissions(StorageFolder folder) =>
        probes.RunAsync(
            PermissionProbeNames[(int)folder],
            () => UnixPermissions.Format(permissions.GetMode(folder)),
            UnixPermissions.Unknown);

    private static readonly string[] PermissionProbeNames =
        Enum.GetValues<StorageFolder>().Select(folder => $"permissions of {folder}").ToArray();
}
