using System.Collections.Immutable;
using Recoupe.Model;
using Recoupe.Storage;
using Recoupe.Web.Queries;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Pages;

/// <summary>Related stories: the same event in another language, a follow-up weeks later, nothing for common names alone.</summary>
public sealed class RelatedStoriesTests
{
    private static BriefEntity Person(string name, params string[] variants) => new(name, "person", [.. variants], 4);
    private static BriefEntity Place(string name) => new(name, "place", [], 4);

    /// <summary>A story whose brief names <paramref name="entities"/>; its article in <paramref name="language"/> on <paramref name="day"/>.</summary>
    private static long Story(SqliteStore store, string text, string language, string day, params BriefEntity[] entities)
    {
        var (article, story) = DirectStore.Add(store, text, outlet: "Outlet " + language, published: day + "T08:00");
        if (language != "fr")
        {
            // DirectStore writes French articles: rewrite the language where the store keeps it for listing.
            using var db = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + store.FilePath);
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "UPDATE articles SET language = $l WHERE id = $id";
            cmd.Parameters.AddWithValue("$l", language);
            cmd.Parameters.AddWithValue("$id", article);
            cmd.ExecuteNonQuery();
        }
        var brief = store.GetBrief(story)!;
        store.SaveBrief(brief with { Entities = [.. entities] });
        return story;
    }

    [Fact]
    public async Task Story_page_links_the_other_language_coverage_and_the_follow_up_but_not_stories_sharing_only_common_names()
    {
        await using var server = await RunningServer.StartAsync();
        long french, english, followUp, unrelated;
        using (var store = server.OpenStore())
        {
            for (int i = 0; i < 20; i++)
                Story(store, $"Le président visite l'usine numéro {i}. Annonces attendues.", "fr", $"2024-02-{1 + i:00}", Person("Émile Garnier"), Place("Lyon"));
            french = Story(store, "Sergueï Orlov reçoit Anton Belov à Kazan. Les discussions portent sur le gaz.", "fr", "2024-03-01",
                Person("Sergueï Orlov", "Orlov"), Person("Anton Belov"), Place("Kazan"), Place("Lyon"));
            english = Story(store, "Sergei Orlov hosts Anton Belov in Kazan. Talks focus on gas.", "en", "2024-03-01",
                Person("Sergei Orlov", "Orlov"), Person("Anton Belov"), Place("Kazan"));
            followUp = Story(store, "Deux mois après Kazan, Anton Belov renvoie une délégation. Nouvel accord en vue.", "fr", "2024-05-02",
                Person("Anton Belov"), Place("Kazan"));
            unrelated = Story(store, "Émile Garnier inaugure un pont à Lyon. Travaux terminés.", "fr", "2024-03-02", Person("Émile Garnier"), Place("Lyon"));
        }

        var page = await server.Client.GetStringAsync($"stories/{french}");
        Assert.Contains("id=\"related\"", page);
        var related = page[page.IndexOf("id=\"related\"", StringComparison.Ordinal)..page.IndexOf("</div>", page.IndexOf("id=\"related\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.True(related.Contains($"href=\"/stories/{english}\""), related);
        Assert.Contains("other language", related);
        Assert.Contains($"href=\"/stories/{followUp}\"", related);
        Assert.Contains("follow-up", related);
        Assert.DoesNotContain($"href=\"/stories/{unrelated}\"", related);

        // The link holds both ways: the English story finds the French one.
        var back = await server.Client.GetStringAsync($"stories/{english}");
        Assert.Contains($"href=\"/stories/{french}\"", back);
    }

    [Fact]
    public void A_story_with_no_shared_rare_name_has_no_related_story()
    {
        var summary = (long id, string lang) => new StorySummary(id, $"s{id}", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1, [], [lang]);
        var brief = new Brief(1, "one", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [], [], [], [], [], [Person("Ana Ruiz"), Place("Oviedo")], []);
        var others = new[]
        {
            new StoryEntityKeys(summary(1, "es"), StoryEntityIndex.KeysOf(brief)),
            new StoryEntityKeys(summary(2, "es"), StoryEntityIndex.KeysOf(brief with { Entities = [Place("Oviedo")] })),
            new StoryEntityKeys(summary(3, "es"), StoryEntityIndex.KeysOf(brief with { Entities = [Person("Luis Gil")] })),
        };
        Assert.Empty(RelatedStories.Find(brief, others));
    }
}
