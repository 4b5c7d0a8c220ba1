using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>An article's profile with its features interned as <see cref="Term"/>s.</summary>
internal sealed class TermVector
{
    public TermVector(ArticleProfile profile, Vocabulary vocabulary)
    {
        Profile = profile;
        Terms = new Term[profile.Count];
        for (int i = 0; i < profile.Count; i++) Terms[i] = vocabulary.Intern(profile.Keys[i]);
    }

    public ArticleProfile Profile { get; }
    public Term[] Terms { get; }
    public float[] Weights => Profile.Weights;
    public string Language => Profile.Language;
    public ArticleTime Time => Profile.Time;
}
