namespace Directus.Domain.Server;

/// <summary>Formats a Unix file mode the way Directus v8 did: <c>substr(sprintf('%o', fileperms($p)), -4)</c>.</summary>
public static class UnixPermissions
{
    /// <summary>What v8 reports for a path that does not exist or cannot be inspected.</summary>
    public const string Unknown = "0";

    private const int PermissionAndSpecialBits = 0b111_111_111_111; // 07777

    /// <param name="mode">The mode bits (setuid/setgid/sticky and rwx for owner, group, others), or null when unknown.</param>
    public static string Format(int? mode)
    {
        if (mode is not { } bits || bits < 0)
        {
            return Unknown;
        }

        return Convert.ToString(bits & PermissionAndSpecialBits, 8).PadLeft(4, '0');
    }
}
