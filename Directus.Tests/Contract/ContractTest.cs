using Directus.Tests.Support;

namespace Directus.Tests.Contract;

/// <summary>
/// A pure HTTP check of the wire contract, able to run against any server (see <see cref="ContractTarget"/>):
/// it never reads or changes the server's files and asks nothing of its machine.
/// </summary>
public abstract class ContractTest
{
    private ContractTarget? _target;

    protected HttpClient Client => Target.Client;

    protected string Token => Target.Token;

    protected bool IsExternal => Target.IsExternal;

    private ContractTarget Target => _target ?? throw new InvalidOperationException("No target: SetUp did not run");

    [SetUp]
    public void ConnectToTarget()
    {
        if (ThrottleTripwire.HasTripped)
        {
            Assert.Ignore("Not run: the server throttled the suite. " + ThrottleTripwire.Advice);
        }

        _target = ContractTarget.Create();
    }

    [TearDown]
    public void DisconnectFromTarget()
    {
        _target?.Dispose();
        _target = null;
    }

    protected static Uri Relative(string pathAndQuery) => new(pathAndQuery, UriKind.Relative);

    protected static string Escape(string value) => Uri.EscapeDataString(value);
}
