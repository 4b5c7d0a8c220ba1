using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Recoupe.Faults;

/// <summary>What posting a corpus to `recoupe serve` gave: how many answers of each status, and every fault.</summary>
public sealed record ApiOutcome(IReadOnlyDictionary<int, int> Statuses, IReadOnlyList<string> Faults, long PeakBytes, TimeSpan Elapsed)
{
    public int ServerErrors => Statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
}

/// <summary>
/// The API side of the fault suite: the real `recoupe serve` in its own process, every postable file of a corpus posted
/// to POST /api/articles with the content type its extension implies (a 202 is polled to its end). Any 5xx, a body that
/// is not JSON, or a batch that never ends is a fault; 4xx with a reason is the right answer to bad data.
/// </summary>
public static class ApiRun
{
    public static ApiOutcome PostAll(HostileCorpus.Manifest corpus, StoreTarget store, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var a in new[] { RecoupeProcess.CliDll, "serve", "--urls", "http://127.0.0.1:0", "--store", store.Argument }) psi.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var server = Process.Start(psi)!;
        var statuses = new SortedDictionary<int, int>();
        var faults = new List<string>();
        long peak = 0;
        try
        {
            var address = AddressOf(server, TimeSpan.FromMinutes(2));
            using var client = new HttpClient { BaseAddress = new Uri(address + "/"), Timeout = timeout ?? TimeSpan.FromMinutes(5) };
            foreach (var path in corpus.Postable)
            {
                var type = ContentType(path);
                if (type is null) continue;
                var query = "?input=" + Uri.EscapeDataString(Path.GetRelativePath(corpus.Root, path));
                using var content = new ByteArrayContent(File.ReadAllBytes(path));
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
                using var response = client.PostAsync("api/articles" + query, content).GetAwaiter().GetResult();
                var (status, body) = Finish(client, response);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status >= 500) faults.Add($"HTTP {status} for {path}: {Cut(body)}");
                else if (!IsJson(body)) faults.Add($"HTTP {status} for {path} without a JSON body: {Cut(body)}");
                peak = Math.Max(peak, RecoupeProcess.PeakResident(server.Id));
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutException)
        {
            faults.Add($"the server stopped answering: {e.Message}");
        }
        finally
        {
            peak = Math.Max(peak, RecoupeProcess.PeakResident(server.Id));
            try { server.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            server.WaitForExit();
        }
        return new ApiOutcome(statuses, faults, peak, clock.Elapsed);
    }

    /// <summary>The final status of a post: a 202 is polled until its batch is done.</summary>
    private static (int Status, string Body) Finish(HttpClient client, HttpResponseMessage response)
    {
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (response.StatusCode != HttpStatusCode.Accepted) return ((int)response.StatusCode, body);
        var location = JsonDocument.Parse(body).RootElement.GetProperty("location").GetString()!.TrimStart('/');
        for (int i = 0; i < 6000; i++)
        {
            Thread.Sleep(100);
            using var poll = client.GetAsync(location).GetAwaiter().GetResult();
            var text = poll.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!poll.IsSuccessStatusCode || JsonDocument.Parse(text).RootElement.GetProperty("status").GetString() is "done" or "failed")
                return ((int)poll.StatusCode, text);
        }
        throw new TimeoutException($"job {location} never ended");
    }

    private static string? ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => "text/plain; charset=utf-8",
        ".html" or ".htm" => "text/html",
        ".jsonl" => "application/x-ndjson",
        ".rss" or ".xml" or ".atom" => "application/rss+xml",
        _ => null,
    };

    private static string AddressOf(Process server, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (DateTime.UtcNow < deadline)
        {
            var line = server.StandardError.ReadLine() ?? throw new TimeoutException("recoupe serve exited: " + server.StandardOutput.ReadToEnd());
            int at = line.IndexOf(" on http://", StringComparison.Ordinal);
            if (line.StartsWith("recoupe: serving", StringComparison.Ordinal) && at > 0)
            {
                // The rest of its output is not read: drain it so the server never blocks on a full pipe.
                _ = server.StandardError.ReadToEndAsync();
                _ = server.StandardOutput.ReadToEndAsync();
                return line[(at + 4)..].Trim();
            }
        }
        throw new TimeoutException("recoupe serve did not say where it listens");
    }

    private static bool IsJson(string body)
    {
        try { using var _ = JsonDocument.Parse(body); return true; }
        catch (JsonException) { return false; }
    }

    private static string Cut(string s) => s.Length <= 300 ? s : s[..300] + "…";
}
