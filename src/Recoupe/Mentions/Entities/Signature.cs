using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// A journalist's signature: initials closing the article ("… par la ruse féminine. A. Q.", "E. Bi.") or a short
/// capitalised code after a slash or alone at the very end ("… encore longtemps. / CMA", "… le moment venu ». GPB").
/// It names a person. A signature stands on its own after a finished sentence: "préfentés à S. M. I." (Sa Majesté)
/// follows a preposition and is none; news agencies ("(AFP)", "/ ATS") are organisations and stay so.
/// </summary>
internal static class Signature
{
    private const int MaxInitials = 3;

    /// <summary>Word ranges of the signatures in the text.</summary>
    public static List<(int First, int Last)> Find(string text, Word[] words)
    {
        var found = new List<(int, int)>();
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (!w.IsCapitalized) continue;
            char before = CharBefore(text, w.Start);
            // "/ CMA", "/ PHO": a slash before a short code.
            if (before == '/' && IsCode(w) && !IsAgencyOrPlace(text, w)) { found.Add((i, i)); continue; }
            if (before is not ('.' or '!' or '?' or '»' or '"' or '”')) continue;
            if (i > 0 && IsInitial(text, words[i - 1])) continue; // inside "S. M. I.", not after a sentence
            // "A. Q.", "E. Bi.": initials, each followed by its period, and nothing after but the end of the text.
            int last = i;
            while (last < words.Length && last - i < MaxInitials && IsInitial(text, words[last])) last++;
            if (last > i && AtEnd(text, words[last - 1].End + 1)) { found.Add((i, last - 1)); i = last - 1; continue; }
            // "… le moment venu ». GPB": a code alone as the last word.
            if (IsCode(w) && AtEnd(text, w.End) && !IsAgencyOrPlace(text, w)) found.Add((i, i));
        }
        return found;
    }

    // "Q.", "Bi.": a capital, at most one more letter, then a period.
    private static bool IsInitial(string text, Word w) =>
        w.Length <= 2 && char.IsUpper(text[w.Start]) && w.End < text.Length && text[w.End] == '.';

    private static bool IsCode(Word w) => w.Shape == WordShape.AllCaps && w.Length is >= 2 and <= 4;

    private static bool IsAgencyOrPlace(string text, Word w)
    {
        var name = text[w.Start..w.End];
        return OrganizationCues.IsNewsAgency(name) || Places.Lookup(name) is not null || Places.LookupCode(name) is not null;
    }

    private static char CharBefore(string text, int start)
    {
        int k = start - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k])) k--;
        return k >= 0 ? text[k] : '.';
    }

    // Only spaces, or a closing "(A suivre.)"-like bracket, before the end of the text or of the line.
    private static bool AtEnd(string text, int from)
    {
        for (int k = from; k < text.Length; k++)
        {
            if (text[k] == '\n' || text[k] == '(') return true;
            if (!char.IsWhiteSpace(text[k])) return false;
        }
        return true;
    }
}
