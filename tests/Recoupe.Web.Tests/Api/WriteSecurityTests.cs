using System.Net;
using Recoupe.Web.Hosting;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Api;

public sealed class WriteSecurityTests
{
    private const string Article = "Le conseil municipal a voté lundi le budget de la ville pour l'année prochaine, en hausse de trois pour cent.";

    [Fact]
    public async Task With_a_token_writes_need_the_bearer_token()
    {
        await using var server = await RunningServer.StartAsync(token: "s3cret-token");

        var none = await server.PostAsync(Article, "text/plain");
        var wrong = await server.PostAsync(Article, "text/plain", token: "s3cret-tokeX");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);

        var right = await server.PostAsync(Article, "text/plain", token: "s3cret-token");
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);
        // Reads stay open.
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("api/stories")).StatusCode);
    }

    [Fact]
    public async Task Cross_origin_posts_are_refused_even_on_loopback()
    {
        await using var server = await RunningServer.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = new StringContent(Article) };
        request.Headers.Add("Origin", "http://evil.example");
        var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var same = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = new StringContent(Article) };
        same.Headers.Add("Origin", server.BaseAddress.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.Created, (await server.Client.SendAsync(same)).StatusCode);
    }

    [Fact]
    public async Task A_loopback_server_refuses_foreign_host_names()
    {
        await using var server = await RunningServer.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "api/stories");
        request.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://127.0.0.1:5080;http://+:5081")]
    public void Beyond_loopback_without_a_token_does_not_start(string urls)
    {
        var dir = Directory.CreateTempSubdirectory("recoupe-web-").FullName;
        try
        {
            var created = RecoupeWebApp.Create(new WebOptions { Urls = urls, StorePath = Path.Combine(dir, "r.db") });
            Assert.False(created.Success);
            Assert.Contains("token", created.Error);
            var withToken = RecoupeWebApp.Create(new WebOptions { Urls = urls, StorePath = Path.Combine(dir, "r.db"), Token = "t" });
            Assert.True(withToken.Success, withToken.Error);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.8.0.1:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://10.0.0.2:5080", false)]
    [InlineData("http://example.com:5080", false)]
    public void Loopback_addresses_are_recognised(string url, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(ListenAddresses.Parse(url).GetValueOrThrow()[0]));

    [Fact]
    public void Malformed_listen_urls_are_reported()
    {
        Assert.False(ListenAddresses.Parse("ftp://127.0.0.1:21").Success);
        Assert.False(ListenAddresses.Parse(" ; ").Success);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        await using var server = await RunningServer.StartAsync();
        foreach (var path in new[] { "", "api/stories", "api/stories/42" })
        {
            var response = await server.Client.GetAsync(path);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'none'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("script-src", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }
}
