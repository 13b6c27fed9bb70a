using Directus.Application.Server.Queries.Ping;

namespace Directus.Tests.Unit.Application;

public sealed class PingQueryHandlerTests
{
    [Test]
    public async Task Handle_AnswersPong()
    {
        var answer = await new PingQueryHandler().Handle(PingQuery.Instance, CancellationToken.None);

        Assert.That(answer, Is.EqualTo("pong"));
    }
}
