namespace Directus.Application.Server.Ports;

/// <summary>Reads the upload limits that <c>/server/info</c> turns into <c>max_upload_size</c>.</summary>
public interface IUploadLimitProbe
{
    /// <summary>The request body limit and the multipart form limit as the running server has them; null where unlimited. Reads configuration in memory: must not block.</summary>
    (long? RequestBody, long? MultipartBody) GetLimits();
}
