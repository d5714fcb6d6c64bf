using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static AsnKinerja.Predicates.Tests.AturanUji;

namespace AsnKinerja.Predicates.Tests;

/// <summary>
/// The law of the period pipeline: on any agency (heads, small units, pooling, special statuses, moves, PPK decisions,
/// objections) its verdicts are exactly those of the one-unit API on the employees an independent oracle counts in
/// each unit, before and after the decisions, and its calibration proposals are the one-unit API's for those employees.
/// </summary>
public sealed class EvaluasiPeriodePropertyTests
{
    private static readonly Gen<(int Seed, DistribusiOptions Opsi, KebijakanStatusPegawai Kebijakan)> Agencies =
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from pembulatan in Gen.Elements(Pembulatan.Ketat, Pembulatan.SetengahKeAtas)
        from unitKecil in Gen.Elements(KebijakanUnitKecil.Ketat, KebijakanUnitKecil.SaranDiBawahAmbang, KebijakanUnitKecil.GabungKeInduk)
        from ambang in Gen.Choose(1, 6)
        from kepala in Gen.Elements(PenghitunganKepalaUnit.UnitInduk, PenghitunganKepalaUnit.UnitSendiri)
        from penegakan in Gen.Elements(TingkatPenegakan.Saran, TingkatPenegakan.Tegakkan)
        from cakupan in Gen.Elements(CakupanStatusPegawai.SeluruhPeriode, CakupanStatusPegawai.LebihDariSetengahPeriode, CakupanStatusPegawai.SebagianPeriode)
        select (seed, new DistribusiOptions(pembulatan, MaknaSebagianBesar.KelompokTerbesar, unitKecil, ambang, kepala, penegakan), new KebijakanStatusPegawai(cakupan: cakupan));

    [Property(MaxTest = 300)]
    public Property Evaluate_AnyAgency_VerdictsAndProposalsAreTheOneUnitApisOnTheEmployeesCountedThere()
    {
        return Prop.ForAll(Agencies.ToArbitrary(), a =>
        {
            var agency = AgensiAcak.Generate(a.Seed);
            var rules = Distribusi(a.Opsi);
            var hasil = EvaluasiPeriode.Evaluate(agency.Input, Kuadran, rules, new EvaluasiPeriodeOptions(a.Kebijakan)).Value;
            var akhir = hasil.Tetapkan(agency.Decisions(hasil));
            var oracle = new Oracle(agency, rules, a.Kebijakan, akhir);

            var problems = new List<string>();
            foreach (var unit in akhir.Unit)
            {
                oracle.Compare(unit.UnitId, unit.Verdict, oracle.Computed, problems, "computed");
                oracle.Compare(unit.UnitId, unit.VerdictAkhir, oracle.Final, problems, "final");
                if (!unit.PegawaiDinilai.SequenceEqual(oracle.JudgedIn(unit.UnitId)))
                {
                    problems.Add(unit.UnitId + ": judged employees differ");
                }

                var expected = oracle.Proposal(unit.UnitId, unit.Verdict);
                var actual = unit.Kalibrasi?.Perubahan.Select(c => (c.Nip, c.Menjadi));
                if (!(expected is null ? actual is null : actual is not null && expected.SequenceEqual(actual)))
                {
                    problems.Add(unit.UnitId + ": calibration differs");
                }
            }

            foreach (var p in akhir.Pegawai)
            {
                if (p.UnitDihitungId != oracle.CountedIn(p.Nip) || p.Predikat != oracle.FinalPredicate(p.Nip))
                {
                    problems.Add(p.Nip + ": counted in " + p.UnitDihitungId + " (oracle " + oracle.CountedIn(p.Nip) + "), final " + p.Predikat + " (oracle " + oracle.FinalPredicate(p.Nip) + ")");
                }
            }

            return (problems.Count == 0).Label(string.Join("; ", problems.Take(5)));
        });
    }

