namespace AsnKinerja.Predicates;

/// <summary>
/// One employee in an evaluation period (<see cref="EvaluasiPeriodeResult.Pegawai"/>): the NIP and period; how the
/// special-status policy treated them and in which unit; the ratings and who evaluates; the computed predicate with its
/// explanation (the leader rule for a unit head); where they are counted and judged in the distribution, and why; the
/// calibration proposed for them; and the final predicate once the PPK and any objection decided.
/// </summary>
/// <remarks>
/// This is the record a SIASN payload or an official document is built from: <see cref="Nip"/>, <see cref="Periode"/>,
/// <see cref="Penilaian"/> (the two ratings), <see cref="Terhitung"/> and <see cref="Akhir"/> (computed and final
/// predicate), <see cref="UnitId"/>, <see cref="PejabatPenilai"/> and <see cref="Explain"/>. Immutable and thread-safe.
/// </remarks>
public sealed class EvaluasiPegawai
{
    private readonly PerhitunganPeriode _core;

    internal EvaluasiPegawai(
        PeriodeKinerja periode,
        PenghitunganPegawai penghitungan,
        bool isKepalaUnit,
        PenilaianPegawai? penilaian,
        PredikatTerhitung? terhitung,
        string? unitDihitungId,
        string? unitDinilaiId,
        PerubahanPredikat? kalibrasi,
        Keberatan? keberatan,
        PredikatAkhir? akhir,
        PerhitunganPeriode core)
    {
        Periode = periode;
        Penghitungan = penghitungan;
        IsKepalaUnit = isKepalaUnit;
        Penilaian = penilaian;
        Terhitung = terhitung;
        UnitDihitungId = unitDihitungId;
        UnitDinilaiId = unitDinilaiId;
        Kalibrasi = kalibrasi;
        Keberatan = keberatan;
        Akhir = akhir;
        _core = core;
    }

    /// <summary>The employee.</summary>
    public Nip Nip => Penghitungan.Nip;

    /// <summary>The evaluated period.</summary>
    public PeriodeKinerja Periode { get; }

    /// <summary>How the special-status policy treats the employee in the period, and why (<see cref="PenghitunganPegawai.Explanation"/>).</summary>
    public PenghitunganPegawai Penghitungan { get; }

    /// <summary>The unit the employee belongs to in the period (after a move, the one the move policy chose).</summary>
    public string UnitId => Penghitungan.UnitId;

    /// <summary>Whether the employee heads that unit (the leader rule computes their predicate).</summary>
    public bool IsKepalaUnit { get; }

    /// <summary>The treatment: evaluated and counted, evaluated only, or not evaluated.</summary>
    public PerlakuanStatusPegawai Perlakuan => Penghitungan.Perlakuan;

    /// <summary>Whether the employee is evaluated (has a predicate) in the period.</summary>
    public bool IsDinilai => Penghitungan.IsDinilai;

    /// <summary>Whether the employee is counted in a unit's distribution.</summary>
    public bool IsDihitung => Penghitungan.IsDihitung;

    /// <summary>The ratings as given; null when the employee is not evaluated (ratings given then are ignored).</summary>
    public PenilaianPegawai? Penilaian { get; }

    /// <summary>The PPK as recorded with the ratings, or null.</summary>
    public PejabatPenilaiKinerja? PejabatPenilai => Penilaian?.PejabatPenilai;

    /// <summary>The PPK's superior as recorded with the ratings, or null.</summary>
    public Pejabat? AtasanPejabatPenilai => Penilaian?.AtasanPejabatPenilai;

    /// <summary>The computed predicate with its explanation (the quadrant, or the leader rule for a unit head); null when not evaluated.</summary>
    public PredikatTerhitung? Terhitung { get; }

    /// <summary>The unit whose own distribution counts the employee (for a head, per <see cref="DistribusiOptions.KepalaUnit"/>); null when not counted.</summary>
    public string? UnitDihitungId { get; }

    /// <summary>The unit whose verdict judges the employee: <see cref="UnitDihitungId"/>, or the unit a small unit was pooled into; null when not counted.</summary>
    public string? UnitDinilaiId { get; }

    /// <summary>The change the calibration proposal of <see cref="UnitDinilaiId"/> proposes for the employee, or null.</summary>
    public PerubahanPredikat? Kalibrasi { get; }

    /// <summary>The employee's objection, bound to the PPK's decision it is against; null when there is none.</summary>
    public Keberatan? Keberatan { get; }

    /// <summary>Whether an objection is filed and not decided yet (the PPK's predicate stands until it is).</summary>
    public bool IsKeberatanTertunda => Keberatan is not null && Akhir?.Keberatan is null;

    /// <summary>The PPK's decision (the computed predicate accepted, or another set with who, when and why); null when not evaluated.</summary>
    public KeputusanPredikat? Keputusan => Akhir?.Keputusan;

    /// <summary>The predicate that stands: the PPK's decision, or the superior's decision on an objection; null when not evaluated.</summary>
    public PredikatAkhir? Akhir { get; }

    /// <summary>The final predicate (<see cref="Akhir"/>), or null when not evaluated.</summary>
    public PredikatKinerja? Predikat => Akhir?.Predikat;

    /// <summary>How the predicate that stands was reached (<see cref="PredikatAkhir.Explain"/>), or, when not evaluated, why (<see cref="PenghitunganPegawai.Explanation"/>).</summary>
    /// <returns>The explanation.</returns>
    public Explanation Explain() => Akhir?.Explain() ?? Penghitungan.Explanation;

    /// <summary>
    /// Where the employee is counted and judged in the distribution, and why: a member of the unit, or a unit head per
    /// the head policy; a small unit pooled per the small-unit policy; or not counted per the special-status policy.
    /// </summary>
    /// <returns>The explanation, with the policies it used.</returns>
    public Explanation ExplainPenghitungan() => _core.ExplainPenghitungan(Penghitungan);

    /// <summary>The NIP, the unit and the final predicate.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Nip + "@" + UnitId + ": " + (Akhir is { } a ? a.Predikat.ToLabel() : Perlakuan.ToLabel());
}
