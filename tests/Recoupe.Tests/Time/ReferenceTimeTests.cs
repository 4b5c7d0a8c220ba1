using Recoupe.Model;
using static Recoupe.Tests.Time.TimeSpec;

namespace Recoupe.Tests.Time;

/// <summary>
/// Anchoring as general mechanisms (issue 14, session 6), one theory per mechanism, French and English side by side:
/// the reference time moves through the text (the last date with a year carries over several sentences while the text
/// keeps telling that past, and gives way when it comes back to the time of writing); the tense of the governing verb
/// (past, present, futur proche, conditional, "would", "going to") decides last or next; relative expressions ("le
/// lendemain", "two weeks later", "the following spring") count from the reference time, not from the publication.
/// Sentences invented for these tests. Published Tuesday 2023-09-12 (ISO week 37).
/// </summary>
public class ReferenceTimeTests
{
    private static void Check(string text, string language, string span, string value) =>
        AssertHas(text, language, Tuesday, span, value.Contains('T') && !value.StartsWith('P') ? TimexType.Time : TimexType.Date, value);

    /// <summary>The last date with a year stays the reference over sentences that go on telling its past.</summary>
    [Theory]
    [InlineData("fr", "Le 4 février 2019, un incendie a ravagé l'entrepôt. Les pompiers ont lutté toute la nuit. Plusieurs salariés ont été blessés. Le vendredi, la direction a annoncé un plan social.", "Le vendredi", "2019-02-08")]
    [InlineData("fr", "En 2017, la commune a lancé un vaste chantier. Les riverains ont protesté. La préfecture a suspendu les travaux. En octobre, le tribunal a tranché.", "octobre", "2017-10")]
    [InlineData("fr", "Le 8 mars 2020, la course a été annulée. Les coureurs étaient déjà arrivés. Beaucoup ont protesté auprès des organisateurs. Le 20 mars, la fédération a reporté toutes les épreuves.", "Le 20 mars", "2020-03-20")]
    [InlineData("en", "On March 2, 2018, the factory caught fire. Firefighters fought the blaze for hours. Dozens of workers were evacuated. In June, the owners rebuilt the roof.", "June", "2018-06")]
    [InlineData("en", "In 2016, the city launched a cleanup. Volunteers came from across the region. Local shops donated supplies. On May 14, the mayor thanked them.", "May 14", "2016-05-14")]
    public void The_reference_time_carries_through_the_story(string language, string text, string span, string value) => Check(text, language, span, value);

    /// <summary>From the story's time the story moves on; a pluperfect looks back from it.</summary>
    [Theory]
    [InlineData("fr", "Le 4 février 2019, l'entrepôt a brûlé. Le samedi, le gardien avait signalé une fuite.", "Le samedi", "2019-02-02")]
    [InlineData("fr", "Le 4 février 2019, l'entrepôt a brûlé. Le mercredi, les assureurs sont venus.", "Le mercredi", "2019-02-06")]
    [InlineData("en", "On February 4, 2019, the warehouse burned down. On Saturday, the guard had reported a leak.", "Saturday", "2019-02-02")]
    [InlineData("en", "On February 4, 2019, the warehouse burned down. On Friday, the insurers arrived.", "Friday", "2019-02-08")]
    public void Weekdays_move_on_from_the_story_unless_it_looks_back(string language, string text, string span, string value) => Check(text, language, span, value);

    /// <summary>
    /// News style: a bare weekday ("jeudi", "on Thursday") is a day of the week of writing once the story's date is more
    /// than a sentence back, and a date told in the pluperfect (a flashback) sets no later sentence's month.
    /// </summary>
    [Theory]
    [InlineData("fr", "Le 5 mai 2019, il avait été condamné à deux ans de prison. Il a fait appel. Jeudi, la cour d'appel a confirmé la peine.", "Jeudi", "2023-09-07")]
    [InlineData("fr", "Le 5 mai 2019, il avait été condamné à deux ans de prison. Il a fait appel. Ses avocats ont plaidé la relaxe. En juillet, la cour d'appel a confirmé la peine.", "juillet", "2023-07")]
    [InlineData("en", "On May 5, 2019, he had been sentenced to two years in prison. He appealed. On Thursday, the appeals court upheld the sentence.", "Thursday", "2023-09-07")]
    [InlineData("en", "On May 5, 2019, he had been sentenced to two years in prison. He appealed. His lawyers argued for acquittal. In July, the appeals court upheld the sentence.", "July", "2023-07")]
    public void News_style_keeps_the_week_of_writing(string language, string text, string span, string value) => Check(text, language, span, value);

    /// <summary>A word for the time of writing ("hier", "cette semaine", "yesterday") brings the story back to the publication.</summary>
    [Theory]
    [InlineData("fr", "En 2015, la ville a accueilli le festival. Il a attiré du monde. Hier, le maire a annoncé une nouvelle édition. En mai, la mairie avait voté un budget.", "mai", "2023-05")]
    [InlineData("en", "In 2015, the town hosted the festival. It drew large crowds. Yesterday, the mayor announced a new edition. In May, the council had approved a budget.", "May", "2023-05")]
    public void The_time_of_writing_ends_the_narrative(string language, string text, string span, string value) => Check(text, language, span, value);

