using AngleSharp.Dom;

namespace Recoupe.Cleaning.Html;

/// <summary>Bounded measurements of a subtree's text, without recursion.</summary>
public static class TextMeasure
{
    private const int NodeBudget = 20_000;
    /// <summary>Paragraph text that makes an element a holder of running text, not a widget.</summary>
    private const int RunningTextChars = 800;

    /// <summary>True when the element's &lt;p&gt; descendants hold at least <see cref="RunningTextChars"/> characters outside links.</summary>
    public static bool HoldsRunningText(IElement element)
    {
        var stack = new Stack<(INode Node, bool InP, bool InA)>();
        stack.Push((element, false, false));
        int chars = 0, visited = 0;
        while (stack.Count > 0 && visited++ < NodeBudget)
        {
            var (node, inP, inA) = stack.Pop();
            if (node is IText t)
            {
                if (inP && !inA) chars += t.Data.Trim().Length;
                if (chars >= RunningTextChars) return true;
                continue;
            }
            if (node is not IElement e) continue;
            var name = e.LocalName;
            if (name is "script" or "style") continue;
            bool p = inP || name == "p";
            bool a = inA || name == "a";
            var children = e.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], p, a));
        }
        return false;
    }
}
