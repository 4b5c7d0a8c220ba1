namespace Recoupe.Cleaning.PlainText;

/// <summary>
/// One non-empty line of plain text while it is being judged: its text (with any stamp prefix or debris cut
/// off), and the reason it is removed once one is found.
/// </summary>
internal sealed class CleanLine(int index, string original)
{
    public int Index { get; } = index;
    public string Original { get; } = original;
    public string Text { get; set; } = original;
    public string? Reason { get; set; }
    public bool Kept => Reason is null;
    public int Words => LineShape.WordCount(Text);
}
