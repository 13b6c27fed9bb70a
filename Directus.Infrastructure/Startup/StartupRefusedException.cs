namespace Directus.Infrastructure.Startup;

/// <summary>The server cannot start safely (a broken token file, a storage folder it cannot create); the message says why.</summary>
public sealed class StartupRefusedException(string message, Exception? innerException = null)
    : Exception(message, innerException);
