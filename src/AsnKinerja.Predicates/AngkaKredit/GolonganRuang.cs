namespace AsnKinerja.Predicates;

/// <summary>The rank (<em>golongan/ruang</em>) of a functional official, lowest to highest, as far as functional positions use it.</summary>
public enum GolonganRuang
{
    /// <summary>II/a.</summary>
    IIa = 1,

    /// <summary>II/b.</summary>
    IIb = 2,

    /// <summary>II/c.</summary>
    IIc = 3,

    /// <summary>II/d.</summary>
    IId = 4,

    /// <summary>III/a.</summary>
    IIIa = 5,

    /// <summary>III/b.</summary>
    IIIb = 6,

    /// <summary>III/c.</summary>
    IIIc = 7,

    /// <summary>III/d.</summary>
    IIId = 8,

    /// <summary>IV/a.</summary>
    IVa = 9,

    /// <summary>IV/b.</summary>
    IVb = 10,

    /// <summary>IV/c.</summary>
    IVc = 11,

    /// <summary>IV/d.</summary>
    IVd = 12,

    /// <summary>IV/e.</summary>
    IVe = 13,
}
