using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Language;

public interface ISentenceSplitter
{
    ImmutableArray<Sentence> Split(string text, string language);
}
