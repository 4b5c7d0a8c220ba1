using Recoupe.Cli;

namespace Recoupe.Tests.Cli;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("ctl\u001b[31mred.txt", "ctl\\u001B[31mred.txt")]
    [InlineData("a\rb", "a\\u000Db")]
    [InlineData("evil\u202Etxt.exe", "evil\\u202Etxt.exe")]
    [InlineData("c1\u009bx", "c1\\u009Bx")]
    public void Control_and_bidi_characters_are_shown_escaped(string raw, string shown) =>
        Assert.Equal(shown, TerminalText.Safe(raw));

    [Fact]
    public void Ordinary_text_lines_and_tabs_are_left_alone()
    {
        const string text = "Les États-Unis\tet la Corée\n« paierait le prix » 中文";
        Assert.Same(text, TerminalText.Safe(text));
    }
}
