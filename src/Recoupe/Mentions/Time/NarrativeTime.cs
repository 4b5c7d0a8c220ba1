namespace Recoupe.Mentions.Time;

/// <summary>
/// The time a text's narrative has reached (HeidelTime's narrative reference, kept near): the last date with a year
/// the text gave. An expression that lacks a year or a week ("en mai", "le 5 mai", "mardi") is read against it
/// instead of the publication when the story is told in another year (or, for weekdays, more than a week away), it
/// was given in the same or the previous sentence, and the tense does not contradict it (a past-tense clause does not
/// point to a date after the publication). Otherwise the publication date anchors, as news style wants.
/// Without a publication date the narrative is the only anchor there is.
/// </summary>
internal sealed class NarrativeTime(TimeAnchor publication)
{
    private (TimeAnchor Anchor, int Sentence)? _last;

    /// <summary>Records a resolved value in text order; only values with a year move the narrative.</summary>
    public void Saw(string value, int sentence)
    {
        if (!TimeResolver.IsPlaced(value) || TimeAnchor.FromValue(value) is not { } anchor) return;
        _last = (anchor, sentence);
    }

    /// <param name="needsDay">Weekdays need a day to count from; months and days of a month need a year.</param>
    public TimeAnchor? For(int sentence, Tense tense, bool needsDay)
    {
        if (_last is not { } last) return null;
        var anchor = last.Anchor;
        if (needsDay && !anchor.KnowsDay) return null;
        if (publication.Date is not { } published) return anchor;
        if (sentence < 0 || sentence - last.Sentence > 1) return null;
        var at = anchor.Date!.Value;
        if (needsDay ? Math.Abs((at - published).TotalDays) <= 7 : at.Year == published.Year) return null;
        if (tense == Tense.Past && at > published || tense == Tense.Future && at < published) return null;
        return anchor;
    }
}
