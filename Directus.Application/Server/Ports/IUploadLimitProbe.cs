namespace Directus.Application.Server.Ports;

public interface IUploadLimitProbe
{
    /// <summary>The request body limit and the multipart form limit as the running server has them; null where unlimited. Reads configuration in memory: must not block.</summary>
    (long? RequestBody, long? MultipartBody) GetLimits();
}
