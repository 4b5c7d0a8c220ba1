using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Recoupe.Storage;
using Recoupe.Web.Hosting;

namespace Recoupe.Web.Tests.Support;

/// <summary>The real server (Kestrel on a free loopback port) over a temporary SQLite store, stopped and deleted with the test.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly string _dir;
    private readonly WebApplication _app;

    private RunningServer(string dir, WebApplication app, Uri baseAddress)
    {
        _dir = dir;
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public string StorePath => Path.Combine(_dir, "recoupe.db");

    public static async Task<RunningServer> StartAsync(string? token = null, long? maxBodyBytes = null, Func<WebOptions, WebOptions>? configure = null)
    {
        var dir = Directory.CreateTempSubdirectory("recoupe-web-").FullName;
        var options = new WebOptions { Urls = "http://127.0.0.1:0", StorePath = Path.Combine(dir, "recoupe.db"), Token = token };
        if (maxBodyBytes is { } max) options = options with { MaxBodyBytes = max };
        if (configure is not null) options = configure(options);
        var app = RecoupeWebApp.Create(options).GetValueOrThrow();
        await app.StartAsync();
        var address = RecoupeWebApp.BoundAddresses(app).Single();
        Assert.DoesNotContain(":0", address.Replace("127.0.0.1", ""));
        return new RunningServer(dir, app, new Uri(address + "/"));
    }

    /// <summary>A store connection of the test's own, beside the server's (WAL mode allows it).</summary>
    public SqliteStore OpenStore() => new(StorePath);

    public Task<HttpResponseMessage> PostAsync(string body, string contentType, string? token = null, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/articles" + query)
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
