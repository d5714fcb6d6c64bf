using System.Collections.Immutable;
using AsnKinerja.Predicates;
using AsnKinerja.Tool.Masukan;
using NodaTime;

namespace AsnKinerja.Tool.Pemeriksaan;

/// <summary>
/// One unit's outcome: its status, counts and, when it fails, its verdict and the calibration proposal. The verdict of a
/// unit that fails is kept (the proposal answers it); that of any other unit is made by the library's one-unit check each
/// time it is asked for, so that a national file does not keep tens of thousands of verdicts nobody reads.
/// </summary>
internal sealed class HasilUnit
{
    private readonly BulkResult _bulk;
    private readonly string _id;
    private readonly string? _indukId;
    private readonly PemeriksaanDistribusiResult? _verdict;

    /// <summary>Creates the outcome.</summary>
    /// <param name="index">The unit's index in <see cref="DataUnit"/>.</param>
    /// <param name="bulk">The bulk engine's answer.</param>
    /// <param name="id">The unit's identifier.</param>
    /// <param name="indukId">The identifier of the unit it was pooled into, or null.</param>
    /// <param name="verdict">The verdict when kept (a unit that fails); null to make it when asked for.</param>
    /// <param name="kalibrasi">The proposal for a unit that fails; null otherwise.</param>
    /// <param name="usulanAwal">Where the unit's proposed changes start in <see cref="HasilPemeriksaan.Usulan"/>.</param>
    /// <param name="usulanJumlah">How many proposed changes the unit has.</param>
    public HasilUnit(int index, BulkResult bulk, string id, string? indukId, PemeriksaanDistribusiResult? verdict, UsulanKalibrasi? kalibrasi, int usulanAwal, int usulanJumlah)
    {
        Index = index;
        _bulk = bulk;
        _id = id;
        _indukId = indukId;
        _verdict = verdict;
        Kalibrasi = kalibrasi;
        UsulanAwal = usulanAwal;
        UsulanJumlah = usulanJumlah;
        Status = bulk.GetStatus(index);
        DigabungKe = bulk.GetDigabungKe(index);
    }

    /// <summary>The unit's index in <see cref="DataUnit"/>.</summary>
    public int Index { get; }

    /// <summary>The bulk engine's status of the unit (the verdict's status: the engine and the one-unit check agree).</summary>
    public StatusDistribusi Status { get; }

    /// <summary>The library's verdict, with its findings and explanation.</summary>
    public PemeriksaanDistribusiResult Verdict => _verdict ?? _bulk.GetVerdict(Index, _id, _indukId);

    /// <summary>The proposal for a unit that does not meet its pattern; null otherwise.</summary>
    public UsulanKalibrasi? Kalibrasi { get; }

    /// <summary>The counts of the employees counted in the unit's own distribution.</summary>
    public JumlahPredikat JumlahDihitung => _bulk.GetJumlahDihitung(Index);

    /// <summary>The unit a small unit was pooled into, or -1.</summary>
    public int DigabungKe { get; }

    /// <summary>Where the unit's proposed changes start in <see cref="HasilPemeriksaan.Usulan"/>.</summary>
    public int UsulanAwal { get; }

    /// <summary>How many proposed changes the unit has.</summary>
    public int UsulanJumlah { get; }

    /// <summary>Whether the unit fails its pattern (or cannot meet it).</summary>
    public bool IsPelanggaran => Melanggar(Status);

    /// <summary>Whether a status is a failure of the pattern (it does not meet it, or cannot be met).</summary>
    /// <param name="status">The status.</param>
    /// <returns>True for a failure.</returns>
    public static bool Melanggar(StatusDistribusi status) => status is StatusDistribusi.TidakMemenuhi or StatusDistribusi.TidakMungkin;
}

