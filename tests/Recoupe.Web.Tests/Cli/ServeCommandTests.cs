using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Recoupe.Web.Tests.Cli;

/// <summary>`recoupe serve` as a user runs it: the real program in its own process.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recoupe-serve-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Recoupe.Cli.dll"));
        psi.ArgumentList.Add("serve");
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add("--store");
        psi.ArgumentList.Add(Path.Combine(_dir, "store.db"));
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment.Remove("RECOUPE_TOKEN");
        return Process.Start(psi)!;
    }

    [GeneratedRegex(@"serving .* on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Serving();

    [Fact]
    public async Task Refuses_to_listen_beyond_loopback_without_a_token()
    {
        using var p = Start("--urls", "http://0.0.0.0:0");
        var stderr = await p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await p.WaitForExitAsync(timeout.Token);
        Assert.Equal(1, p.ExitCode);
        Assert.Contains("without a write token", stderr);
    }

    [Fact]
    public async Task Serves_pages_on_loopback_and_says_where()
    {
        using var p = Start("--urls", "http://127.0.0.1:0");
        try
        {
            string? url = null;
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (url is null && DateTime.UtcNow < deadline && await p.StandardError.ReadLineAsync() is { } line)
                if (Serving().Match(line) is { Success: true } m) url = m.Groups[1].Value;
            Assert.NotNull(url);
            using var client = new HttpClient();
            var response = await client.GetAsync(url + "/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Stories", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit(TimeSpan.FromSeconds(10));
        }
    }
}
