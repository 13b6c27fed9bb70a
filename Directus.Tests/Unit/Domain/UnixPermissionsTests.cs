using Directus.Domain.Server;

namespace Directus.Tests.Unit.Domain;

public sealed class UnixPermissionsTests
{
    [TestCase(0b111_101_101, "0755")] // drwxr-xr-x
    [TestCase(0b111_000_000, "0700")]
    [TestCase(0b010_111_111_101, "2775")] // setgid
    [TestCase(0b100_111_101_101, "4755")] // setuid
    [TestCase(0b001_111_111_111, "1777")] // sticky
    [TestCase(0, "0000")]
    public void Format_WithMode_GivesFourOctalDigits(int mode, string expected)
    {
        Assert.That(UnixPermissions.Format(mode), Is.EqualTo(expected));
    }

    [Test]
    public void Format_WithFileTypeBits_KeepsOnlyTheLastFourDigits()
    {
        const int directoryTypeBits = 0x4000; // S_IFDIR, as PHP's fileperms() includes it
        Assert.That(UnixPermissions.Format(directoryTypeBits | 0b111_101_101), Is.EqualTo("0755"));
    }

    [Test]
    public void Format_WhenMissing_GivesZero()
    {
        Assert.That(UnixPermissions.Format(null), Is.EqualTo("0"));
    }
}
