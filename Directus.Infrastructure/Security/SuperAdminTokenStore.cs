using System.Buffers.Text;
using System.Security.Cryptography;
using Directus.Application.Common.Security;
using Directus.Application.Server.Ports;
using Directus.Infrastructure.Startup;
using Directus.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure.Security;

/// <summary>
/// Holds the super admin token: from <c>DIRECTUS_SUPER_ADMIN_TOKEN</c>, else from <c>config/__api.json</c>,
/// else generated there on first start. A file-held token follows edits of the file while the server runs
/// (the file is looked at no more than once per <see cref="StorageOptions.TokenFileCheckInterval"/>, which
/// keeps a file system call off most requests); an invalid edit keeps the last good token.
/// </summary>
public sealed partial class SuperAdminTokenStore(
    StorageLayout layout,
    IConfiguration configuration,
    IOptions<StorageOptions> options,
    ILogger<SuperAdminTokenStore> logger,
    TokenFileMetrics metrics) : ISuperAdminTokenVerifier
{
    /// <summary>The environment variable that, when set and not empty, gives the token and wins over the file.</summary>
    public const string EnvironmentVariable = "DIRECTUS_SUPER_ADMIN_TOKEN";

    private const int GeneratedTokenBytes = 32;

    private readonly Lock _gate = new();
    private volatile Snapshot? _current;
    private readonly long _fileCheckIntervalMs = (long)options.Value.TokenFileCheckInterval.TotalMilliseconds;
    private long _nextFileCheckAt;
    private Rejection? _rejected;

    /// <inheritdoc />
    public bool IsSuperAdminToken(string candidate) => Current.Matches(candidate);

    /// <summary>The token's digest, after picking up any edit of the token file.</summary>
    public SecretDigest Current
    {
        get
        {
            var snapshot = _current ?? Initialize();
            if (snapshot.FileStamp is { } stamp && IsFileCheckDue() && FileStamp.Of(layout.ApiConfigFile) is var now && now != stamp)
            {
                snapshot = Reload(now);
            }

            return snapshot.Digest;
        }
    }

    // Racing threads may both look at the file once; that is harmless.
    private bool IsFileCheckDue()
    {
        var now = Environment.TickCount64;
        if (now < Volatile.Read(ref _nextFileCheckAt))
        {
            return false;
        }

        Volatile.Write(ref _nextFileCheckAt, now + _fileCheckIntervalMs);
        return true;
    }

    /// <summary>Where the token in use comes from, and, while an edit of the token file is refused, what is wrong with the file.</summary>
    public TokenState GetState()
    {
        _ = Current;
        lock (_gate)
        {
            return new TokenState(
                FromFile: _current!.FileStamp is not null,
                RejectedFileProblem: _rejected?.Problem,
                RejectedFileIsGone: _rejected?.FileIsGone ?? false);
        }
    }

    /// <summary>
    /// Finds or creates the token. Throws <see cref="StartupRefusedException"/> when the environment variable holds a
    /// blank or padded token, or the token file exists but cannot be used.
    /// </summary>
    public Snapshot Initialize()
    {
        lock (_gate)
        {
            return _current ??= Load();
        }
    }

    private Snapshot Load()
    {
        var fromEnvironment = configuration[EnvironmentVariable];
        // Set but empty counts as unset, as in v8; blank or padded is refused, never used as it is.
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            if (SecretText.ProblemWith(fromEnvironment) is { } problem)
            {
                throw new StartupRefusedException($"The environment variable {EnvironmentVariable} {problem}; set it to the token alone, or unset it");
            }

            LogUsingEnvironment(EnvironmentVariable);
            return new Snapshot(SecretDigest.Of(fromEnvironment), FileStamp: null);
        }

        var path = layout.ApiConfigFile;
        switch (CheckFile(path))
        {
            case (false, null):
                Generate(path);
                break;
            case (_, { } problem):
                throw new StartupRefusedException($"The super admin token file {path} {problem}; fix or remove it");
        }

        var stamp = FileStamp.Of(path);
        var read = ApiConfigFile.Read(path);
        if (read.Token is null)
        {
            throw new StartupRefusedException($"The super admin token file {path} {read.Problem}; fix or remove it");
        }

        LogUsingFile(path);
        return new Snapshot(SecretDigest.Of(read.Token), stamp);
    }

    /// <summary>
    /// Whether the file is there, told apart from "cannot look" (File.Exists says false for both, and generating a
    /// token over a file that is merely unreadable would be wrong).
    /// </summary>
    private static (bool Exists, string? Problem) CheckFile(string path)
    {
        try
        {
            return File.GetAttributes(path).HasFlag(FileAttributes.Directory)
                ? (true, "is a directory, not a file")
                : (true, null);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return (false, null);
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            return (false, $"cannot be reached ({exception.Message})");
        }
    }

    private void Generate(string path)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(GeneratedTokenBytes));
        try
        {
            ApiConfigFile.CreateNew(path, token);
            LogGenerated(path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StartupRefusedException($"Cannot write the super admin token file {path}: {exception.Message}", exception);
        }
    }

    private Snapshot Reload(FileStamp now)
    {
        lock (_gate)
        {
            var current = _current!;
            if (current.FileStamp == now || _rejected?.Stamp == now)
            {
                return current;
            }

            var (read, gone) = now.Exists ? (ApiConfigFile.Read(layout.ApiConfigFile), false) : WhatReplacedTheFile();
            if (read.Token is null)
            {
                _rejected = new Rejection(now, read.Problem!, gone);
                metrics.Refused();
                LogReloadRejected(layout.ApiConfigFile, read.Problem!);
                return current;
            }

            _rejected = null;
            metrics.Applied();
            LogReloaded(layout.ApiConfigFile);
            _current = new Snapshot(SecretDigest.Of(read.Token), now);
            return _current;
        }
    }

    /// <summary>The path is not a regular file any more: whether it is gone, or what took its place.</summary>
    private (ApiConfigFile.ReadResult Read, bool Gone) WhatReplacedTheFile()
    {
        var problem = CheckFile(layout.ApiConfigFile).Problem;
        return (new ApiConfigFile.ReadResult(null, problem ?? "was removed"), problem is null);
    }

    /// <param name="FromFile">False when the token comes from the environment variable.</param>
    /// <param name="RejectedFileProblem">Why the file on disk is not in use (the last good token is), or null.</param>
    /// <param name="RejectedFileIsGone">
    /// The refused file is simply not there: a restart would generate a new token in it, where any other
    /// refusal would stop a restart.
    /// </param>
    public sealed record TokenState(bool FromFile, string? RejectedFileProblem, bool RejectedFileIsGone);

    /// <summary>The token in use.</summary>
    /// <param name="Digest">The token's digest.</param>
    /// <param name="FileStamp">The token file as it was read; null for a token from the environment variable.</param>
    public sealed record Snapshot(SecretDigest Digest, FileStamp? FileStamp);

    /// <summary>The file as last refused (so it is not read again until it changes), why, and whether it is gone.</summary>
    private sealed record Rejection(FileStamp Stamp, string Problem, bool FileIsGone);

    /// <summary>What tells an edited file from the one last read, without reading it.</summary>
    public readonly record struct FileStamp(bool Exists, DateTime LastWriteUtc, long Length)
    {
        /// <summary>The stamp of the file at <paramref name="path"/> now; the default (not existing) when there is none.</summary>
        public static FileStamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(true, info.LastWriteTimeUtc, info.Length) : default;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Super admin token: from the environment variable {Variable}")]
    private partial void LogUsingEnvironment(string variable);

    [LoggerMessage(Level = LogLevel.Information, Message = "Super admin token: from {Path}")]
    private partial void LogUsingFile(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Generated a new super admin token in {Path}; read it there")]
    private partial void LogGenerated(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloaded the super admin token from {Path}")]
    private partial void LogReloaded(string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "The super admin token file {Path} {Problem}; keeping the last good token")]
    private partial void LogReloadRejected(string path, string problem);
}