    /// <summary>The governing verb's tense decides last or next: futur proche, conditional, "would", "going to".</summary>
    [Theory]
    [InlineData("en", "The union is going to strike in March.", "March", "2024-03")]
    [InlineData("en", "The minister said he would resign in January.", "January", "2024-01")]
    [InlineData("en", "The minister said he would resign on Friday.", "Friday", "2023-09-15")]
    [InlineData("en", "The council is going to vote on Monday.", "Monday", "2023-09-18")]
    [InlineData("en", "The regulator would publish its ruling in February, the company said.", "February", "2024-02")]
    [InlineData("fr", "La ministre va présenter en février un nouveau plan.", "février", "2024-02")]
    [InlineData("fr", "Le maire a assuré que les travaux reprendraient en janvier.", "janvier", "2024-01")]
    [InlineData("fr", "Le syndicat a prévenu qu'il ferait grève lundi.", "lundi", "2023-09-18")]
    [InlineData("fr", "Les deux clubs vont se retrouver samedi.", "samedi", "2023-09-16")]
    [InlineData("fr", "Le préfet a fait savoir qu'il viendrait en décembre.", "décembre", "2023-12")]
    [InlineData("fr", "La police a interpellé un suspect samedi.", "samedi", "2023-09-09")]
    [InlineData("fr", "La commune a vendu le terrain en décembre.", "décembre", "2022-12")]
    public void The_governing_verb_decides_last_or_next(string language, string text, string span, string value) => Check(text, language, span, value);

    /// <summary>Seasons without a year: the tense decides which one.</summary>
    [Theory]
    [InlineData("en", "The bridge will reopen in the spring.", "the spring", "2024-SP")]
    [InlineData("en", "The crops froze in the spring.", "the spring", "2023-SP")]
    [InlineData("en", "The ferry line would resume in the spring, the operator said.", "the spring", "2024-SP")]
    [InlineData("fr", "Les travaux reprendront au printemps.", "printemps", "2024-SP")]
    [InlineData("fr", "Les vignes avaient gelé au printemps.", "printemps", "2023-SP")]
    public void Tense_decides_the_season(string language, string text, string span, string value) => Check(text, language, span, value);

    /// <summary>Relative expressions count from the reference time the text has reached, not from the publication.</summary>
    [Theory]
    [InlineData("en", "On May 12, 2021, the dam burst. The next morning, the water receded.", "The next morning", "2021-05-13TMO")]
    [InlineData("en", "The levee broke in August 2005. The following spring, the city rebuilt it.", "The following spring", "2006-SP")]
    [InlineData("en", "The dam burst on May 12, 2021. Two weeks later, the water receded.", "Two weeks later", "2021-05-26")]
    [InlineData("en", "The dam burst on May 12, 2021. The following Tuesday, the water receded.", "The following Tuesday", "2021-05-18")]
    [InlineData("en", "The mill closed in 2012. Three years later, it reopened.", "Three years later", "2015")]
    [InlineData("en", "The mayor resigned on Saturday. The day before, he had received threats.", "The day before", "2023-09-08")]
    [InlineData("en", "The dam burst on May 12, 2021. Residents were evacuated. Crews worked all night. The next day, the water receded.", "The next day", "2021-05-13")]
    [InlineData("fr", "Le 12 mai 2021, le barrage a cédé. Quinze jours plus tard, les eaux se sont retirées.", "Quinze jours plus tard", "2021-05-27")]
    [InlineData("fr", "En mars 2019, la mine a fermé. Deux mois plus tard, les mineurs ont manifesté.", "Deux mois plus tard", "2019-05")]
    [InlineData("fr", "Le 12 mai 2021, le barrage a cédé. Les habitants ont été évacués. Les pompiers ont travaillé toute la nuit. Le lendemain, les eaux se sont retirées.", "Le lendemain", "2021-05-13")]
    [InlineData("fr", "Le maire a démissionné samedi. La veille, il avait reçu des menaces.", "La veille", "2023-09-08")]
    [InlineData("fr", "Le 12 mai 2021, le barrage a cédé. Le lendemain après-midi, les eaux se sont retirées.", "Le lendemain après-midi", "2021-05-13TAF")]
    [InlineData("fr", "En août 2005, la digue a cédé. Le printemps suivant, la ville l'a reconstruite.", "Le printemps suivant", "2006-SP")]
    [InlineData("fr", "Le 12 mai 2021, le barrage a cédé. Une semaine après, les eaux se sont retirées.", "Une semaine après", "2021-05-19")]
    public void Relative_expressions_count_from_the_reference_time(string language, string text, string span, string value) => Check(text, language, span, value);
}
