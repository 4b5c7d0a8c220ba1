using System.Text;
using AngleSharp.Dom;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// Walks a DOM subtree in reading order without recursion (pages nest 10,000 deep) and cuts its visible text
/// into blocks at block-element boundaries. Skips what is never article text (scripts, forms' controls, nav,
/// hidden elements) and, when asked, elements whose class/id names them as furniture.
/// </summary>
public sealed class BlockCollector
{
    /// <summary>Upper bound on nodes visited: a 20 MB page has well under this; a hostile one stops here.</summary>
    private const int MaxNodes = 3_000_000;
    private const int MaxChars = 3_000_000;

    private readonly bool _skipFurniture;
    private readonly IReadOnlySet<IElement>? _skip;
    private readonly List<HtmlBlock> _blocks = [];
    private readonly StringBuilder _buffer = new();
    private readonly Stack<IElement> _containers = new();
    private readonly Stack<int> _starts = new();
    private readonly Dictionary<IElement, BlockRange>? _ranges;
    /// <summary>Elements of the page left out as furniture or hidden (page walk only), for the removal record.</summary>
    private readonly List<LeftOutElement>? _leftOut;
    private int _linkChars, _anchorDepth, _totalChars;
    private bool _pendingSpace, _pendingBreak;

    private BlockCollector(bool skipFurniture, IReadOnlySet<IElement>? skip, bool recordRanges = false)
    {
        _skipFurniture = skipFurniture;
        _skip = skip;
        if (recordRanges) { _ranges = []; _leftOut = []; }
    }

    /// <summary>The blocks under <paramref name="root"/>; furniture-named elements are left out when <paramref name="skipFurniture"/>.</summary>
    public static List<HtmlBlock> Collect(IElement root, bool skipFurniture, IReadOnlySet<IElement>? skip = null)
    {
        var collector = new BlockCollector(skipFurniture, skip);
        collector.Walk(root);
        return collector._blocks;
    }

    /// <summary>
    /// The blocks of the whole page (furniture left out), with the range of blocks each block element holds, so the
    /// blocks of any candidate container are a slice of one walk instead of a walk of their own.
    /// </summary>
    public static PageBlocks CollectPage(IElement root)
    {
        var collector = new BlockCollector(skipFurniture: true, skip: null, recordRanges: true);
        collector.Walk(root);
        return new PageBlocks(collector._blocks, collector._ranges!, root) { LeftOut = collector._leftOut! };
    }

    private enum Step { Enter, ExitBlock, ExitAnchor }

    private void Walk(IElement root)
    {
        var stack = new Stack<(INode Node, Step Step)>();
        _containers.Push(root);
        PushChildren(stack, root);
        int visited = 0;
        while (stack.Count > 0 && visited++ < MaxNodes && _totalChars < MaxChars)
        {
            var (node, step) = stack.Pop();
            if (step == Step.ExitBlock)
            {
                Flush();
                _containers.Pop();
                // Elements that hold no block get no range: PageBlocks walks such an element on its own, and finds nothing.
                if (_ranges is not null && _starts.Pop() is var start && start < _blocks.Count) _ranges[(IElement)node] = new BlockRange(start, _blocks.Count);
                continue;
            }
            if (step == Step.ExitAnchor) { _anchorDepth--; continue; }
            if (node is IText text) { Append(text.Data); continue; }
            if (node is not IElement element) continue;
            var role = HtmlTags.RoleOf(element.LocalName);
            bool skippedRole = (role & HtmlTags.Role.Skipped) != 0, hidden = false;
            if (skippedRole || (hidden = IsHidden(element)) || _skipFurniture && IsFurniture(element) || _skip is not null && _skip.Contains(element))
            {
                // Skipped elements hold no text, but for a figure: its caption is left out of the article and said so.
                if (_leftOut is not null && (!skippedRole || LeftOutElement.IsFigure(element))) _leftOut.Add(new LeftOutElement(element, hidden));
                // A block element left out still separates the words on either side, with or without whitespace around it
                // (the pre-pass drops whitespace next to block tags, TagGaps).
                if (_buffer.Length > 0 && (role & HtmlTags.Role.Block) != 0) _pendingSpace = true;
                continue;
            }
            if ((role & HtmlTags.Role.LineBreak) != 0) { if (_buffer.Length > 0) _pendingBreak = true; continue; }
            if ((role & HtmlTags.Role.Block) != 0)
            {
                Flush();
                _containers.Push(element);
                if (_ranges is not null) _starts.Push(_blocks.Count);
                stack.Push((element, Step.ExitBlock));
            }
            else if (role == HtmlTags.Role.Anchor)
            {
                _anchorDepth++;
                stack.Push((element, Step.ExitAnchor));
            }
            PushChildren(stack, element);
        }
        Flush();
    }

    private static void PushChildren(Stack<(INode, Step)> stack, INode node)
    {
        var children = node.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], Step.Enter));
    }

    /// <summary>
    /// Named as furniture, and not a wrapper around running text: sites wrap whole articles in "share-zone" or
    /// "sidebar-layout" divs, so a furniture name only counts when the element holds little paragraph text.
    /// Comment sections count whatever they hold.
    /// </summary>
    private static bool IsFurniture(IElement element) => ClassIdCues.Judge(element) switch
    {
        ClassIdVerdict.Comments => true,
        ClassIdVerdict.Furniture => !TextMeasure.HoldsRunningText(element),
        _ => false,
    };

    private static bool IsHidden(IElement element)
    {
        // Most elements keep no attribute at all once the parser has dropped those we never read (ParserSettings).
        if (element.Attributes.Length == 0) return false;
        if (element.HasAttribute("hidden")) return true;
        if (element.GetAttribute("aria-hidden") == "true") return true;
        var style = element.GetAttribute("style");
        if (style is null) return false;
        return style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase);
    }

    private void Append(string data)
    {
        foreach (char c in data)
        {
            // Soft hyphens and zero-width marks are invisible: keeping them would split words for every later stage.
            if (c is '\u00AD' or '\u200C' or '\u200D' or '\uFEFF' or '\u2060') continue;
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                if (_buffer.Length > 0) _pendingSpace = true;
                continue;
            }
            if (_pendingBreak) { _buffer.Append('\n'); _pendingBreak = _pendingSpace = false; }
            else if (_pendingSpace) { _buffer.Append(' '); _pendingSpace = false; if (_anchorDepth > 0) _linkChars++; }
            _buffer.Append(c);
            if (_anchorDepth > 0) _linkChars++;
        }
    }

    private void Flush()
    {
        _pendingSpace = _pendingBreak = false;
        if (_buffer.Length == 0) return;
        var text = _buffer.ToString();
        _buffer.Clear();
        _totalChars += text.Length;
        var container = _containers.Peek();
        _blocks.Add(new HtmlBlock(text, HtmlTags.KindOf(container.LocalName), Math.Min(_linkChars, text.Length), container)
        {
            Index = _ranges is null ? -1 : _blocks.Count,
        });
        _linkChars = 0;
    }
}
