using System.Collections.Immutable;
using NodaTime;

namespace AsnKinerja.Predicates;

/// <summary>
/// An agency's evaluation period, end to end: from the records (<see cref="EvaluasiPeriodeInput"/>) and the rules in
/// force, every employee's predicate with its explanation, who is counted where and why, every unit's verdict (the bulk
/// engine underneath), calibration proposals for the units that fail, and statistics per unit and for the agency. The
/// PPKs' decisions and the objections follow with <see cref="EvaluasiPeriodeResult.Tetapkan"/>.
/// </summary>
/// <remarks>
/// <para>
/// The steps, each the library's own rule: the special-status policy decides who is evaluated and counted and in
/// which unit (<see cref="KebijakanStatusPegawai.Apply"/>); the tree is built and checked
/// (<see cref="StrukturOrganisasi.Create"/>); the quadrant gives each predicate, the leader rule each head's; the bulk
/// engine counts (heads per <see cref="DistribusiOptions.KepalaUnit"/>, small units per
/// <see cref="DistribusiOptions.UnitKecil"/>) and judges every unit, and each verdict is the one-unit check's on the same
/// counts; a failing unit gets the proposal of <see cref="IDistribusiRules.ProposeKalibrasi"/> for the employees it judged.
/// </para>
/// <para>The answer never depends on the order of the records. Stateless and thread-safe.</para>
/// </remarks>
public static class EvaluasiPeriode
{
    /// <summary>Evaluates a period under the rules given.</summary>
    /// <param name="input">The records of the period.</param>
    /// <param name="kuadran">The quadrant and leader rules.</param>
    /// <param name="distribusi">The distribution rules, configured with the agency's policies.</param>
    /// <param name="options">The special-status, objection and run policies; null for <see cref="EvaluasiPeriodeOptions.Default"/>.</param>
    /// <returns>
    /// The period, with the findings about the records: ORG001–ORG007 (the tree), PRD007–PRD008 (placements and
    /// statuses), PRD010–PRD015 (ratings and organisation predicates). An error among them leaves no value.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    public static Result<EvaluasiPeriodeResult> Evaluate(EvaluasiPeriodeInput input, IKuadranRules kuadran, IDistribusiRules distribusi, EvaluasiPeriodeOptions? options = null) =>
        PerhitunganPeriode.Run(
            Preconditions.CheckNotNull(input), Preconditions.CheckNotNull(kuadran), Preconditions.CheckNotNull(distribusi), options ?? EvaluasiPeriodeOptions.Default, null);

    /// <summary>
    /// Evaluates a period under the rules a registry holds for it: those in force on the decision date that govern the
    /// period (<see cref="RuleSetRegistry.Find{TRules}"/>), so a 2022 evaluation decided in February 2023 is judged under
    /// SE MenPANRB 3/2023. The result records the date.
    /// </summary>
    /// <param name="input">The records of the period.</param>
    /// <param name="registry">The rule sets, configured with the agency's policies (e.g. <c>AsnKinerjaJson.DefaultRegistry</c>, or the DI package's).</param>
    /// <param name="tanggalPenetapan">The date the predicates are set (decides which rules are in force).</param>
    /// <param name="options">The special-status, objection and run policies; null for <see cref="EvaluasiPeriodeOptions.Default"/>.</param>
    /// <returns>The period, with the findings about the records (see <see cref="Evaluate(EvaluasiPeriodeInput, IKuadranRules, IDistribusiRules, EvaluasiPeriodeOptions?)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="registry"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tanggalPenetapan"/> is not in the ISO calendar.</exception>
    /// <exception cref="KeyNotFoundException">The registry holds no quadrant or distribution rules in force on that date for the period (the message names the domain, date and period).</exception>
    public static Result<EvaluasiPeriodeResult> Evaluate(EvaluasiPeriodeInput input, RuleSetRegistry registry, LocalDate tanggalPenetapan, EvaluasiPeriodeOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(registry);
        Preconditions.CheckIso(tanggalPenetapan);
        var kuadran = registry.Find<IKuadranRules>(tanggalPenetapan, input.Periode);
        var distribusi = registry.Find<IDistribusiRules>(tanggalPenetapan, input.Periode);
        return PerhitunganPeriode.Run(input, kuadran, distribusi, options ?? EvaluasiPeriodeOptions.Default, tanggalPenetapan);
    }
}