    [Fact]
    public void Agencies_OfTheProperty_CoverHeadsPoolingStatusesProposalsAndObjections()
    {
        // The property above is only as good as its agencies: over the seeds it draws from, every case occurs.
        var seen = new HashSet<string>();
        var opsi = new DistribusiOptions(unitKecil: KebijakanUnitKecil.GabungKeInduk);
        for (var seed = 0; seed < 300; seed++)
        {
            var agency = AgensiAcak.Generate(seed);
            var hasil = EvaluasiPeriode.Evaluate(agency.Input, Kuadran, Distribusi(opsi)).Value;
            var akhir = hasil.Tetapkan(agency.Decisions(hasil));
            Note(seen, "head counted in the parent", akhir.Pegawai.Any(p => p.IsKepalaUnit && p.UnitDihitungId != p.UnitId && p.UnitDihitungId is not null));
            Note(seen, "pooled unit", akhir.Unit.Any(u => u.Status == StatusDistribusi.Digabung));
            Note(seen, "study leave", akhir.Pegawai.Any(p => p.Perlakuan == PerlakuanStatusPegawai.DinilaiTidakDihitung));
            Note(seen, "not evaluated", akhir.Pegawai.Any(p => !p.IsDinilai));
            Note(seen, "moved", akhir.Pegawai.Any(p => p.Penghitungan.IsMutasi));
            Note(seen, "proposal", akhir.Unit.Any(u => u.Kalibrasi is { Perubahan.IsEmpty: false }));
            Note(seen, "accepted proposal", akhir.Keputusan.Penetapan.Any(p => p.IsKalibrasi));
            Note(seen, "decided objection", akhir.Pegawai.Any(p => p.Akhir?.Sumber == SumberPredikatAkhir.KeputusanKeberatan));
            Note(seen, "pending objection", akhir.Pegawai.Any(p => p.IsKeberatanTertunda));
            Note(seen, "final verdict differs", akhir.Unit.Any(u => u.StatusAkhir != u.Status));
        }

        Assert.Equal(10, seen.Count);
    }

    private static void Note(HashSet<string> seen, string what, bool happened)
    {
        if (happened)
        {
            seen.Add(what);
        }
    }

    /// <summary>The one-unit API on the employees counted in each unit, worked out here without the pipeline.</summary>
    private sealed class Oracle
    {
        private readonly AgensiAcak _agency;
        private readonly IDistribusiRules _rules;
        private readonly Dictionary<Nip, string?> _countedIn = new();
        private readonly Dictionary<Nip, PredikatKinerja?> _final = new();
        private readonly Dictionary<Nip, PredikatKinerja> _computed = new();
        private readonly Dictionary<Nip, decimal?> _score = new();
        private readonly string?[] _pooledInto;

