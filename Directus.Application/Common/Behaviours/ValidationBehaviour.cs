using Directus.Application.Common.Errors;
using FluentValidation;
using MediatR;

namespace Directus.Application.Common.Behaviours;

/// <summary>Runs every FluentValidation validator of a request before its handler; the first failure becomes a 422 code 4.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    private readonly IValidator<TRequest>[] _validators = validators.ToArray();

    /// <inheritdoc />
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        foreach (var validator in _validators)
        {
            var result = validator.Validate(request);
            if (!result.IsValid)
            {
                var failure = result.Errors[0];
                throw new InvalidPayloadException($"{failure.PropertyName}: {failure.ErrorMessage}");
            }
        }

        return next();
    }
}
