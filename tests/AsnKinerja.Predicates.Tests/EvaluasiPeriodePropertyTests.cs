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
    private static readonly PeriodeKinerja Tahun = PeriodeKinerja.Tahunan(2024);
    private static readonly Ekspektasi[] Ratings = { Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiAtas };
    private static readonly Pejabat Ppk = Pejabat.Asn(N(5000), Jabatan.Struktural(JenisJabatan.Administrator));
    private static readonly Pejabat Atasan = Pejabat.Asn(N(5001), Jabatan.Struktural(JenisJabatan.JptPratama));

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
            var agency = Agency.Generate(a.Seed);
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
            var agency = Agency.Generate(seed);
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

    /// <summary>A random agency built from a seed: units, placements (a few moves), heads, statuses, ratings and, later, decisions.</summary>
    private sealed class Agency
    {
        private readonly Random _random;

        private Agency(int seed)
        {
            _random = new Random(seed);
            var units = _random.Next(1, 9);
            Parent = new int[units];
            Org = new PredikatKinerjaOrganisasi[units];
            for (var u = 0; u < units; u++)
            {
                Parent[u] = u == 0 || _random.NextDouble() < 0.15 ? -1 : _random.Next(0, u);
                Org[u] = (PredikatKinerjaOrganisasi)_random.Next(1, 6);
            }

            var employees = _random.Next(0, 41);
            var placements = new List<RiwayatPenempatan>();
            var status = new List<StatusPegawai>();
            var penilaian = new List<PenilaianPegawai>();
            var headOf = new Dictionary<int, int>();
            var noScores = new HashSet<int>();
            for (var e = 0; e < employees; e++)
            {
                var unit = _random.Next(0, units);
                if (_random.NextDouble() < 0.1 && units > 1)
                {
                    // A move in July: the last unit counts by the default move policy.
                    var first = (unit + 1 + _random.Next(0, units - 1)) % units;
                    placements.Add(new RiwayatPenempatan(N(e), Id(first), Tahun.Awal, new LocalDate(2024, 6, 30)));
                    placements.Add(new RiwayatPenempatan(N(e), Id(unit), new LocalDate(2024, 7, 1)));
                }
                else
                {
                    var head = !headOf.ContainsKey(unit) && _random.NextDouble() < 0.5;
                    if (head)
                    {
                        headOf[unit] = e;
                    }

                    placements.Add(new RiwayatPenempatan(N(e), Id(unit), Tahun.Awal, null, head));
                }

                var s = _random.NextDouble();
                if (s < 0.08)
                {
                    status.Add(new StatusPegawai(N(e), JenisStatusPegawai.TugasBelajar, new LocalDate(2023, 9, 1)));
                }
                else if (s < 0.12)
                {
                    status.Add(new StatusPegawai(N(e), JenisStatusPegawai.CutiDiLuarTanggunganNegara, new LocalDate(2023, 9, 1)));
                }
                else if (s < 0.2)
                {
                    status.Add(new StatusPegawai(N(e), JenisStatusPegawai.CutiDiLuarTanggunganNegara, new LocalDate(2024, 2, 1), new LocalDate(2024, 8, 31)));
                }

                decimal? skor = _random.NextDouble() < 0.05 ? null : _random.Next(0, 21);
                penilaian.Add(new PenilaianPegawai(N(e), Ratings[_random.Next(3)], Ratings[_random.Next(3)], skor, new PejabatPenilaiKinerja(Ppk), Atasan));
            }

            Input = new EvaluasiPeriodeInput(
                Tahun,
                Enumerable.Range(0, units).Select(u => new UnitKerja(Id(u), "Unit " + u, Parent[u] < 0 ? null : Id(Parent[u]))),
                placements,
                Enumerable.Range(0, units).ToDictionary(Id, u => Org[u]),
                penilaian,
                status);
        }

        internal int[] Parent { get; }

        internal PredikatKinerjaOrganisasi[] Org { get; }

        internal EvaluasiPeriodeInput Input { get; }

        internal static Agency Generate(int seed) => new(seed);

        internal static string Id(int unit) => "U" + unit;

        /// <summary>Some calibration proposals accepted, some own changes, some objections (decided or not).</summary>
        internal KeputusanPeriode Decisions(EvaluasiPeriodeResult hasil)
        {
            var builder = hasil.CreateKeputusan();
            var tanggal = new LocalDate(2025, 1, 20);
            foreach (var unit in hasil.Unit.Where(u => u.Kalibrasi is not null && _random.NextDouble() < 0.5))
            {
                builder.TerimaUsulan(unit.Kalibrasi!, tanggal);
            }

            foreach (var p in hasil.Pegawai.Where(p => p.IsDinilai))
            {
                var x = _random.NextDouble();
                if (x < 0.1)
                {
                    var other = (PredikatKinerja)(((int)p.Terhitung!.Predikat + _random.Next(0, 4)) % 5 + 1);
                    builder.Ubah(p.Nip, other, tanggal, "Pertimbangan PPK");
                }

                if (_random.NextDouble() < 0.1)
                {
                    builder.AjukanKeberatan(p.Nip, new LocalDate(2025, 1, 21), new LocalDate(2025, 1, 21).PlusDays(_random.Next(0, 20)), "Keberatan");
                    if (_random.NextDouble() < 0.6)
                    {
                        builder.PutuskanKeberatan(p.Nip, (PredikatKinerja)_random.Next(1, 6), new LocalDate(2025, 2, 20), "Putusan atasan");
                    }
                }
            }

            return builder.Build();
        }
    }

    /// <summary>The one-unit API on the employees counted in each unit, worked out here without the pipeline.</summary>
    private sealed class Oracle
    {
        private readonly Agency _agency;
        private readonly IDistribusiRules _rules;
        private readonly Dictionary<Nip, string?> _countedIn = new();
        private readonly Dictionary<Nip, PredikatKinerja?> _final = new();
        private readonly Dictionary<Nip, PredikatKinerja> _computed = new();
        private readonly Dictionary<Nip, decimal?> _score = new();
        private readonly string?[] _pooledInto;

        internal Oracle(Agency agency, IDistribusiRules rules, KebijakanStatusPegawai kebijakan, EvaluasiPeriodeResult decided)
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
                    : isHead && rules.Options.KepalaUnit == PenghitunganKepalaUnit.UnitInduk && agency.Parent[u] >= 0 ? Agency.Id(agency.Parent[u])
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

            var size = Enumerable.Range(0, units).Select(u => _countedIn.Values.Count(c => c == Agency.Id(u))).ToArray();
            foreach (var u in Enumerable.Range(0, units).OrderByDescending(u => depth[u]).ThenBy(u => u))
            {
                if (rules.Options.UnitKecil == KebijakanUnitKecil.GabungKeInduk && size[u] > 0 && size[u] < rules.Options.AmbangUnitKecil && agency.Parent[u] >= 0)
                {
                    _pooledInto[u] = Agency.Id(agency.Parent[u]);
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
                    if (_pooledInto[u] is { } into && units.Contains(into) && units.Add(Agency.Id(u)))
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
