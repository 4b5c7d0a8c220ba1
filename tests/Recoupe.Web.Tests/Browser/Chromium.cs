using Microsoft.Playwright;

namespace Recoupe.Web.Tests.Browser;

/// <summary>
/// Drives Debian's chromium through Playwright (its own browser download is neither possible nor wanted).
/// A missing chromium FAILS the browser tests with a clear message: CI installs it, so a skip would hide a broken setup.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            Assert.Fail($"Browser tests need chromium at {ExecutablePath}: install it with `apt-get install -y chromium` (Debian).");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
            Timeout = 60_000,
        });
        return (playwright, browser);
    }
}
