using System.Net;
using System.Text;
using Recoupe.Ingest;

namespace Recoupe.Tests.Ingest;

public class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.1")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Private_and_reserved_addresses_are_refused_by_default(string address)
    {
        Assert.False(AddressPolicy.PublicOnly.Allows(IPAddress.Parse(address)));
        Assert.True(new AddressPolicy(AllowPrivate: true).Allows(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("151.101.1.140")]
    [InlineData("2001:4860:4860::8888")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(AddressPolicy.PublicOnly.Allows(IPAddress.Parse(address)));
}

/// <summary>Fetching against a real HTTP server on 127.0.0.1 (the only network a test may use).</summary>
public sealed class WebFetcherTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _base;
    private const string Feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
        <item><title>Un</title><link>http://x.example/1</link><description>Premier article du flux.</description></item>
        </channel></rss>
        """;

    public WebFetcherTests()
    {
        for (int attempt = 0; ; attempt++)
        {
            var port = Random.Shared.Next(20000, 60000);
            _base = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add(_base);
            try { _listener.Start(); break; }
            catch (HttpListenerException) when (attempt < 10) { }
        }
        _ = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = await _listener.GetContextAsync(); } catch { return; }
                var body = Encoding.UTF8.GetBytes(Feed);
                ctx.Response.ContentType = "application/rss+xml";
                await ctx.Response.OutputStream.WriteAsync(body);
                ctx.Response.Close();
            }
        });
    }

    public void Dispose() => _listener.Close();

    [Fact]
    public async Task A_loopback_url_is_refused_by_default_with_a_reason()
    {
        using var web = new WebFetcher();
        var (bytes, error) = await web.FetchAsync(_base + "feed");
        Assert.Null(bytes);
        Assert.Contains("private", error);
    }

    [Fact]
    public void With_private_addresses_allowed_a_feed_url_gives_its_items()
    {
        using var web = new WebFetcher(new AddressPolicy(AllowPrivate: true));
        var item = Assert.Single(web.Read(_base + "feed"));
        var doc = Assert.IsType<InputDocument>(item).Document;
        Assert.Equal("Local", doc.Hints.Outlet);
        Assert.Equal("Premier article du flux.", Encoding.UTF8.GetString(doc.Bytes));
    }

    [Fact]
    public async Task Only_http_and_https_are_fetched()
    {
        using var web = new WebFetcher(new AddressPolicy(AllowPrivate: true));
        Assert.Equal("not an http(s) URL", (await web.FetchAsync("file:///etc/passwd")).Error);
    }
}
