using Spectre.Console;

namespace Recoupe.Cli;

/// <summary>
/// Where things go: data to standard output (so it can be piped), everything for a person
/// (progress, rejections, summaries) to standard error. Progress bars only on a terminal. Everything written goes
/// through <see cref="TerminalText"/>: scraped names and text cannot drive the terminal.
/// </summary>
public static class Output
{
    public static readonly IAnsiConsole Err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static bool ErrIsTerminal => !Console.IsErrorRedirected;

    public static void Data(string text) => Console.Out.WriteLine(TerminalText.Safe(text));

    /// <summary>One clear line per rejected input: its name and the reason (control characters of either shown escaped).</summary>
    public static void Rejected(string input, string reason) => Console.Error.WriteLine(TerminalText.Safe($"rejected: {input}: {reason}".ReplaceLineEndings(" ")));

    public static void Note(string text) => Console.Error.WriteLine(TerminalText.Safe(text));
}