/// <summary>
/// The computed stage of a period, shared by every result decided from it: the treatment of each employee, the tree,
/// the bulk rows (the counted employees in NIP order), the computed predicates, verdicts and proposals.
/// </summary>
internal sealed class PerhitunganPeriode
{
    private PemeriksaanDistribusiResult[] _verdicts = Array.Empty<PemeriksaanDistribusiResult>();

    private PerhitunganPeriode(EvaluasiPeriodeInput input, IKuadranRules kuadran, IDistribusiRules distribusi, EvaluasiPeriodeOptions options, LocalDate? tanggalPenetapan)
    {
        Input = input;
        Kuadran = kuadran;
        Distribusi = distribusi;
        Options = options;
        TanggalPenetapan = tanggalPenetapan;
    }

    internal EvaluasiPeriodeInput Input { get; }

    internal IKuadranRules Kuadran { get; }

    internal IDistribusiRules Distribusi { get; }

    internal EvaluasiPeriodeOptions Options { get; }

    internal LocalDate? TanggalPenetapan { get; }

    internal PenghitunganPegawaiResult Penghitungan { get; private set; } = null!;

    internal StrukturOrganisasi Struktur { get; private set; } = null!;

    internal ImmutableArray<Finding> Findings { get; private set; }

    internal ImmutableArray<string> UnitIds { get; private set; }

    internal Dictionary<string, int> UnitIndex { get; } = new(StringComparer.Ordinal);

    internal PredikatKinerjaOrganisasi[] Org { get; private set; } = Array.Empty<PredikatKinerjaOrganisasi>();

    internal int[] Parent { get; private set; } = Array.Empty<int>();

    internal ImmutableArray<Nip> RowNip { get; private set; }

    internal Dictionary<Nip, int> RowOf { get; } = new();

    internal int[] RowUnit { get; private set; } = Array.Empty<int>();

    internal bool[] RowKepala { get; private set; } = Array.Empty<bool>();

    internal Ekspektasi[] RowHasil { get; private set; } = Array.Empty<Ekspektasi>();

    internal Ekspektasi[] RowPerilaku { get; private set; } = Array.Empty<Ekspektasi>();

    internal BulkResult Bulk { get; private set; } = null!;

    internal Dictionary<Nip, PenilaianPegawai> Ratings { get; } = new();

    internal Dictionary<Nip, PredikatTerhitung> Terhitung { get; } = new();

    internal HashSet<Nip> Heads { get; } = new();

    internal IReadOnlyList<PemeriksaanDistribusiResult> Verdicts => _verdicts;

    internal UsulanKalibrasi?[] Kalibrasi { get; private set; } = Array.Empty<UsulanKalibrasi?>();

    internal Dictionary<Nip, PerubahanPredikat> Changes { get; } = new();

    internal ImmutableArray<Nip>[] Placed { get; private set; } = Array.Empty<ImmutableArray<Nip>>();

    internal ImmutableArray<Nip>[] Counted { get; private set; } = Array.Empty<ImmutableArray<Nip>>();

    internal ImmutableArray<Nip>[] Judged { get; private set; } = Array.Empty<ImmutableArray<Nip>>();

    internal static Result<EvaluasiPeriodeResult> Run(EvaluasiPeriodeInput input, IKuadranRules kuadran, IDistribusiRules distribusi, EvaluasiPeriodeOptions options, LocalDate? tanggalPenetapan)
    {
        var core = new PerhitunganPeriode(input, kuadran, distribusi, options, tanggalPenetapan);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        if (!core.Prepare(findings))
        {
            return Result.Failure<EvaluasiPeriodeResult>(findings.ToImmutable());
        }

        core.Findings = findings.ToImmutable();
        core.Compute();
        return Result.Success(EvaluasiPeriodeResult.Decide(core, KeputusanPeriode.Empty), core.Findings);
    }

    /// <summary>The bulk input of the counted rows, with decided predicates where given.</summary>
    internal BulkInput BulkInput(PredikatKinerja[]? ditetapkan) =>
        Predicates.BulkInput.FromRows(UnitIds, Parent, Org, RowNip, RowUnit, RowKepala, RowHasil, RowPerilaku, ditetapkan);

