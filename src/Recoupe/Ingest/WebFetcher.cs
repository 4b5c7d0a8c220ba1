using System.Net;
using System.Net.Sockets;

namespace Recoupe.Ingest;

/// <summary>
/// Fetches pages and feeds over HTTP(S) for `ingest URL` and `watch`: size- and time-bounded, with the
/// <see cref="AddressPolicy"/> enforced at connect time on every address a name resolves to.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    public const long MaxBytes = 20L * 1024 * 1024;
    private readonly HttpClient _http;

    public WebFetcher(AddressPolicy? policy = null, TimeSpan? timeout = null)
    {
        var p = policy ?? AddressPolicy.PublicOnly;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            UseProxy = false,
            ConnectCallback = async (context, cancel) =>
            {
                var addresses = IPAddress.TryParse(context.DnsEndPoint.Host, out var literal)
                    ? [literal]
                    : await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancel).ConfigureAwait(false);
                var allowed = addresses.Where(p.Allows).ToList();
                if (allowed.Count == 0)
                    throw new HttpRequestException($"refused to fetch from a private or reserved address ({context.DnsEndPoint.Host}); use --allow-private to permit it");
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed.ToArray(), context.DnsEndPoint.Port, cancel).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler) { Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Recoupe/1.0 (news monitor)");
    }

    public static bool IsUrl(string s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body of <paramref name="url"/>, or a reason it could not be had.</summary>
    public async Task<(byte[]? Bytes, string? Error)> FetchAsync(string url, CancellationToken cancel = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return (null, "not an http(s) URL");
        try
        {
            using var response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) return (null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength > MaxBytes) return (null, $"too large ({response.Content.Headers.ContentLength} bytes)");
            await using var stream = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + n > MaxBytes) return (null, $"too large (over {MaxBytes} bytes)");
                buffer.Write(chunk, 0, n);
            }
            return (buffer.ToArray(), null);
        }
        catch (HttpRequestException e)
        {
            return (null, e.InnerException is HttpRequestException inner ? inner.Message : e.Message);
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            return (null, "timed out");
        }
    }

    public IEnumerable<InputItem> Read(string url)
    {
        var (bytes, error) = FetchAsync(url).GetAwaiter().GetResult();
        return error is not null ? [new InputFailure(url, error)] : InputCollector.FromBytes(url, bytes!, new Model.DocumentHints(Url: url));
    }

    public void Dispose() => _http.Dispose();
}
