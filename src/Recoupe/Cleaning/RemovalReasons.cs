namespace Recoupe.Cleaning;

/// <summary>The reasons written into <see cref="Model.Removal"/>: one vocabulary for plain text and HTML.</summary>
public static class RemovalReasons
{
    public const string Advertisement = "advertisement label";
    public const string Promo = "promo";
    public const string CookieNotice = "cookie notice";
    public const string CommentForm = "comment form";
    public const string ShareWidget = "share widget";
    public const string Navigation = "navigation";
    public const string Recommended = "recommended";
    public const string PhotoCaption = "photo caption";
    public const string OtherStoryHeadline = "other story headline";
    public const string RepeatedTitle = "repeated title";
    public const string StrayToken = "stray token";
    public const string TranslationDebris = "translation debris";
    public const string DateStamp = "date stamp";
    public const string Author = "author";
    public const string AuthorBio = "author bio";
    public const string CreditLine = "credit line";
    public const string Title = "title";
    public const string Boilerplate = "boilerplate";
    /// <summary>A side column (HTML aside) dropped before parsing.</summary>
    public const string Sidebar = "sidebar";
    /// <summary>A page footer without byline or date, dropped before parsing.</summary>
    public const string PageFooter = "page footer";
    /// <summary>A form control (HTML select) dropped before parsing.</summary>
    public const string FormControl = "form control";
    /// <summary>A block of the page outside the container chosen as the article.</summary>
    public const string OutsideArticle = "outside the article";
    /// <summary>An element whose class or id names it as furniture (share bar, promo, comments), never walked.</summary>
    public const string MarkedFurniture = "furniture (class or id)";
    /// <summary>An element hidden by its markup (hidden attribute, display:none).</summary>
    public const string Hidden = "hidden";
}
