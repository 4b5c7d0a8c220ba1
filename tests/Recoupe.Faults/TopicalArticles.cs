using System.Globalization;
using System.Text;

namespace Recoupe.Faults;

/// <summary>One generated news article: its topic (the story it should join), text, and the metadata a scraper would give.</summary>
public sealed record TopicalArticle(int Topic, string Title, string Text, string? Outlet, DateOnly? Published, string Language);

/// <summary>
/// Ordinary news articles for the fault suite, so that hostile inputs sit among real stories: topics with their own
/// invented people, places, organisations and projects (names made of syllables: no real name, nothing taken from
/// gold data), each article a title and a handful of sentences from French or English templates around its topic,
/// dated within the topic's weeks (some undated), a few near-copies of an earlier article (syndication). Deterministic
/// for a seed.
/// </summary>
public sealed class TopicalArticles
{
    private static readonly string[] Syllables =
        ["ba", "lor", "vin", "sel", "tra", "mo", "ren", "ca", "dul", "fi", "gon", "la", "mir", "ne", "pol", "ri", "sa", "tev", "ul", "za", "ber", "cho", "dan", "el"];
    private static readonly string[] Outlets = ["Le Courrier du Matin", "La Gazette Régionale", "Nouvelles Express", "The Daily Ledger", "Le Journal des Vallées", "Radio Cité"];
    private static readonly string[] ProjectsFr = ["la ligne de tramway", "l'usine de batteries", "le plan de rénovation des écoles", "la réforme du port",
        "le festival de musique", "le nouvel hôpital", "la centrale solaire", "le pont sur la rivière", "le budget de la culture", "la grève des transports"];
    private static readonly string[] ProjectsEn = ["the tram line", "the battery plant", "the school renovation plan", "the port reform",
        "the music festival", "the new hospital", "the solar farm", "the river bridge", "the culture budget", "the transport strike"];
    private static readonly string[] RolesFr = ["directrice", "porte-parole", "président", "maire adjoint", "trésorière"];
    private static readonly string[] RolesEn = ["director", "spokeswoman", "chairman", "deputy mayor", "treasurer"];

    private readonly Random _random;
    private readonly List<Topic> _topics = [];
    private readonly List<TopicalArticle> _written = [];

    private sealed record Topic(int Id, string Person, string Other, string Place, string Org, int Project, string Keyword, int Amount, DateOnly Start, string Language);

    public TopicalArticles(int seed, int topics)
    {
        _random = new Random(seed);
        var start = new DateOnly(2024, 3, 1);
        for (int i = 0; i < topics; i++)
            _topics.Add(new Topic(i, Name(2) + " " + Capital(Name(3)), Name(2) + " " + Capital(Name(2)), Capital(Name(3)), "Société " + Capital(Name(3)),
                _random.Next(ProjectsFr.Length), Name(3).ToLowerInvariant(), 10 + _random.Next(990), start.AddDays(_random.Next(120)),
                _random.NextDouble() < 0.8 ? "fr" : "en"));
    }

    /// <summary>The next article: a new one of a random topic, or (one in twelve) a near-copy of an earlier one.</summary>
    public TopicalArticle Next()
    {
        if (_written.Count > 4 && _random.NextDouble() < 1.0 / 12)
        {
            var original = _written[_random.Next(_written.Count)];
            var copy = original with { Text = original.Text + (original.Language == "fr" ? " (Avec agences.)" : " (With agencies.)"), Outlet = Outlets[_random.Next(Outlets.Length)] };
            _written.Add(copy);
            return copy;
        }
        var topic = _topics[(int)(Math.Pow(_random.NextDouble(), 1.4) * _topics.Count)];
        var article = topic.Language == "fr" ? French(topic) : English(topic);
        _written.Add(article);
        return article;
    }

