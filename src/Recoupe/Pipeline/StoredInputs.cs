using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Storage;

namespace Recoupe.Pipeline;

/// <summary>
/// The inputs a store holds, as input items again (`recoupe reingest --all`): each one's raw bytes as received, its
/// kind, and its hints — the current FILE.meta.json when the input is a local file that has one now (the point of
/// re-ingesting after a sidecar was written), else the hints it was stored with. Articles first, in the order they
/// were placed (so stories are rebuilt as they formed), then rejections. Read a page at a time.
/// </summary>
public static class StoredInputs
{
    private const int Page = 500;

    public static IEnumerable<InputItem> Read(IStore store)
    {
        for (int offset = 0; ; offset += Page)
        {
            var page = store.Inputs(Page, offset);
            foreach (var input in page)
            {
                var bytes = store.GetRawInput(input.ContentHash);
                if (bytes is null) continue;
                yield return new InputDocument(new RawDocument(input.Input, bytes, input.Kind, CurrentHints(input)));
            }
            if (page.Count < Page) yield break;
        }
    }

    private static DocumentHints? CurrentHints(StoredInput input)
    {
        if (input.Kind is InputKind.Text or InputKind.Html && File.Exists(input.Input) && SidecarHints.For(input.Input) is { } sidecar) return sidecar;
        return input.Hints;
    }
}
