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
        "id, input, url, canonical_url, title, published, author, outlet, language, text, paragraphs, removed, annotations, copy_of, input_hash";

    public static AnalyzedArticle Read(IDataRecord r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var article = new Article
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
            Text = r.GetString(9),
            Paragraphs = StoredJson.Array<TextSpan>(r.GetString(10)),
            Removed = StoredJson.Array<Removal>(r.GetString(11)),
            CopyOf = r.IsDBNull(13) ? null : r.GetInt64(13),
            ContentHash = r.GetString(14),
        };
        return new AnalyzedArticle(article, StoredJson.Read<ArticleAnnotations>(r.GetString(12)));
    }
}