    private TopicalArticle French(Topic t)
    {
        var project = ProjectsFr[t.Project];
        var day = t.Start.AddDays(_random.Next(21));
        var amount = t.Amount + _random.Next(3);
        string[] pool =
        [
            $"{t.Person} a annoncé à {t.Place} que la {t.Org} allait investir {amount} millions d'euros dans {project}.",
            $"Selon la {t.Org}, {project} concernera près de {amount * 100} habitants de {t.Place} et des communes voisines.",
            $"« Nous voulons avancer vite sur le dossier {t.Keyword} », a déclaré {t.Other}, {RolesFr[t.Id % RolesFr.Length]} de la {t.Org}.",
            $"Les syndicats de {t.Place} critiquent le calendrier retenu par {t.Person} pour {project}.",
            $"Le conseil municipal de {t.Place} doit se prononcer sur le projet {t.Keyword} avant la fin du mois.",
            $"Plusieurs élus ont demandé des garanties sur le financement de {project}, estimé à {amount} millions d'euros.",
            $"{t.Other} a rappelé que le chantier {t.Keyword} devait commencer au printemps à {t.Place}.",
            $"Les riverains de {t.Place} se sont réunis mardi pour discuter du projet {t.Keyword} avec la {t.Org}.",
            $"Une étude commandée par la {t.Org} évalue à {amount / 2 + 1} le nombre d'emplois créés par {project}.",
        ];
        var text = Pick(pool, 4 + _random.Next(4));
        var title = $"{Capital(project)} : {t.Person} défend le projet {t.Keyword} à {t.Place}";
        return new TopicalArticle(t.Id, title, text, Maybe(Outlets[_random.Next(Outlets.Length)]), _random.NextDouble() < 0.85 ? day : null, "fr");
    }

    private TopicalArticle English(Topic t)
    {
        var project = ProjectsEn[t.Project];
        var day = t.Start.AddDays(_random.Next(21));
        var amount = t.Amount + _random.Next(3);
        string[] pool =
        [
            $"{t.Person} announced in {t.Place} that {t.Org} would invest {amount} million euros in {project}.",
            $"According to {t.Org}, {project} will affect about {amount * 100} residents of {t.Place} and nearby towns.",
            $"\"We want to move fast on the {t.Keyword} file,\" said {t.Other}, {RolesEn[t.Id % RolesEn.Length]} of {t.Org}.",
            $"Unions in {t.Place} criticised the timetable chosen by {t.Person} for {project}.",
            $"The {t.Place} council must vote on the {t.Keyword} project before the end of the month.",
            $"Several councillors asked for guarantees on the funding of {project}, estimated at {amount} million euros.",
            $"{t.Other} recalled that work on the {t.Keyword} site was due to start in the spring in {t.Place}.",
            $"Residents of {t.Place} met on Tuesday to discuss the {t.Keyword} project with {t.Org}.",
        ];
        var text = Pick(pool, 4 + _random.Next(4));
        var title = $"{t.Person} defends the {t.Keyword} project in {t.Place}";
        return new TopicalArticle(t.Id, title, text, Maybe(Outlets[_random.Next(Outlets.Length)]), _random.NextDouble() < 0.85 ? day : null, "en");
    }

    private string Pick(string[] pool, int count)
    {
        var order = pool.OrderBy(_ => _random.Next()).Take(Math.Min(count, pool.Length));
        return string.Join("\n\n", order);
    }

    private string? Maybe(string value) => _random.NextDouble() < 0.7 ? value : null;

    private string Name(int syllables)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) sb.Append(Syllables[_random.Next(Syllables.Length)]);
        return Capital(sb.ToString());
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];

    /// <summary>The article as a scraped text file: its title on the first line, then its paragraphs.</summary>
    public static string AsText(TopicalArticle a) => a.Title + "\n\n" + a.Text + "\n";

    /// <summary>
    /// <paramref name="count"/> articles of a generator as plain-text inputs named PREFIX-NNN.txt, carrying their outlet
    /// and day as hints: the stream the placement tests feed to engines.
    /// </summary>
    public static List<Recoupe.Model.RawDocument> TextInputs(int seed, int topics, int count, string prefix)
    {
        var source = new TopicalArticles(seed, topics);
        return Enumerable.Range(0, count).Select(i =>
        {
            var a = source.Next();
            return new Recoupe.Model.RawDocument($"{prefix}-{i:D3}.txt", Encoding.UTF8.GetBytes(AsText(a)), Recoupe.Model.InputKind.Text,
                new Recoupe.Model.DocumentHints(Outlet: a.Outlet, Published: a.Published?.ToString("yyyy-MM-dd")));
        }).ToList();
    }

    /// <summary>The scraper's sidecar (FILE.meta.json) of the article, or null when it has no metadata to give.</summary>
    public static string? Sidecar(TopicalArticle a)
    {
        if (a.Outlet is null && a.Published is null) return null;
        var fields = new List<string>();
        if (a.Outlet is not null) fields.Add($"\"outlet\": {System.Text.Json.JsonSerializer.Serialize(a.Outlet)}");
        if (a.Published is { } p) fields.Add($"\"published\": \"{p:yyyy-MM-dd}\"");
        return "{" + string.Join(", ", fields) + "}";
    }
}
