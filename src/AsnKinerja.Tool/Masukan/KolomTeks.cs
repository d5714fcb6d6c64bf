namespace AsnKinerja.Tool.Masukan;

/// <summary>
/// Where the text columns of a file keep their characters: large pages of characters rather than one string per cell. A
/// national file's millions of names would otherwise be millions of long-lived objects for the garbage collector to trace
/// and copy, and would ride along in every batch of parsed rows. Each core that parses rows fills a page of its own, so
/// adding takes no lock but when a page is full; a text is read back (as a new string) once the file has been read.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The thread-local slots hold only each core's current page, which the arena holds anyway; they go with the arena.")]
internal sealed class ArenaTeks
{
    private const int Halaman = 1 << 20;
    private readonly List<char[]> _pages = new();
    private readonly object _gate = new();
    private volatile char[][] _snapshot = Array.Empty<char[]>();
    private readonly ThreadLocal<Penulis> _penulis = new(() => new Penulis());

    /// <summary>Copies a text in and says where it is.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its place, for <see cref="Get(long, int)"/>.</returns>
    public long Add(ReadOnlySpan<char> text)
    {
        var p = _penulis.Value!;
        if (p.Page is null || p.Used + text.Length > p.Page.Length)
        {
            var page = new char[Math.Max(Halaman, text.Length)];
            lock (_gate)
            {
                p.Index = _pages.Count;
                _pages.Add(page);
                _snapshot = _pages.ToArray();
            }

            p.Page = page;
            p.Used = 0;
        }

        text.CopyTo(p.Page.AsSpan(p.Used));
        var place = ((long)p.Index << 32) | (long)p.Used;
        p.Used += text.Length;
        return place;
    }

    /// <summary>A text copied in before.</summary>
    /// <param name="place">Its place.</param>
    /// <param name="length">Its length.</param>
    /// <returns>The text.</returns>
    public string Get(long place, int length)
    {
        // The pages as of the last one added: reading takes no lock (the texts are read once the file has been read).
        return new string(_snapshot[(int)(place >> 32)], (int)(place & 0xFFFF_FFFFL), length);
    }

    private sealed class Penulis
    {
        public char[]? Page;
        public int Index;
        public int Used;
    }
}

/// <summary>A column of texts in an <see cref="ArenaTeks"/>: per row the place and length (-1 for an empty cell).</summary>
internal class KolomTeks
{
    private readonly ArenaTeks _arena;
    private long[] _place;
    private int[] _length;

    /// <summary>Creates an empty column.</summary>
    /// <param name="arena">Where the characters are.</param>
    /// <param name="capacity">The rows expected (a hint).</param>
    protected KolomTeks(ArenaTeks arena, int capacity)
    {
        _arena = arena;
        _place = new long[Math.Max(16, capacity)];
        _length = new int[_place.Length];
    }

    /// <summary>The number of rows.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a row's text.</summary>
    /// <param name="place">The text's place in the arena.</param>
    /// <param name="length">Its length, or -1 for none.</param>
    public void Add(long place, int length)
    {
        if (Count == _place.Length)
        {
            Array.Resize(ref _place, checked(_place.Length * 2));
            Array.Resize(ref _length, _place.Length);
        }

        _place[Count] = place;
        _length[Count] = length;
        Count++;
    }

    /// <summary>A row's text.</summary>
    /// <param name="i">The row.</param>
    /// <returns>The text, or null for none.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row is out of range.</exception>
    protected string? Get(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, Count);
        return _length[i] < 0 ? null : _arena.Get(_place[i], _length[i]);
    }
}

/// <summary>A text column every row has a value in (the names).</summary>
internal sealed class KolomTeksWajib : KolomTeks
{
    /// <summary>Creates an empty column.</summary>
    /// <param name="arena">Where the characters are.</param>
    /// <param name="capacity">The rows expected (a hint).</param>
    public KolomTeksWajib(ArenaTeks arena, int capacity = 16)
        : base(arena, capacity)
    {
    }

    /// <summary>A row's text.</summary>
    /// <param name="i">The row.</param>
    /// <returns>The text.</returns>
    public string this[int i] => Get(i) ?? string.Empty;
}

/// <summary>A text column whose cells may be empty (an empty cell is null).</summary>
internal sealed class KolomTeksOpsional : KolomTeks
{
    /// <summary>Creates an empty column.</summary>
    /// <param name="arena">Where the characters are.</param>
    /// <param name="capacity">The rows expected (a hint).</param>
    public KolomTeksOpsional(ArenaTeks arena, int capacity = 16)
        : base(arena, capacity)
    {
    }

    /// <summary>A row's text.</summary>
    /// <param name="i">The row.</param>
    /// <returns>The text, or null for an empty cell.</returns>
    public string? this[int i] => Get(i);
}
