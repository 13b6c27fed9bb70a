using Directus.Application.Common.Behaviours;
using Directus.Application.Common.Errors;
using FluentValidation;
using MediatR;

namespace Directus.Tests.Unit.Application;

public sealed class ValidationBehaviourTests
{
    public sealed record ThrowawayRequest(string Name) : IRequest<string>;

    private sealed class ThrowawayValidator : AbstractValidator<ThrowawayRequest>
    {
        public ThrowawayValidator() => RuleFor(request => request.Name).NotEmpty().WithMessage("must not be empty").OverridePropertyName("name");
    }

    [Test]
    public void Handle_WithInvalidRequest_ThrowsCode4AndNeverCallsTheHandler()
    {
        var behaviour = new ValidationBehaviour<ThrowawayRequest, string>([new ThrowawayValidator()]);
        var handlerCalled = false;

        var exception = Assert.ThrowsAsync<InvalidPayloadException>(() => behaviour.Handle(
            new ThrowawayRequest(""), CancellationToken.None, () => { handlerCalled = true; return Task.FromResult("handled"); }));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Code, Is.EqualTo(DirectusErrorCode.InvalidPayload));
            Assert.That(exception.Message, Is.EqualTo("name: must not be empty"));
            Assert.That(handlerCalled, Is.False);
        });
    }

    [Test]
    public async Task Handle_WithValidRequest_PassesToTheHandler()
    {
        var behaviour = new ValidationBehaviour<ThrowawayRequest, string>([new ThrowawayValidator()]);

        var answer = await behaviour.Handle(new ThrowawayRequest("x"), CancellationToken.None, () => Task.FromResult("handled"));

        Assert.That(answer, Is.EqualTo("handled"));
    }

    [Test]
    public async Task Handle_WithoutValidators_PassesToTheHandler()
    {
        var behaviour = new ValidationBehaviour<ThrowawayRequest, string>([]);

        var answer = await behaviour.Handle(new ThrowawayRequest(""), CancellationToken.None, () => Task.FromResult("handled"));

        Assert.That(answer, Is.EqualTo("handled"));
    }
}