    /// <summary>Why an employee is counted where they are (or not at all).</summary>
    internal Explanation ExplainPenghitungan(PenghitunganPegawai p)
    {
        var opsi = Distribusi.Options;
        var inputs = new List<FindingValue> { FindingValue.Of("nip", p.Nip.ToString()), FindingValue.Of("unit", p.UnitId) };
        var values = new List<FindingValue>();
        var policies = new List<AppliedPolicy>(p.Explanation.Policies);
        string alasan;
        var gabung = "tidak";
        if (!p.IsDihitung)
        {
            alasan = p.IsDinilai ? "tidakDihitung" : "tidakDinilai";
        }
        else
        {
            var row = RowOf[p.Nip];
            var counted = UnitIds[Bulk.GetUnitDihitung(row)];
            var judged = UnitIds[Bulk.GetUnitDinilai(row)];
            values.Add(FindingValue.Of("unitDihitung", counted));
            values.Add(FindingValue.Of("unitDinilai", judged));
            var kepala = opsi.Policies.First(x => x.Name == "KepalaUnit");
            if (!RowKepala[row])
            {
                alasan = "anggota";
            }
            else if (Parent[RowUnit[row]] < 0)
            {
                alasan = "kepalaTanpaInduk";
            }
            else
            {
                alasan = opsi.KepalaUnit == PenghitunganKepalaUnit.UnitInduk ? "kepalaUnitInduk" : "kepalaUnitSendiri";
                values.Add(FindingValue.Of("kebijakanKepalaUnit", kepala.Choice));
                policies.Add(kepala);
            }

            if (!string.Equals(counted, judged, StringComparison.Ordinal))
            {
                var unitKecil = opsi.Policies.First(x => x.Name == "UnitKecil");
                gabung = "ya";
                values.Add(FindingValue.Of("kebijakanUnitKecil", unitKecil.Choice));
                policies.Add(unitKecil);
            }
        }

        values.Insert(0, FindingValue.Of("alasan", alasan));
        values.Insert(1, FindingValue.Of("gabung", gabung));
        return PredicateExplanations.PenghitunganDistribusi.Create(Distribusi.RuleSet.Id, "PenghitunganDistribusi." + alasan, inputs, values, policies);
    }

    /// <summary>Treatment, tree, ratings and organisation predicates; false when an error leaves nothing to evaluate.</summary>
    private bool Prepare(ImmutableArray<Finding>.Builder findings)
    {
        var periode = Input.Periode.ToString();
        Penghitungan = Options.KebijakanStatus.Apply(Input.Periode, Input.Penempatan, Input.Status);
        findings.AddRange(Penghitungan.Findings);
        var struktur = StrukturOrganisasi.Create(Input.Unit, Penghitungan.Pegawai.Select(p => new PenempatanPegawai(p.Nip, p.UnitId, p.IsKepala)));
        findings.AddRange(struktur.Findings);
        if (!struktur.IsSuccess)
        {
            return false;
        }

        Struktur = struktur.Value;
        var duplicates = new SortedDictionary<Nip, int>();
        foreach (var r in Input.Penilaian)
        {
            if (Ratings.ContainsKey(r.Nip))
            {
                duplicates[r.Nip] = duplicates.TryGetValue(r.Nip, out var n) ? n + 1 : 2;
            }
            else
            {
                Ratings[r.Nip] = r;
            }
        }

        foreach (var d in duplicates)
        {
            findings.Add(PredicateFindings.PenilaianGanda.Create(d.Key.ToString(), FindingValue.Of("nip", d.Key.ToString()), FindingValue.Of("jumlah", d.Value), FindingValue.Of("periode", periode)));
        }

        foreach (var p in Penghitungan.Pegawai)
        {
            var rated = Ratings.ContainsKey(p.Nip);
            if (p.IsDinilai && !rated)
            {
                findings.Add(PredicateFindings.PegawaiTanpaPenilaian.Create(p.Nip.ToString(), FindingValue.Of("nip", p.Nip.ToString()), FindingValue.Of("periode", periode), FindingValue.Of("unit", p.UnitId)));
            }
            else if (!p.IsDinilai && rated)
            {
                findings.Add(PredicateFindings.PenilaianPegawaiTidakDinilai.Create(p.Nip.ToString(), FindingValue.Of("nip", p.Nip.ToString()), FindingValue.Of("periode", periode)));
            }
        }

        foreach (var nip in Ratings.Keys.Where(n => Penghitungan.Get(n) is null).OrderBy(n => n))
        {
            findings.Add(PredicateFindings.PenilaianTanpaPenempatan.Create(nip.ToString(), FindingValue.Of("nip", nip.ToString()), FindingValue.Of("periode", periode)));
        }

        var units = Struktur.Units.ToList();
        UnitIds = units.Select(u => u.Id).ToImmutableArray();
        Org = new PredikatKinerjaOrganisasi[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            UnitIndex[units[u].Id] = u;
            if (!Input.PredikatOrganisasi.TryGetValue(units[u].Id, out Org[u]))
            {
                findings.Add(PredicateFindings.UnitTanpaPredikatOrganisasi.Create(units[u].Id, FindingValue.Of("unit", units[u].Id), FindingValue.Of("periode", periode)));
            }
        }

        foreach (var id in Input.PredikatOrganisasi.Keys.Where(id => !UnitIndex.ContainsKey(id)))
        {
            findings.Add(PredicateFindings.PredikatOrganisasiTanpaUnit.Create(id, FindingValue.Of("unit", id)));
        }

        return !findings.Any(f => f.Severity == FindingSeverity.Error);
    }

