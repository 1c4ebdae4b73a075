using System.Text;

namespace Boona.Benchmarks.Circuits;

public abstract class DomNode
{
    public DomContainer? Parent { get; internal set; }
}

public abstract class DomContainer : DomNode
{
    public List<DomNode> Children { get; } = [];

    internal void Insert(int index, DomNode node)
    {
        node.Parent = this;
        Children.Insert(index, node);
    }
}

/// <summary>A component's place in the tree; its children are what the component rendered.</summary>
public sealed class DomComponent(int id) : DomContainer
{
    public int Id { get; } = id;
}

/// <summary>An element as the browser would hold it: attributes, and the event handler ids by event name (<c>input</c>, <c>change</c>, …).</summary>
public sealed class DomElement(string name, int componentId) : DomContainer
{
    public string Name { get; } = name;

    /// <summary>The component whose render output holds the element: events carry it as their field's component id.</summary>
    public int ComponentId { get; } = componentId;

    public Dictionary<string, string?> Attributes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ulong> EventHandlers { get; } = new(StringComparer.Ordinal);

    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);
}

public sealed class DomText(string text) : DomNode
{
    public string Text { get; set; } = text;
}

public sealed class DomMarkup(string markup) : DomNode
{
    public string Markup { get; set; } = markup;
}

/// <summary>
/// The page as a browser would build it from the render batches: each component's output is a list of nodes
/// (regions flattened into their parent, as the browser does), child components are nodes whose children their own
/// diffs fill. Edits are applied in the order the server wrote them, with the same sibling-index arithmetic as
/// <c>blazor.web.js</c>'s renderer: StepIn/StepOut move the parent, Prepend/Remove/Set* address a child of it.
/// </summary>
public sealed class CircuitDom
{
    private readonly Dictionary<int, DomComponent> _components = [];

    public int ComponentCount => _components.Count;

    /// <summary>The page's address, as the browser's location bar would show it (the app's navigations change it).</summary>
    public Uri Location { get; set; } = new("about:blank");

    public void Apply(RenderBatch batch)
    {
        var frames = batch.ReferenceFrames;
        foreach (var diff in batch.UpdatedComponents)
        {
            var component = Component(diff.ComponentId);
            DomContainer parent = component;
            var permutations = new List<(int From, int To)>();
            foreach (var edit in diff.Edits)
            {
                switch (edit.Kind)
                {
                    case EditKind.PrependFrame:
                        Insert(diff.ComponentId, parent, edit.SiblingIndex, frames, edit.ReferenceFrameIndex);
                        break;
                    case EditKind.RemoveFrame:
                        parent.Children[edit.SiblingIndex].Parent = null;
                        parent.Children.RemoveAt(edit.SiblingIndex);
                        break;
                    case EditKind.SetAttribute:
                        SetAttribute(Child<DomElement>(parent, edit), frames[edit.ReferenceFrameIndex]);
                        break;
                    case EditKind.RemoveAttribute:
                        var element = Child<DomElement>(parent, edit);
                        var name = edit.RemovedAttributeName ?? string.Empty;
                        if (!(name.StartsWith("on", StringComparison.Ordinal) && element.EventHandlers.Remove(name[2..])))
                        {
                            element.Attributes.Remove(name);
                        }

                        break;
                    case EditKind.UpdateText:
                        Child<DomText>(parent, edit).Text = frames[edit.ReferenceFrameIndex].Value ?? string.Empty;
                        break;
                    case EditKind.UpdateMarkup:
                        Child<DomMarkup>(parent, edit).Markup = frames[edit.ReferenceFrameIndex].Value ?? string.Empty;
                        break;
                    case EditKind.StepIn:
                        parent = Child<DomContainer>(parent, edit);
                        break;
                    case EditKind.StepOut:
                        parent = parent.Parent ?? throw new InvalidDataException($"Component {diff.ComponentId} stepped out of its root.");
                        break;
                    case EditKind.PermutationListEntry:
                        permutations.Add((edit.SiblingIndex, edit.ReferenceFrameIndex));
                        break;
                    case EditKind.PermutationListEnd:
                        var before = parent.Children.ToArray();
                        foreach (var (from, to) in permutations)
                        {
                            parent.Children[to] = before[from];
                        }

                        permutations.Clear();
                        break;
                    default:
                        throw new InvalidDataException($"Unknown edit {edit.Kind} in component {diff.ComponentId}.");
                }
            }
        }

        foreach (var id in batch.DisposedComponentIds)
        {
            _components.Remove(id);
        }
    }

