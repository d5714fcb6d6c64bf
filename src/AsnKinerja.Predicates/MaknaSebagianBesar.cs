namespace AsnKinerja.Predicates;

/// <summary>
/// What "most" (<em>sebagian besar</em>) means where the regulation uses the word without a number [L].
/// </summary>
public enum MaknaSebagianBesar
{
    /// <summary>More than half of the employees (or results).</summary>
    LebihDariSetengah = 1,

    /// <summary>The largest group: at least as many as any other single group.</summary>
    KelompokTerbesar = 2,
}
