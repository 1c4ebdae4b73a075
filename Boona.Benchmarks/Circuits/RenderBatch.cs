using System.Buffers.Binary;
using System.Text;

namespace Boona.Benchmarks.Circuits;

/// <summary>Frame kinds as the server writes them (<c>RenderTreeFrameType</c>).</summary>
public enum FrameKind
{
    None = 0,
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
}

/// <summary>Edit kinds of a component's diff (<c>RenderTreeEditType</c>).</summary>
public enum EditKind
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>
/// One frame of a batch's reference frames. Every frame takes 20 bytes: its kind, then three ints whose meaning
/// depends on the kind (subtree length, a string-table index, a component id) and, for attributes, the event
/// handler id as a 64-bit number.
/// </summary>
public readonly record struct Frame(FrameKind Kind, int SubtreeLength, int ComponentId, string? Name, string? Value, ulong EventHandlerId);

/// <summary>One edit: its kind, the sibling index it applies to, the reference frame (or move target) and a removed attribute's name.</summary>
public readonly record struct Edit(EditKind Kind, int SiblingIndex, int ReferenceFrameIndex, string? RemovedAttributeName);

public sealed record ComponentDiff(int ComponentId, IReadOnlyList<Edit> Edits);

/// <summary>
/// A decoded render batch, the binary format that <c>blazor.web.js</c> reads: the updated components (a table of
/// positions), the reference frames, the disposed component and event handler ids, then the string table; the
/// last 20 bytes are the five section offsets. Strings are length-prefixed (7-bit varint) UTF-8.
/// </summary>
public sealed class RenderBatch
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    private RenderBatch(IReadOnlyList<ComponentDiff> updated, IReadOnlyList<Frame> frames, IReadOnlyList<int> disposedComponents, IReadOnlyList<ulong> disposedHandlers)
    {
        UpdatedComponents = updated;
        ReferenceFrames = frames;
        DisposedComponentIds = disposedComponents;
        DisposedEventHandlerIds = disposedHandlers;
    }

    public IReadOnlyList<ComponentDiff> UpdatedComponents { get; }

    public IReadOnlyList<Frame> ReferenceFrames { get; }

    public IReadOnlyList<int> DisposedComponentIds { get; }

    public IReadOnlyList<ulong> DisposedEventHandlerIds { get; }

    public static RenderBatch Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 20)
        {
            throw new InvalidDataException($"A render batch of {data.Length} bytes is too short.");
        }

        var end = data.Length;
        var updatedOffset = Int(data, end - 20);
        var framesOffset = Int(data, end - 16);
        var disposedComponentsOffset = Int(data, end - 12);
        var disposedHandlersOffset = Int(data, end - 8);
        var stringTableOffset = Int(data, end - 4);

        var strings = new StringTable(data, stringTableOffset);

        var updatedCount = Int(data, updatedOffset);
        var updated = new List<ComponentDiff>(updatedCount);
        for (var i = 0; i < updatedCount; i++)
        {
            var diffPosition = Int(data, updatedOffset + 4 + (4 * i));
            var componentId = Int(data, diffPosition);
            var editCount = Int(data, diffPosition + 4);
            var edits = new List<Edit>(editCount);
            for (var e = 0; e < editCount; e++)
            {
                var at = diffPosition + 8 + (EditSize * e);
                edits.Add(new Edit((EditKind)Int(data, at), Int(data, at + 4), Int(data, at + 8), strings.Read(data, Int(data, at + 12))));
            }

            updated.Add(new ComponentDiff(componentId, edits));
        }

        var frameCount = Int(data, framesOffset);
        var frames = new List<Frame>(frameCount);
        for (var i = 0; i < frameCount; i++)
        {
            var at = framesOffset + 4 + (FrameSize * i);
            var kind = (FrameKind)Int(data, at);
            frames.Add(kind switch
            {
                FrameKind.Element => new Frame(kind, Int(data, at + 4), 0, strings.Read(data, Int(data, at + 8)), null, 0),
                FrameKind.Text or FrameKind.Markup => new Frame(kind, 1, 0, null, strings.Read(data, Int(data, at + 4)), 0),
                FrameKind.Attribute => new Frame(kind, 1, 0, strings.Read(data, Int(data, at + 4)), strings.Read(data, Int(data, at + 8)), BinaryPrimitives.ReadUInt64LittleEndian(data[(at + 12)..])),
                FrameKind.Component => new Frame(kind, Int(data, at + 4), Int(data, at + 8), null, null, 0),
                FrameKind.Region => new Frame(kind, Int(data, at + 4), 0, null, null, 0),
                _ => new Frame(kind, 1, 0, null, null, 0),
            });
        }

        var disposedComponentCount = Int(data, disposedComponentsOffset);
        var disposedComponents = new int[disposedComponentCount];
        for (var i = 0; i < disposedComponentCount; i++)
        {
            disposedComponents[i] = Int(data, disposedComponentsOffset + 4 + (4 * i));
        }

        var disposedHandlerCount = Int(data, disposedHandlersOffset);
        var disposedHandlers = new ulong[disposedHandlerCount];
        for (var i = 0; i < disposedHandlerCount; i++)
        {
            disposedHandlers[i] = BinaryPrimitives.ReadUInt64LittleEndian(data[(disposedHandlersOffset + 4 + (8 * i))..]);
        }

        return new RenderBatch(updated, frames, disposedComponents, disposedHandlers);
    }

    private static int Int(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt32LittleEndian(data[at..]);

    /// <summary>The string table: an int position per string, each string a 7-bit-encoded length and UTF-8 bytes.</summary>
    private readonly ref struct StringTable(ReadOnlySpan<byte> data, int offset)
    {
        private readonly int _offset = offset;
        private readonly int _count = (data.Length - 20 - offset) / 4;

        public string? Read(ReadOnlySpan<byte> data, int index)
        {
            if (index < 0)
            {
                return null;
            }

            if (index >= _count)
            {
                throw new InvalidDataException($"String {index} is outside the table of {_count}.");
            }

            var position = Int(data, _offset + (4 * index));
            var length = 0;
            var shift = 0;
            byte current;
            do
            {
                current = data[position++];
                length |= (current & 0x7F) << shift;
                shift += 7;
            }
            while (current >= 0x80);

            return Encoding.UTF8.GetString(data.Slice(position, length));
        }
    }
}
