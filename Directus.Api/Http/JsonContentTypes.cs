namespace Directus.Api.Http;

public static class JsonContentTypes
{
    public const string Json = "application/json; charset=utf-8";
}