    private void Compute()
    {
        var units = UnitIds.Length;
        Parent = new int[units];
        for (var u = 0; u < units; u++)
        {
            Parent[u] = Struktur.GetParent(UnitIds[u]) is { } p ? UnitIndex[p.Id] : -1;
        }

        // Predicates: one shared result per quadrant cell and per (organisation predicate, behaviour) for heads.
        var cells = new PredikatTerhitung?[16];
        var leaders = new PredikatTerhitung?[24];
        var rows = new List<PenghitunganPegawai>();
        foreach (var p in Penghitungan.Pegawai)
        {
            if (!p.IsDinilai)
            {
                continue;
            }

            var rating = Ratings[p.Nip];
            var isHead = Struktur.GetKepala(p.UnitId) == p.Nip;
            PredikatTerhitung terhitung;
            if (isHead)
            {
                Heads.Add(p.Nip);
                var org = Org[UnitIndex[p.UnitId]];
                terhitung = leaders[((int)org * 4) + (int)rating.RatingPerilakuKerja] ??= Kuadran.EvaluateKepalaUnit(org, rating.RatingPerilakuKerja);
            }
            else
            {
                terhitung = cells[((int)rating.RatingHasilKerja * 4) + (int)rating.RatingPerilakuKerja] ??= Kuadran.Evaluate(rating.RatingHasilKerja, rating.RatingPerilakuKerja);
            }

            Terhitung[p.Nip] = terhitung;
            if (p.IsDihitung)
            {
                rows.Add(p);
            }
        }

        // The counted employees are the bulk rows, in NIP order.
        RowNip = rows.Select(r => r.Nip).ToImmutableArray();
        RowUnit = new int[rows.Count];
        RowKepala = new bool[rows.Count];
        RowHasil = new Ekspektasi[rows.Count];
        RowPerilaku = new Ekspektasi[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var rating = Ratings[rows[i].Nip];
            RowOf[rows[i].Nip] = i;
            RowUnit[i] = UnitIndex[rows[i].UnitId];
            RowKepala[i] = Heads.Contains(rows[i].Nip);
            RowHasil[i] = rating.RatingHasilKerja;
            RowPerilaku[i] = rating.RatingPerilakuKerja;
        }

        var predikat = new PredikatKinerja[rows.Count];
        Bulk = Distribusi.Evaluate(BulkInput(null), Kuadran, predikat, Options.Bulk);

        _verdicts = new PemeriksaanDistribusiResult[units];
        Kalibrasi = new UsulanKalibrasi?[units];
        Placed = new ImmutableArray<Nip>[units];
        Counted = new ImmutableArray<Nip>[units];
        Judged = new ImmutableArray<Nip>[units];
        for (var u = 0; u < units; u++)
        {
            _verdicts[u] = Bulk.GetVerdict(u);
            Placed[u] = Struktur.GetPegawai(UnitIds[u]).Sort();
            Counted[u] = Nips(Bulk.GetPegawaiDihitung(u));
            var judged = Bulk.GetPegawaiDinilai(u);
            Judged[u] = Nips(judged);
            if (_verdicts[u].Status is StatusDistribusi.TidakMemenuhi or StatusDistribusi.TidakMungkin)
            {
                var usulan = Distribusi.ProposeKalibrasi(_verdicts[u], judged.Select(r => new PegawaiKalibrasi(RowNip[r], predikat[r], Ratings[RowNip[r]].SkorPeringkat)).ToList());
                Kalibrasi[u] = usulan;
                foreach (var change in usulan.Perubahan)
                {
                    Changes[change.Nip] = change;
                }
            }
        }
    }

    private ImmutableArray<Nip> Nips(ImmutableArray<int> rows)
    {
        var builder = ImmutableArray.CreateBuilder<Nip>(rows.Length);
        foreach (var r in rows)
        {
            builder.Add(RowNip[r]);
        }

        return builder.MoveToImmutable();
    }
}
