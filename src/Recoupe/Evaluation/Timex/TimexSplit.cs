using System.Text;

namespace Recoupe.Evaluation.Timex;

/// <summary>Which half of a dev set a document belongs to.</summary>
public enum TimexHalf { Tune, Check }

/// <summary>
/// Splits TimeML dev documents into a tune half (errors may be read there) and a check half (only its figures are
/// looked at: the estimate of how the grammar does on unseen text). The half is a fixed hash of the file name
/// (FNV-1a, 32 bits, of its UTF-8 bytes; even: tune), so the split never depends on the folder's order or size and
/// a new file lands in a half without moving the others.
/// </summary>
public static class TimexSplit
{
    public static TimexHalf Of(string documentId)
    {
        uint hash = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(documentId))
        {
            hash ^= b;
            hash *= 16777619;
        }
        return hash % 2 == 0 ? TimexHalf.Tune : TimexHalf.Check;
    }
}
