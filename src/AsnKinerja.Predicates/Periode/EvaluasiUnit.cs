using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>
/// One unit in an evaluation period (<see cref="EvaluasiPeriodeResult.Unit"/>): its place in the tree, organisation
/// predicate and head; who is placed in it, who is counted in its own distribution and who its verdict judges; the
/// verdict on the computed predicates (the bulk engine's, with exactly its answers), the calibration proposal when it
/// fails, and the verdict on the final predicates.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EvaluasiUnit
{
    internal EvaluasiUnit(
        UnitKerja unit, int depth, PredikatKinerjaOrganisasi predikatOrganisasi, Nip? kepala, ImmutableArray<Nip> pegawai, ImmutableArray<Nip> pegawaiDihitung,
        ImmutableArray<Nip> pegawaiDinilai, string? digabungKe, PemeriksaanDistribusiResult verdict, UsulanKalibrasi? kalibrasi, PemeriksaanDistribusiResult verdictAkhir)
    {
        Unit = unit;
        Depth = depth;
        PredikatOrganisasi = predikatOrganisasi;
        Kepala = kepala;
        Pegawai = pegawai;
        PegawaiDihitung = pegawaiDihitung;
        PegawaiDinilai = pegawaiDinilai;
        DigabungKe = digabungKe;
        Verdict = verdict;
        Kalibrasi = kalibrasi;
        VerdictAkhir = verdictAkhir;
    }

    /// <summary>The unit record.</summary>
    public UnitKerja Unit { get; }

    /// <summary>The unit's identifier.</summary>
    public string UnitId => Unit.Id;

    /// <summary>The parent unit's identifier, or null for a root.</summary>
    public string? IndukId => Unit.ParentId;

    /// <summary>The depth in the tree (a root has depth 0).</summary>
    public int Depth { get; }

    /// <summary>The unit's organisation predicate for the period.</summary>
    public PredikatKinerjaOrganisasi PredikatOrganisasi { get; }

    /// <summary>The head placed in the unit in the period, or null.</summary>
    public Nip? Kepala { get; }

    /// <summary>Everyone placed in the unit in the period (not its sub-units), whether evaluated or not, in NIP order.</summary>
    public ImmutableArray<Nip> Pegawai { get; }

    /// <summary>Everyone counted in the unit's own distribution (its counted staff, the heads of sub-units per the head policy), in NIP order.</summary>
    public ImmutableArray<Nip> PegawaiDihitung { get; }

    /// <summary>Everyone the unit's verdict judges: <see cref="PegawaiDihitung"/> and those of small units pooled into it, in NIP order.</summary>
    public ImmutableArray<Nip> PegawaiDinilai { get; }

    /// <summary>The unit this small unit was pooled into, or null.</summary>
    public string? DigabungKe { get; }

    /// <summary>The verdict on the computed predicates.</summary>
    public PemeriksaanDistribusiResult Verdict { get; }

    /// <summary>The verdict's status on the computed predicates.</summary>
    public StatusDistribusi Status => Verdict.Status;

    /// <summary>The calibration proposal when the unit fails its pattern (<see cref="StatusDistribusi.TidakMemenuhi"/>, or <see cref="StatusDistribusi.TidakMungkin"/> with the reason there is none); null otherwise.</summary>
    public UsulanKalibrasi? Kalibrasi { get; }

    /// <summary>The verdict on the final predicates (the same as <see cref="Verdict"/> while nothing is decided).</summary>
    public PemeriksaanDistribusiResult VerdictAkhir { get; }

    /// <summary>The verdict's status on the final predicates.</summary>
    public StatusDistribusi StatusAkhir => VerdictAkhir.Status;

    /// <summary>The unit, its predicate and its verdicts.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        UnitId + " (" + PredikatOrganisasi.ToLabel() + "): " + Status.ToLabel() + (StatusAkhir != Status ? " → " + StatusAkhir.ToLabel() : string.Empty);
}
