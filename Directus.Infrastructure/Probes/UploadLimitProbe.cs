using Directus.Application.Server.Ports;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure.Probes;

/// <summary>Reads the limits the running server was configured with (Kestrel:Limits, FormOptions).</summary>
public sealed class UploadLimitProbe(IOptions<KestrelServerOptions> kestrel, IOptions<FormOptions> forms) : IUploadLimitProbe
{
    /// <inheritdoc />
    public (long? RequestBody, long? MultipartBody) GetLimits() =>
        (kestrel.Value.Limits.MaxRequestBodySize, forms.Value.MultipartBodyLengthLimit);
}