/// <summary>A proposed change for one employee, with the row it came from.</summary>
/// <param name="Pegawai">The employee's index in <see cref="DataPegawai"/>.</param>
/// <param name="Unit">The index of the unit whose verdict proposes it.</param>
/// <param name="Perubahan">The library's proposal with its reason.</param>
internal readonly record struct UsulanPegawai(int Pegawai, int Unit, PerubahanPredikat Perubahan);

/// <summary>
/// The check of a file pair: the rules in force for the period on the decision date, every employee's predicate, every
/// unit's verdict and, for each unit that fails, the calibration proposal. Everything is the library's: the bulk engine
/// computes and counts (<see cref="IDistribusiRules.Evaluate"/>), each verdict is the one-unit check's
/// (<see cref="BulkResult.GetVerdict(int, string?, string?)"/>), each proposal is <see cref="IDistribusiRules.ProposeKalibrasi(PemeriksaanDistribusiResult, IEnumerable{PegawaiKalibrasi})"/>
/// on the employees the verdict judges. The tool adds no rule.
/// </summary>
internal sealed class HasilPemeriksaan
{
    private HasilPemeriksaan(
        DataUnit unit, DataPegawai pegawai, PeriodeKinerja periode, LocalDate tanggal, IKuadranRules kuadran, IDistribusiRules distribusi,
        BulkResult bulk, PredikatKinerja[] predikat, ImmutableArray<HasilUnit> hasilUnit, ImmutableArray<UsulanPegawai> usulan)
    {
        Unit = unit;
        Pegawai = pegawai;
        Periode = periode;
        Tanggal = tanggal;
        Kuadran = kuadran;
        Distribusi = distribusi;
        Bulk = bulk;
        Predikat = predikat;
        HasilUnit = hasilUnit;
        Usulan = usulan;
        JumlahPelanggaran = hasilUnit.Count(h => h.IsPelanggaran);
    }

    /// <summary>The units.</summary>
    public DataUnit Unit { get; }

    /// <summary>The employees.</summary>
    public DataPegawai Pegawai { get; }

    /// <summary>The performance period.</summary>
    public PeriodeKinerja Periode { get; }

    /// <summary>The decision date the rules were chosen for.</summary>
    public LocalDate Tanggal { get; }

    /// <summary>The quadrant and leader rules.</summary>
    public IKuadranRules Kuadran { get; }

    /// <summary>The distribution rules.</summary>
    public IDistribusiRules Distribusi { get; }

    /// <summary>The bulk engine's answer.</summary>
    public BulkResult Bulk { get; }

    /// <summary>Per employee: the predicate (the PPK's where the file sets one, else the computed one).</summary>
    public PredikatKinerja[] Predikat { get; }

    /// <summary>Per unit, in the tree's pre-order.</summary>
    public ImmutableArray<HasilUnit> HasilUnit { get; }

    /// <summary>Every proposed change, unit by unit (a unit's are <see cref="HasilUnit.UsulanAwal"/> onwards).</summary>
    public ImmutableArray<UsulanPegawai> Usulan { get; }

    /// <summary>The proposed changes of one unit.</summary>
    /// <param name="h">The unit's outcome.</param>
    /// <returns>Its changes, in the proposal's order.</returns>
    public ReadOnlySpan<UsulanPegawai> UsulanUnit(HasilUnit h) => Usulan.AsSpan().Slice(h.UsulanAwal, h.UsulanJumlah);

    /// <summary>The number of units that fail their pattern.</summary>
    public int JumlahPelanggaran { get; }

    /// <summary>The policies the run applied: the bulk engine's and those of every calibration proposal.</summary>
    public ImmutableArray<AppliedPolicy> Policies => Bulk.Policies.Concat(HasilUnit.Where(h => h.Kalibrasi is not null).SelectMany(h => h.Kalibrasi!.Policies)).Distinct().ToImmutableArray();

