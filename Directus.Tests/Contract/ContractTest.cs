using Directus.Tests.Support;

namespace Directus.Tests.Contract;

/// <summary>
/// A pure HTTP check of the wire contract, able to run against any server (see <see cref="ContractTarget"/>):
/// it never reads or changes the server's files and asks nothing of its machine.
/// </summary>
public abstract class ContractTest
{
    private ContractTarget _target = null!;

    protected HttpClient Client => _target.Client;

    protected string Token => _target.Token;

    protected bool IsExternal => _target.IsExternal;

    [SetUp]
    public void ConnectToTarget() => _target = ContractTarget.Create();

    [TearDown]
    public void DisconnectFromTarget() => _target.Dispose();

    protected static Uri Relative(string pathAndQuery) => new(pathAndQuery, UriKind.Relative);

    protected static string Escape(string value) => Uri.EscapeDataString(value);
}
