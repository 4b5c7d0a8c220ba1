using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Recoupe.Web.Security;

/// <summary>
/// Who may write: with a token configured, only requests bearing it; without one (loopback only),
/// anyone on this machine — but never a web page from another origin (browsers send Origin on
/// cross-site POSTs, and a text/plain POST needs no preflight).
/// </summary>
public sealed class WriteGuard(string? token)
{
    private readonly byte[]? _token = string.IsNullOrEmpty(token) ? null : Encoding.UTF8.GetBytes(token);

    public bool RequiresToken => _token is not null;

    /// <summary>Null when the request may write, else the result to send back.</summary>
    public IResult? Check(HttpRequest request)
    {
        if (request.Headers.Origin is { Count: > 0 } origin && !SameOrigin(origin.ToString(), request))
            return Results.Json(new { error = "cross-origin writes are refused" }, statusCode: StatusCodes.Status403Forbidden);
        if (_token is null) return null;
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), _token))
            return null;
        request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Json(new { error = "a bearer token is required (Authorization: Bearer TOKEN)" }, statusCode: StatusCodes.Status401Unauthorized);
    }

    private static bool SameOrigin(string origin, HttpRequest request) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
}
