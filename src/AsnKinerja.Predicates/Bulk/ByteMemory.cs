using System.Buffers;
using System.Runtime.InteropServices;

namespace AsnKinerja.Predicates;

/// <summary>
/// A view of a memory of one one-byte type as a memory of another (a byte column as <see cref="Ekspektasi"/>, a
/// <see cref="PredikatKinerja"/> output as bytes): the same bytes, no copy. Both types are one byte wide, so element
/// <c>i</c> of the view is element <c>i</c> of the source.
/// </summary>
internal sealed class ByteMemory<TFrom, TTo> : MemoryManager<TTo>
    where TFrom : struct
    where TTo : struct
{
    private readonly Memory<TFrom> _source;

    private ByteMemory(Memory<TFrom> source) => _source = source;

    /// <summary>The view of a read-only source.</summary>
    internal static ReadOnlyMemory<TTo> View(ReadOnlyMemory<TFrom> source) =>
        source.IsEmpty ? ReadOnlyMemory<TTo>.Empty : new ByteMemory<TFrom, TTo>(MemoryMarshal.AsMemory(source)).Memory;

    /// <summary>The view of a writable source.</summary>
    internal static Memory<TTo> View(Memory<TFrom> source) =>
        source.IsEmpty ? Memory<TTo>.Empty : new ByteMemory<TFrom, TTo>(source).Memory;

    /// <inheritdoc />
    public override Span<TTo> GetSpan() => MemoryMarshal.Cast<TFrom, TTo>(_source.Span);

    /// <inheritdoc />
    public override MemoryHandle Pin(int elementIndex = 0) => _source.Slice(elementIndex).Pin();

    /// <inheritdoc />
    public override void Unpin()
    {
        // The handle returned by Pin unpins the source itself.
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        // Nothing is owned: the source belongs to the caller.
    }
}