    /// <summary>Every element of the page, in document order, child components included.</summary>
    public IEnumerable<DomElement> Elements()
    {
        var roots = _components.Values.Where(c => c.Parent is null).OrderBy(c => c.Id).ToList();
        var stack = new Stack<DomNode>(Enumerable.Reverse(roots));
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is DomElement element)
            {
                yield return element;
            }

            if (node is DomContainer container)
            {
                for (var i = container.Children.Count - 1; i >= 0; i--)
                {
                    stack.Push(container.Children[i]);
                }
            }
        }
    }

    public DomElement? ByTestId(string testId) => Elements().FirstOrDefault(e => e.Attribute("data-testid") == testId);

    public IReadOnlyList<DomElement> AllByTestId(string testId) => [.. Elements().Where(e => e.Attribute("data-testid") == testId)];

    /// <summary>The text a node shows: its text nodes, child components included, in order.</summary>
    public static string TextOf(DomNode node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return text.ToString().Trim();

        static void Append(DomNode node, StringBuilder text)
        {
            switch (node)
            {
                case DomText t:
                    text.Append(t.Text);
                    break;
                case DomContainer c:
                    foreach (var child in c.Children)
                    {
                        Append(child, text);
                    }

                    break;
            }
        }
    }

    private DomComponent Component(int id)
    {
        if (!_components.TryGetValue(id, out var component))
        {
            component = new DomComponent(id);
            _components[id] = component;
        }

        return component;
    }

    private static T Child<T>(DomContainer parent, Edit edit)
        where T : DomNode =>
        parent.Children[edit.SiblingIndex] as T
        ?? throw new InvalidDataException($"{edit.Kind} at {edit.SiblingIndex} expected a {typeof(T).Name}, found {parent.Children[edit.SiblingIndex].GetType().Name}.");

    /// <summary>Inserts the frame at <paramref name="frameIndex"/> (and its subtree); returns how many nodes it added to <paramref name="parent"/>.</summary>
    private int Insert(int componentId, DomContainer parent, int index, IReadOnlyList<Frame> frames, int frameIndex)
    {
        var frame = frames[frameIndex];
        switch (frame.Kind)
        {
            case FrameKind.Element:
                var element = new DomElement(frame.Name ?? string.Empty, componentId);
                parent.Insert(index, element);
                var end = frameIndex + frame.SubtreeLength;
                var at = frameIndex + 1;
                for (; at < end && frames[at].Kind == FrameKind.Attribute; at++)
                {
                    SetAttribute(element, frames[at]);
                }

                var children = 0;
                while (at < end)
                {
                    children += Insert(componentId, element, children, frames, at);
                    at += Math.Max(1, frames[at].SubtreeLength);
                }

                return 1;
            case FrameKind.Text:
                parent.Insert(index, new DomText(frame.Value ?? string.Empty));
                return 1;
            case FrameKind.Markup:
                parent.Insert(index, new DomMarkup(frame.Value ?? string.Empty));
                return 1;
            case FrameKind.Component:
                var component = Component(frame.ComponentId);
                component.Parent?.Children.Remove(component);
                parent.Insert(index, component);
                return 1;
            case FrameKind.Region:
                var inserted = 0;
                var regionEnd = frameIndex + frame.SubtreeLength;
                for (var child = frameIndex + 1; child < regionEnd; child += Math.Max(1, frames[child].SubtreeLength))
                {
                    inserted += Insert(componentId, parent, index + inserted, frames, child);
                }

                return inserted;
            case FrameKind.ElementReferenceCapture:
            case FrameKind.ComponentReferenceCapture:
                return 0;
            default:
                throw new InvalidDataException($"A {frame.Kind} frame cannot be inserted.");
        }
    }

    private static void SetAttribute(DomElement element, Frame attribute)
    {
        var name = attribute.Name ?? string.Empty;
        if (attribute.EventHandlerId != 0 && name.StartsWith("on", StringComparison.Ordinal))
        {
            element.EventHandlers[name[2..]] = attribute.EventHandlerId;
        }
        else
        {
            element.Attributes[name] = attribute.Value;
        }
    }
}
