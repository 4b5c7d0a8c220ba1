namespace Recoupe.Mentions.Time;

/// <summary>
/// The time a text's narrative has reached (HeidelTime's narrative reference): the last date with a year the text gave.
/// An expression that lacks a year or a week ("en mai", "le 5 mai", "mardi") is read against it instead of the
/// publication when the story is told in another year (or, for weekdays, more than a week away) and the tense does not
/// contradict it (a past-tense clause does not point to a date after the publication). The reference moves through the
/// text: it holds over the sentences that go on telling the story, and gives way when the text comes back to the time of
/// writing — a sentence that tells only the present ("Les organisateurs sont satisfaits."), or an expression counted
/// from the publication ("hier", "cette semaine", "il y a deux ans"). Otherwise the publication date anchors, as news
/// style wants. Without a publication date the narrative is the only anchor there is.
/// </summary>
internal sealed class NarrativeTime(TimeAnchor publication, ClauseReader clauses)
{
    /// <summary>
    /// How many sentences a reference may carry over: far enough for a told story's paragraph, near enough that a
    /// background date in an article's opening does not set the days of its end.
    /// </summary>
    public const int Carry = 6;

    private (TimeAnchor Anchor, int Sentence, int Reach)? _last;

    /// <summary>
    /// Records a resolved value in text order; only values with a year move the narrative. A date told in the
    /// pluperfect ("il avait été condamné le 5 mai 1999") is a flashback behind the story, not its line: it reaches the
    /// next sentence only.
    /// </summary>
    public void Saw(string value, int sentence, Recoupe.Model.TextSpan span)
    {
        if (!TimeResolver.IsPlaced(value) || TimeAnchor.FromValue(value) is not { } anchor) return;
        // only a date more than a week from the publication can anchor anything: read its clause for those alone
        bool flashback = (publication.Date is not { } published || Math.Abs((anchor.Date!.Value - published).TotalDays) > 7) && clauses.IsPluperfect(span);
        _last = (anchor, sentence, flashback ? 1 : Carry);
    }

    /// <summary>The text has named the time of writing ("hier", "cette semaine", "il y a deux ans"): the story told before is over.</summary>
    public void BackToNow()
    {
        if (publication.Date is not null) _last = null;
    }

    /// <param name="needsDay">Weekdays need a day to count from; months and days of a month need a year.</param>
    /// <param name="deictic">A bare weekday ("vendredi", "on Friday") names, in news, a day of the week of writing: only
    /// a date in the same or the previous sentence overrides that; "le vendredi" is the story's Friday.</param>
    public TimeAnchor? For(int sentence, Tense tense, bool needsDay, bool deictic = false)
    {
        if (_last is not { } last) return null;
        var anchor = last.Anchor;
        if (needsDay && !anchor.KnowsDay) return null;
        if (publication.Date is not { } published) return anchor;
        if (sentence < 0 || sentence < last.Sentence || sentence - last.Sentence > (deictic ? 1 : last.Reach)) return null;
        var at = anchor.Date!.Value;
        if (needsDay ? Math.Abs((at - published).TotalDays) <= 7 : at.Year == published.Year) return null;
        if (tense == Tense.Past && at > published || tense == Tense.Future && at < published) return null;
        // last, as it reads whole sentences: has the text come back to the present since the story's date?
        for (int k = last.Sentence + 1; k < sentence; k++)
            if (clauses.TellsOnlyThePresent(k)) return null;
        return anchor;
    }
}
