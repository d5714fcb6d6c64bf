namespace AsnKinerja.Predicates;

/// <summary>
/// The <em>angka kredit</em> a functional official needs to move from one rank to the next, and whether that step also
/// moves them up a level (<em>kenaikan jenjang</em>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class KebutuhanKenaikan
{
    internal KebutuhanKenaikan(GolonganRuang dari, GolonganRuang ke, JenjangFungsional jenjangDari, JenjangFungsional jenjangKe, decimal angkaKredit, Confidence confidence)
    {
        Dari = dari;
        Ke = ke;
        JenjangDari = jenjangDari;
        JenjangKe = jenjangKe;
        AngkaKredit = angkaKredit;
        Confidence = confidence;
    }

    /// <summary>The current rank.</summary>
    public GolonganRuang Dari { get; }

    /// <summary>The next rank.</summary>
    public GolonganRuang Ke { get; }

    /// <summary>The level at the current rank.</summary>
    public JenjangFungsional JenjangDari { get; }

    /// <summary>The level at the next rank.</summary>
    public JenjangFungsional JenjangKe { get; }

    /// <summary>Whether the step also moves the official up a level.</summary>
    public bool IsKenaikanJenjang => JenjangDari != JenjangKe;

    /// <summary>
    /// The <em>angka kredit</em> needed for the step: the level's rank figure for a step inside the level, the level figure
    /// for a level step. <see cref="Dasar"/> says what it is counted from.
    /// </summary>
    public decimal AngkaKredit { get; }

    /// <summary>
    /// What the figure is counted from: the last rank promotion for a step inside the level, everything earned within the
    /// level for a level step.
    /// </summary>
    public DasarAkumulasi Dasar => IsKenaikanJenjang ? DasarAkumulasi.DalamJenjang : DasarAkumulasi.SejakPangkatTerakhir;

    /// <summary>How firmly the figure rests on its source: expert track [H], skilled track [M].</summary>
    public Confidence Confidence { get; }

    /// <summary>The step and its figure.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Dari + " → " + Ke + ": " + AngkaKredit.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
