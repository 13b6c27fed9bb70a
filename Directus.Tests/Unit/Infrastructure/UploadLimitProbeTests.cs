using Directus.Infrastructure.Probes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class UploadLimitProbeTests
{
    [Test]
    public void GetLimits_ReadsTheConfiguredKestrelAndFormLimits()
    {
        var kestrel = new KestrelServerOptions();
        kestrel.Limits.MaxRequestBodySize = 12_345;
        var forms = new FormOptions { MultipartBodyLengthLimit = 67_890 };

        var limits = new UploadLimitProbe(Options.Create(kestrel), Options.Create(forms)).GetLimits();

        Assert.That(limits, Is.EqualTo(((long?)12_345, (long?)67_890)));
    }

    [Test]
    public void GetLimits_WhenKestrelIsUnlimited_GivesNull()
    {
        var kestrel = new KestrelServerOptions();
        kestrel.Limits.MaxRequestBodySize = null;

        var limits = new UploadLimitProbe(Options.Create(kestrel), Options.Create(new FormOptions())).GetLimits();

        Assert.That(limits.RequestBody, Is.Null);
    }
}
