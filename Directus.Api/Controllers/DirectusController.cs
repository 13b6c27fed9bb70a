using Directus.Api.Http;
using Microsoft.AspNetCore.Mvc;

namespace Directus.Api.Controllers;

/// <summary>
/// The base of every Server module controller. What it carries applies to the module's endpoints only, whatever the
/// host does app-wide: the Directus JSON writer and error envelope (<see cref="DirectusAnswersAttribute"/>) and the <see cref="DirectusServerEndpointAttribute"/> mark that <c>MapDirectusServer</c>'s conventions select by.
/// </summary>
[NonController] // MVC's discovery skips it and its subclasses; DirectusControllers adds them when the module is registered
[DirectusServerEndpoint]
[DirectusAnswers]
[ApiExplorerSettings(IgnoreApi = false)] // documented without [ApiController], whose conventions would change the answers
public abstract class DirectusController : ControllerBase;