        internal Oracle(AgensiAcak agency, IDistribusiRules rules, KebijakanStatusPegawai kebijakan, EvaluasiPeriodeResult decided)
        {
            _agency = agency;
            _rules = rules;
            var units = agency.Parent.Length;
            var treatment = kebijakan.Apply(agency.Input.Periode, agency.Input.Penempatan, agency.Input.Status);
            var ratings = agency.Input.Penilaian.ToDictionary(p => p.Nip);
            var heads = treatment.Pegawai.Where(p => p.IsKepala).ToDictionary(p => p.UnitId, p => p.Nip);
            foreach (var p in treatment.Pegawai)
            {
                if (!p.IsDinilai)
                {
                    _final[p.Nip] = null;
                    _countedIn[p.Nip] = null;
                    continue;
                }

                var r = ratings[p.Nip];
                var u = int.Parse(p.UnitId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
                var isHead = heads.TryGetValue(p.UnitId, out var h) && h == p.Nip;
                _computed[p.Nip] = isHead ? Kuadran.EvaluateKepalaUnit(agency.Org[u], r.RatingPerilakuKerja).Predikat : Kuadran.GetPredikat(r.RatingHasilKerja, r.RatingPerilakuKerja);
                _score[p.Nip] = r.SkorPeringkat;

                // The decisions as recorded: the PPK's predicate, then the superior's where an objection was decided.
                var ppk = decided.Keputusan.Penetapan.FirstOrDefault(d => d.Nip == p.Nip)?.Ditetapkan ?? _computed[p.Nip];
                _final[p.Nip] = decided.Keputusan.Keberatan.FirstOrDefault(k => k.Nip == p.Nip)?.Putusan?.PredikatAkhir ?? ppk;
                _countedIn[p.Nip] = !p.IsDihitung ? null
                    : isHead && rules.Options.KepalaUnit == PenghitunganKepalaUnit.UnitInduk && agency.Parent[u] >= 0 ? AgensiAcak.Id(agency.Parent[u])
                    : p.UnitId;
            }

            // Pooling bottom-up (deepest first): a small unit with a parent moves its counts to the parent.
            _pooledInto = new string?[units];
            var depth = new int[units];
            for (var u = 0; u < units; u++)
            {
                for (var x = agency.Parent[u]; x >= 0; x = agency.Parent[x])
                {
                    depth[u]++;
                }
            }

            var size = Enumerable.Range(0, units).Select(u => _countedIn.Values.Count(c => c == AgensiAcak.Id(u))).ToArray();
            foreach (var u in Enumerable.Range(0, units).OrderByDescending(u => depth[u]).ThenBy(u => u))
            {
                if (rules.Options.UnitKecil == KebijakanUnitKecil.GabungKeInduk && size[u] > 0 && size[u] < rules.Options.AmbangUnitKecil && agency.Parent[u] >= 0)
                {
                    _pooledInto[u] = AgensiAcak.Id(agency.Parent[u]);
                    size[agency.Parent[u]] += size[u];
                }
            }

            Computed = _computed.ToDictionary(p => p.Key, p => (PredikatKinerja?)p.Value);
        }

        internal Dictionary<Nip, PredikatKinerja?> Computed { get; }

        internal Dictionary<Nip, PredikatKinerja?> Final => _final;

        internal string? CountedIn(Nip nip) => _countedIn.TryGetValue(nip, out var u) ? u : null;

        internal PredikatKinerja? FinalPredicate(Nip nip) => _final.TryGetValue(nip, out var p) ? p : null;

        /// <summary>The employees a unit is judged on: those counted in it and in the units pooled into it, step by step.</summary>
        internal IEnumerable<Nip> JudgedIn(string unitId)
        {
            var units = new HashSet<string> { unitId };
            var grew = true;
            while (grew)
            {
                grew = false;
                for (var u = 0; u < _pooledInto.Length; u++)
                {
                    if (_pooledInto[u] is { } into && units.Contains(into) && units.Add(AgensiAcak.Id(u)))
                    {
                        grew = true;
                    }
                }
            }

            return _countedIn.Where(c => c.Value is { } v && units.Contains(v)).Select(c => c.Key).OrderBy(n => n);
        }

        internal void Compare(string unitId, PemeriksaanDistribusiResult actual, Dictionary<Nip, PredikatKinerja?> predicates, List<string> problems, string stage)
        {
            var u = int.Parse(unitId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            var counts = JumlahPredikat.From(JudgedIn(unitId).Select(n => predicates[n]!.Value));
            if (_pooledInto[u] is { } parent)
            {
                if (actual.Status != StatusDistribusi.Digabung || actual.Jumlah != counts || !actual.Findings.Any(f => f.Code == "DST008" && f.GetValue("induk") == parent))
                {
                    problems.Add(unitId + " " + stage + ": expected pooled into " + parent + " with " + counts + ", was " + actual);
                }

                return;
            }

            var expected = _rules.Check(unitId, _agency.Org[u], counts);
            if (expected.Status != actual.Status || expected.Jumlah != actual.Jumlah || !expected.Findings.SequenceEqual(actual.Findings)
                || expected.PerubahanMinimum != actual.PerubahanMinimum || expected.Explanation != actual.Explanation || !expected.Policies.SequenceEqual(actual.Policies))
            {
                problems.Add(unitId + " " + stage + ": expected " + expected + ", was " + actual);
            }
        }

        internal List<(Nip Nip, PredikatKinerja Menjadi)>? Proposal(string unitId, PemeriksaanDistribusiResult verdict)
        {
            if (verdict.Status is not (StatusDistribusi.TidakMemenuhi or StatusDistribusi.TidakMungkin))
            {
                return null;
            }

            var pegawai = JudgedIn(unitId).Select(n => new PegawaiKalibrasi(n, _computed[n], _score[n])).ToList();
            return _rules.ProposeKalibrasi(verdict, pegawai).Perubahan.Select(c => (c.Nip, c.Menjadi)).ToList();
        }
    }
}
