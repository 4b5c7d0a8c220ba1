using System.Net;
using Recoupe.Model;

namespace Recoupe.Web.Hosting;

/// <summary>Reads the listen URLs and tells whether they all stay on this machine (loopback).</summary>
public static class ListenAddresses
{
    public static ParseResult<IReadOnlyList<Uri>> Parse(string urls)
    {
        var list = new List<Uri>();
        foreach (var part in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards ("http://*:80", "http://+:80") are not valid URI hosts: read them as "any address".
            var normalised = part.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0");
            if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                return ParseResult<IReadOnlyList<Uri>>.Fail($"not a listen URL: {part}");
            list.Add(uri);
        }
        return list.Count == 0 ? ParseResult<IReadOnlyList<Uri>>.Fail("no listen URL given") : ParseResult<IReadOnlyList<Uri>>.Ok(list);
    }

    /// <summary>True when the address accepts connections from this machine only.</summary>
    public static bool IsLoopback(Uri uri)
    {
        if (uri.IsLoopback) return true; // "localhost", 127.0.0.0/8, ::1
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    /// <summary>A loopback-only server accepts requests for loopback host names only: a DNS-rebinding page cannot read it.</summary>
    public static bool IsLoopbackHostName(string host)
    {
        host = host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
