using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Recoupe.Cleaning.Html;

/// <summary>What an element's class and id say about it: site furniture, or the article's own container.</summary>
public enum ClassIdVerdict { Neutral, Furniture, WeakFurniture, Content, Comments }

/// <summary>
/// Reads class and id names the way a person reading the markup would: names are split into segments
/// ("article-comments_list" → article, comments, list) and each segment is compared with words that sites use
/// for furniture (comments, share, related, sidebar…) or for the article body (article, content, entry, story…).
/// Matching whole segments, not substrings, keeps "canvas" from reading as "nav" and "header-image" from "ad".
/// </summary>
public static partial class ClassIdCues
{
    // Decisive: no page puts its article text in an element named like this, whatever else the name says.
    [GeneratedRegex(@"^(?:comments?|commentaires?|kommentare?|comentarios?|commenti|commentlist|disqus|respond|replies|share|sharing|shares|sharebar|shariff|social|socials|sociallinks|socialmedia|related|relatedposts|recommended|recommendations?|recirculation|sidebar|widgets?|footer|nav|navbar|navigation|menu|menus|submenu|breadcrumbs?|breadcrumb|crumbs|cookies?|cookiebar|consent|gdpr|newsletter|subscribe|subscription|paywall|advert|advertisement|adverts|ads|ad|adsense|adslot|adunit|adcontainer|banner|promo|promotion|sponsor|sponsored|popup|modal|overlay|signup|login|pagination|pager|tagcloud|taglist|outbrain|taboola|plista|ligatus|mostread|toolbar|masthead|topbar|sitemap|copyright|newsticker|ticker|carousel|lightbox|poll|donate|donation|affiliate|avatar|flyout|offcanvas|hamburger|searchform|userbar|noprint|sr|sronly|screenreader|caption|captions|credit|credits|copyright|imagecaption|photocredit|wpcaption)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DecisiveSegment();

    // Furniture unless the same name also says "content"/"article": "post-tags" is furniture, "tags-content" is unclear.
    [GeneratedRegex(@"^(?:aside|side|foot|tags|keywords|teasers?|teaser|popular|trending|skip|jump|rating|ratings|bottombar|impressum|legal|linklist|links|more|moreinfo|next|prev|previous|slider|gallery|video|player|survey|shop|store|cart|partner|partners|profile|dropdown|search|account|alert|notice|visually|widget)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureSegment();

    [GeneratedRegex(@"^(?:meta|metadata|postmeta|entrymeta|byline|author|authors|bio|date|time|timestamp|published|dateline|figcaption|header|head|heading|subtitle|kicker|lead|info|details|category|categories|label|source|infobox|box|note|notes|footnote|toc|summary|intro)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeakFurnitureSegment();

    [GeneratedRegex(@"^(?:article|articlebody|articletext|articlecontent|content|contents|entry|entrycontent|post|postcontent|postbody|posttext|story|storybody|storycontent|body|bodytext|text|txt|main|maincontent|blog|blogpost|news|newsarticle|hentry|single|page|prose|richtext|rte|copy|field|document|chapter|section|paragraph|column|col|inner|wrapper|container|article_body)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContentSegment();

    [GeneratedRegex(@"^(?:comments?|commentaires?|kommentare?|comentarios?|commenti|commentlist|disqus|respond|replies)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommentSegment();

    [GeneratedRegex(@"[\s\-_:.]+|(?<=[a-z])(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentSplit();

    public static ClassIdVerdict Judge(IElement element)
    {
        if (element.Attributes.Length == 0) return ClassIdVerdict.Neutral;
        var cls = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id)) return ClassIdVerdict.Neutral;
        return Judge(cls, id);
    }

    /// <summary>
    /// Class names repeat across elements and pages, and splitting them is the costliest part of judging:
    /// verdicts are remembered (a bounded cache, so hostile pages with random names cannot grow it without end).
    /// </summary>
    // Keyed by the pair itself: a joined key string was an allocation per element of the walk.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string? Class, string? Id), ClassIdVerdict> Cache = new();
    private const int MaxCached = 100_000;
    private static int _cached;

    public static ClassIdVerdict Judge(string? cls, string? id)
    {
        var key = (cls, id);
        if (Cache.TryGetValue(key, out var known)) return known;
        var verdict = JudgeUncached(cls, id);
        // ConcurrentDictionary.Count takes every lock of the table: a counter of our own bounds it instead.
        if (Volatile.Read(ref _cached) < MaxCached && Cache.TryAdd(key, verdict)) Interlocked.Increment(ref _cached);
        return verdict;
    }

    private static ClassIdVerdict JudgeUncached(string? cls, string? id)
    {
        bool decisive = false, furniture = false, weak = false, content = false;
        foreach (var name in new[] { cls, id })
        {
            if (string.IsNullOrEmpty(name) || name.Length > 300) continue;
            foreach (var segment in SegmentSplit().Split(name))
            {
                if (segment.Length == 0) continue;
                if (CommentSegment().IsMatch(segment)) return ClassIdVerdict.Comments;
                if (DecisiveSegment().IsMatch(segment)) decisive = true;
                else if (FurnitureSegment().IsMatch(segment)) furniture = true;
                else if (WeakFurnitureSegment().IsMatch(segment)) weak = true;
                else if (ContentSegment().IsMatch(segment)) content = true;
            }
        }
        if (decisive || (furniture && !content)) return ClassIdVerdict.Furniture;
        if (furniture) return ClassIdVerdict.WeakFurniture;
        if (content) return ClassIdVerdict.Content;
        return weak ? ClassIdVerdict.WeakFurniture : ClassIdVerdict.Neutral;
    }
}
