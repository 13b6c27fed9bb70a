namespace Directus.Tests.Support;

/// <summary>
/// What a server started as the unprivileged account runs from, when the tests run as root. The clone may lie under a
/// folder only root can enter (any clone under /root, or under a <c>mktemp -d</c> folder), so the API's build output
/// is copied, once per test run, into a temp folder that every account can enter, beside a home folder that the
/// account owns. If the <c>dotnet</c> host is out of the account's reach too (an SDK under /root/.dotnet), the part
/// of it that runs an app is copied there as well. <see cref="TestRunCleanup"/> removes the folder when the run ends.
/// </summary>
public sealed class UnprivilegedServerFiles
{
    private const UnixFileMode OpenFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    // A failure to prepare is kept and thrown again to every test that needs these files, with the same message.
    private static readonly Lazy<UnprivilegedServerFiles> Prepared = new(Prepare);

    private UnprivilegedServerFiles(string folder, string dotnetHost)
    {
        Folder = folder;
        DotnetHost = dotnetHost;
    }

    public static UnprivilegedServerFiles Instance => Prepared.Value;

    public string Folder { get; }

    /// <summary>The <c>dotnet</c> host the account runs the server with.</summary>
    public string DotnetHost { get; }

    public string ApiOutput => ApiOutputIn(Folder);

    public string ApiAssembly => Path.Combine(ApiOutput, Path.GetFileName(RepositoryPaths.ApiAssembly));

    /// <summary>The account's HOME: a folder it owns, so that whatever the runtime keeps there can be written.</summary>
    public string Home => HomeIn(Folder);

    public static void RemoveIfPrepared()
    {
        if (Prepared.IsValueCreated)
        {
            Directory.Delete(Prepared.Value.Folder, recursive: true);
        }
    }

    private static string ApiOutputIn(string folder) => Path.Combine(folder, "api");

    private static string HomeIn(string folder) => Path.Combine(folder, "home");

    private static UnprivilegedServerFiles Prepare()
    {
        var folder = Directory.CreateTempSubdirectory("directus-server-for-nobody-").FullName;
        try
        {
            File.SetUnixFileMode(folder, OpenFolder);
            CopyOpenToAll(RepositoryPaths.ApiOutput, ApiOutputIn(folder));
            Directory.CreateDirectory(HomeIn(folder));
            UnprivilegedAccount.GiveAway(HomeIn(folder));
            var files = new UnprivilegedServerFiles(folder, ReachableHost(folder));
            RequireReadable(files.ApiAssembly, files.Home);
            return files;
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>The installed host if the account can run apps with it, else a copy in <paramref name="folder"/> of the host and the shared frameworks.</summary>
    private static string ReachableHost(string folder)
    {
        var installed = InstalledHost();
        if (CanRunApps(installed, HomeIn(folder), out _))
        {
            return installed;
        }

        var installation = Path.GetDirectoryName(installed)!;
        var copy = Path.Combine(folder, "dotnet");
        CopyOpenToAll(Path.Combine(installation, "host"), Path.Combine(copy, "host"));
        foreach (var framework in new[] { "Microsoft.NETCore.App", "Microsoft.AspNetCore.App" })
        {
            CopyOpenToAll(Path.Combine(installation, "shared", framework), Path.Combine(copy, "shared", framework));
        }

        var copiedHost = Path.Combine(copy, Path.GetFileName(installed));
        File.Copy(installed, copiedHost);
        File.SetUnixFileMode(copiedHost, OpenToAll(File.GetUnixFileMode(installed)));
        if (!CanRunApps(copiedHost, HomeIn(folder), out var problem))
        {
            throw new InvalidOperationException(
                $"{UnprivilegedAccount.Name} cannot run the server: the dotnet host {installed} is out of its reach "
                + $"({UnprivilegedAccount.BarrierOnTheWayTo(installed) ?? "although file modes allow it"}), and so is the copy {copiedHost} "
                + $"({UnprivilegedAccount.BarrierOnTheWayTo(copiedHost) ?? problem}). Install .NET where every account can reach it "
                + "(such as /usr/share/dotnet), set TMPDIR to a folder every account can enter, or run the tests as an ordinary user.");
        }

        return copiedHost;
    }

    /// <summary>The <c>dotnet</c> that PATH finds (as the servers started as the current user run it), with symbolic links resolved.</summary>
    private static string InstalledHost()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "dotnet"))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("No dotnet on PATH");
        return new FileInfo(found).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? found;
    }

    private static bool CanRunApps(string host, string home, out string problem)
    {
        var (exitCode, output) = UnprivilegedAccount.Run(home, host, "--list-runtimes");
        problem = $"{host} --list-runtimes exited with {exitCode}: {output.Trim()}";
        return exitCode == 0 && output.Contains("Microsoft.AspNetCore.App ", StringComparison.Ordinal);
    }

    private static void RequireReadable(string file, string home)
    {
        var (exitCode, output) = UnprivilegedAccount.Run(home, "test", "-r", file);
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"{UnprivilegedAccount.Name} cannot read the copy of the server {file} "
                + $"({UnprivilegedAccount.BarrierOnTheWayTo(file) ?? output.Trim()}). Set TMPDIR to a folder every account can enter, or run the tests as an ordinary user.");
        }
    }

    private static void CopyOpenToAll(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        File.SetUnixFileMode(destination, OpenFolder);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            var copy = Path.Combine(destination, Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetUnixFileMode(copy, OpenToAll(File.GetUnixFileMode(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            CopyOpenToAll(folder, Path.Combine(destination, Path.GetFileName(folder)));
        }
    }

    // Readable by every account; executable by every account if its owner may execute it.
    private static UnixFileMode OpenToAll(UnixFileMode mode) =>
        mode | UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead
        | (mode.HasFlag(UnixFileMode.UserExecute) ? UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : UnixFileMode.None);
}
