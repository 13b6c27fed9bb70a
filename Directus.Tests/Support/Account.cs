namespace Directus.Tests.Support;

/// <summary>Which user the server process runs as.</summary>
public enum Account
{
    /// <summary>The user running the tests.</summary>
    Current,

    /// <summary>
    /// An ordinary user, for faults that file modes cause: root ignores chmod 000, so when the tests run as root the
    /// server is started as <c>nobody</c> (with setpriv); otherwise the current user already is one.
    /// </summary>
    Unprivileged,
}
