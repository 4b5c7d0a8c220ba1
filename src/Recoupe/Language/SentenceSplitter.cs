using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Language;

/// <summary>PLACEHOLDER (to be replaced by the language stage): splits after . ! ? followed by a space or a line end.</summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    public ImmutableArray<Sentence> Split(string text, string language)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            bool end = text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!end) continue;
            Add(start, text[i] == '\n' ? i : i + 1);
            start = i + 1;
        }
        Add(start, text.Length);
        return result.ToImmutable();

        void Add(int s, int e)
        {
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) result.Add(new Sentence(new TextSpan(s, e)));
        }
    }
}
