using System.Data;
using Recoupe.Model;

namespace Recoupe.Storage;

/// <summary>
/// The article columns every store selects, in this order, and how a row of them becomes an
/// <see cref="AnalyzedArticle"/>: one mapping for SQLite and PostgreSQL alike.
/// </summary>
internal static class StoredArticle
{
    public const string Columns =
        "id, input, url, canonical_url, title, published, author, outlet, language, text, paragraphs, removed, annotations, copy_of, input_hash, " +
        "inferred_date, date_source";

    /// <summary>The article columns, then its current story, the story it was given on arrival and the stories that assignment merged.</summary>
    public const string AssignmentColumns = Columns + ", story_id, assigned_story, merged_stories";

    public static StoredAssignment ReadAssignment(IDataRecord r)
    {
        var article = Read(r);
        bool recorded = !r.IsDBNull(18);
        return new StoredAssignment(article, recorded ? r.GetInt64(18) : r.GetInt64(17),
            StoredJson.Merges(r.IsDBNull(19) ? null : r.GetString(19)), recorded) { CurrentStoryId = r.GetInt64(17) };
    }

    /// <summary>The columns of an article's metadata, for <see cref="ReadMetadata"/>: no text, no annotations.</summary>
    public const string MetadataColumns = "id, input, url, canonical_url, title, published, author, outlet, language, copy_of, input_hash, inferred_date, date_source";

    /// <summary>An article's metadata (<see cref="MetadataColumns"/>) with an empty text and no annotations.</summary>
    public static AnalyzedArticle ReadMetadata(IDataRecord r) =>
        new(Fields(r, text: "", copyOfColumn: 9, hashColumn: 10, inferredColumn: 11), ArticleAnnotations.Empty);

    public static AnalyzedArticle Read(IDataRecord r)
    {
        var article = Fields(r, r.GetString(9), copyOfColumn: 13, hashColumn: 14, inferredColumn: 15) with
        {
            Paragraphs = StoredJson.Array<TextSpan>(r.GetString(10)),
            Removed = StoredJson.Array<Removal>(r.GetString(11)),
        };
        return new AnalyzedArticle(article, StoredJson.Read<ArticleAnnotations>(r.GetString(12)));
    }

    /// <summary>
    /// The columns both reads share (id to language first, in that order), the text, and those whose place differs (the
    /// inferred date, then its source, at <paramref name="inferredColumn"/>).
    /// </summary>
    private static Article Fields(IDataRecord r, string text, int copyOfColumn, int hashColumn, int inferredColumn)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new Article
        {
            Id = r.GetInt64(0),
            Input = r.GetString(1),
            Url = S(2),
            CanonicalUrl = S(3),
            Title = S(4),
            Published = DateStamp.TryParseIso(S(5)),
            Author = S(6),
            Outlet = S(7),
            Language = r.GetString(8),
            Text = text,
            CopyOf = r.IsDBNull(copyOfColumn) ? null : r.GetInt64(copyOfColumn),
            ContentHash = r.GetString(hashColumn),
            InferredDate = DateStamp.TryParseIso(S(inferredColumn)),
            InferredFrom = DateSourceNames.Parse(S(inferredColumn + 1)),
        };
    }
}