    /// <summary>Runs the check.</summary>
    /// <param name="unit">The units.</param>
    /// <param name="pegawai">The employees.</param>
    /// <param name="registry">The rule sets.</param>
    /// <param name="periode">The performance period.</param>
    /// <param name="tanggal">The decision date.</param>
    /// <param name="options">The agency's distribution policies, or null for the rule set's defaults.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="KeyNotFoundException">No rules are in force on the date for the period (the library's message names both).</exception>
    public static HasilPemeriksaan Run(DataUnit unit, DataPegawai pegawai, RuleSetRegistry registry, PeriodeKinerja periode, LocalDate tanggal, DistribusiOptions? options)
    {
        var kuadran = registry.Find<IKuadranRules>(tanggal, periode);
        var distribusi = registry.Find<IDistribusiRules>(tanggal, periode);
        if (options is not null)
        {
            distribusi = distribusi.WithOptions(options);
        }

        var input = new BulkInput(
            pegawai.Unit,
            pegawai.RatingHasilKerja,
            pegawai.RatingPerilakuKerja,
            unit.Induk,
            unit.PredikatOrganisasi,
            pegawai.AdaKepala ? pegawai.KepalaUnit : default(ReadOnlyMemory<int>),
            pegawai.PredikatDitetapkan ?? default(ReadOnlyMemory<PredikatKinerja>));
        var predikat = new PredikatKinerja[pegawai.Count];
        var bulk = distribusi.Evaluate(input, kuadran, predikat);

        // Only a unit that fails needs its verdict now (its proposal answers it); every unit's work is independent of the
        // others' (the rules and the bulk result are immutable), so the units are shared among the cores, and the results
        // are put back in the tree's order, so the output does not depend on the number of cores.
        var verdicts = new PemeriksaanDistribusiResult?[unit.Count];
        var kalibrasi = new UsulanKalibrasi?[unit.Count];
        var perubahan = new UsulanPegawai[unit.Count][];
        _ = bulk.GetPegawaiDinilai(0);
        Parallel.For(
            0,
            unit.Count,
            () => new Dictionary<Nip, int>(),
            (u, _, row) =>
            {
                perubahan[u] = Array.Empty<UsulanPegawai>();
                if (!Pemeriksaan.HasilUnit.Melanggar(bulk.GetStatus(u)))
                {
                    return row;
                }

                var pooled = bulk.GetDigabungKe(u);
                var verdict = bulk.GetVerdict(u, unit.Id[u], pooled >= 0 ? unit.Id[pooled] : null);
                verdicts[u] = verdict;
                var judged = bulk.GetPegawaiDinilai(u);
                row.Clear();
                var list = new List<PegawaiKalibrasi>(judged.Length);
                foreach (var i in judged)
                {
                    row[pegawai.Nip[i]] = i;
                    list.Add(new PegawaiKalibrasi(pegawai.Nip[i], predikat[i], pegawai.Skor?[i]));
                }

                var proposal = distribusi.ProposeKalibrasi(verdict, list);
                kalibrasi[u] = proposal;
                var changes = new UsulanPegawai[proposal.Perubahan.Length];
                for (var k = 0; k < changes.Length; k++)
                {
                    var change = proposal.Perubahan[k];
                    changes[k] = new UsulanPegawai(row[change.Nip], u, change);
                }

                perubahan[u] = changes;
                return row;
            },
            _ => { });

        var hasil = ImmutableArray.CreateBuilder<HasilUnit>(unit.Count);
        var usulan = ImmutableArray.CreateBuilder<UsulanPegawai>(perubahan.Sum(p => p.Length));
        for (var u = 0; u < unit.Count; u++)
        {
            var pooled = bulk.GetDigabungKe(u);
            hasil.Add(new HasilUnit(u, bulk, unit.Id[u], pooled >= 0 ? unit.Id[pooled] : null, verdicts[u], kalibrasi[u], usulan.Count, perubahan[u].Length));
            usulan.AddRange(perubahan[u]);
        }

        return new HasilPemeriksaan(unit, pegawai, periode, tanggal, kuadran, distribusi, bulk, predikat, hasil.MoveToImmutable(), usulan.MoveToImmutable());
    }
}
