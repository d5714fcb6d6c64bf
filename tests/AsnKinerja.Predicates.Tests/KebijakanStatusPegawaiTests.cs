using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsnKinerja.Predicates.Tests;

/// <summary>
/// Who is evaluated and who is counted in a unit's distribution (regulation reference §13, special statuses [L-M]):
/// study leave, unpaid leave, temporary dismissal, pre-retirement, appointment as a state official, and moves within the
/// period, under the named policy <see cref="KebijakanStatusPegawai"/>.
/// </summary>
public sealed class KebijakanStatusPegawaiTests
{
    private static readonly PeriodeKinerja Tahun = PeriodeKinerja.Tahunan(2024);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Nip N(int urut) => Nip.FromParts(new LocalDate(1985, 3, 12), new YearMonth(2010, 1), JenisKelamin.LakiLaki, urut);

    private static RiwayatPenempatan Di(int urut, string unit, LocalDate awal, LocalDate? akhir = null, bool kepala = false) => new(N(urut), unit, awal, akhir, kepala);

    [Theory]
    [InlineData(JenisStatusPegawai.TugasBelajar, PerlakuanStatusPegawai.DinilaiTidakDihitung)]
    [InlineData(JenisStatusPegawai.CutiDiLuarTanggunganNegara, PerlakuanStatusPegawai.TidakDinilai)]
    [InlineData(JenisStatusPegawai.PemberhentianSementara, PerlakuanStatusPegawai.TidakDinilai)]
    [InlineData(JenisStatusPegawai.MasaPersiapanPensiun, PerlakuanStatusPegawai.TidakDinilai)]
    [InlineData(JenisStatusPegawai.PejabatNegara, PerlakuanStatusPegawai.TidakDinilai)]
    public void Apply_StatusOverTheWholeYear_GetsTheDocumentedDefaultTreatment(JenisStatusPegawai jenis, PerlakuanStatusPegawai expected)
    {
        var result = KebijakanStatusPegawai.Default.Apply(Tahun, new[] { Di(1, "U-1", D(2020, 1, 1)) }, new[] { new StatusPegawai(N(1), jenis, D(2023, 9, 1)) });

        var p = Assert.Single(result.Pegawai);
        Assert.Equal(expected, p.Perlakuan);
        Assert.Equal(expected != PerlakuanStatusPegawai.TidakDinilai, p.IsDinilai);
        Assert.False(p.IsDihitung);
        Assert.Equal(jenis, p.StatusPenentu!.Jenis);
        Assert.Contains(new AppliedPolicy("PerlakuanStatusPegawai", KebijakanStatusPegawai.Default.Policies[0].Choice, true), p.Explanation.Policies);
        Assert.Contains(new AppliedPolicy("CakupanStatusPegawai", "SeluruhPeriode", true), p.Explanation.Policies);
        Assert.Empty(result.PenempatanDihitung);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Apply_EmployeeWithoutStatus_IsEvaluatedAndCountedInTheirUnitWithNoPolicyNeeded()
    {
        var result = KebijakanStatusPegawai.Default.Apply(Tahun, new[] { Di(1, "U-1", D(2020, 1, 1), kepala: true) }, Array.Empty<StatusPegawai>());

        var p = Assert.Single(result.Pegawai);
        Assert.Equal(("U-1", true, true, true), (p.UnitId, p.IsKepala, p.IsDinilai, p.IsDihitung));
        Assert.Empty(p.Explanation.Policies);
        Assert.Equal(366, p.HariPenempatan);
        Assert.Equal(new PenempatanPegawai(N(1), "U-1", true), Assert.Single(result.PenempatanDihitung));
    }

    [Theory]
    [InlineData(CakupanStatusPegawai.SeluruhPeriode, PerlakuanStatusPegawai.DinilaiDanDihitung)]
    [InlineData(CakupanStatusPegawai.LebihDariSetengahPeriode, PerlakuanStatusPegawai.TidakDinilai)]  // 184 of 366 days
    [InlineData(CakupanStatusPegawai.SebagianPeriode, PerlakuanStatusPegawai.TidakDinilai)]
    public void Apply_UnpaidLeaveFromJuly_DependsOnTheCoveragePolicy(CakupanStatusPegawai cakupan, PerlakuanStatusPegawai expected)
    {
        var kebijakan = new KebijakanStatusPegawai(cakupan: cakupan);
        var result = kebijakan.Apply(Tahun, new[] { Di(1, "U-1", D(2020, 1, 1)) }, new[] { new StatusPegawai(N(1), JenisStatusPegawai.CutiDiLuarTanggunganNegara, D(2024, 7, 1), D(2025, 6, 30)) });

        var p = Assert.Single(result.Pegawai);
        Assert.Equal(expected, p.Perlakuan);
        Assert.Single(p.Status);
        Assert.Contains("184", p.Explanation.GetDescription(Language.English), StringComparison.Ordinal);
        Assert.Contains(new AppliedPolicy("CakupanStatusPegawai", cakupan.ToString(), cakupan == CakupanStatusPegawai.SeluruhPeriode), p.Explanation.Policies);
    }

    [Fact]
    public void Apply_StudyLeaveStartingMidYear_StaysCountedByDefault()
    {
        // A mid-year start adds the study results to that year's SKP: the employee is still in the unit's distribution.
        var result = KebijakanStatusPegawai.Default.Apply(Tahun, new[] { Di(1, "U-1", D(2020, 1, 1)) }, new[] { new StatusPegawai(N(1), JenisStatusPegawai.TugasBelajar, D(2024, 9, 1)) });
        Assert.True(result.Pegawai[0].IsDihitung);
        Assert.Null(result.Pegawai[0].StatusPenentu);
    }

    [Theory]
    [InlineData(UnitPenghitunganMutasi.UnitAkhirPeriode, 4, "U-2")]   // January–April in U-1, May–December in U-2
    [InlineData(UnitPenghitunganMutasi.UnitTerlama, 4, "U-2")]
    [InlineData(UnitPenghitunganMutasi.UnitAkhirPeriode, 9, "U-2")]   // January–September in U-1, October–December in U-2
    [InlineData(UnitPenghitunganMutasi.UnitTerlama, 9, "U-1")]
    public void Apply_MoveWithinTheYear_IsCountedInOneUnitPerThePolicy(UnitPenghitunganMutasi mutasi, int bulanTerakhirDiU1, string expected)
    {
        var pindah = D(2024, bulanTerakhirDiU1, 1).With(DateAdjusters.EndOfMonth);
        var penempatan = new[] { Di(1, "U-1", D(2019, 1, 1), pindah), Di(1, "U-2", pindah.PlusDays(1), kepala: true) };
        var result = new KebijakanStatusPegawai(mutasi: mutasi).Apply(Tahun, penempatan, Array.Empty<StatusPegawai>());

        var p = Assert.Single(result.Pegawai);
        Assert.Equal(expected, p.UnitId);
        Assert.Equal(expected == "U-2", p.IsKepala);
        Assert.True(p.IsMutasi);
        Assert.Equal(2, p.Penempatan.Length);
        Assert.Contains(new AppliedPolicy("UnitPenghitunganMutasi", mutasi.ToString(), mutasi == UnitPenghitunganMutasi.UnitAkhirPeriode), p.Explanation.Policies);
        Assert.EndsWith("+Mutasi", p.Explanation.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_OverlappingPlacements_ReportPrd007AndTakeTheOneStartingLater()
    {
        var penempatan = new[] { Di(1, "U-1", D(2020, 1, 1)), Di(1, "U-2", D(2024, 10, 1)) };
        var result = KebijakanStatusPegawai.Default.Apply(Tahun, penempatan, Array.Empty<StatusPegawai>());

        Assert.Equal("PRD007", Assert.Single(result.Findings).Code);
        Assert.Equal("U-2", result.Pegawai[0].UnitId);
        Assert.Equal(366, result.Pegawai[0].HariPenempatan);
    }

    [Fact]
    public void Apply_StatusOfAnEmployeeNotPlacedInThePeriod_ReportsPrd008AndIsIgnored()
    {
        var result = KebijakanStatusPegawai.Default.Apply(
            Tahun,
            new[] { Di(1, "U-1", D(2020, 1, 1)), Di(2, "U-1", D(2010, 1, 1), D(2023, 12, 31)) },
            new[] { new StatusPegawai(N(2), JenisStatusPegawai.MasaPersiapanPensiun, D(2024, 1, 1)) });

        Assert.Equal(new[] { N(1) }, result.Pegawai.Select(p => p.Nip).ToArray());
        var f = Assert.Single(result.Findings);
        Assert.Equal(("PRD008", N(2).ToString()), (f.Code, f.Subject));
        Assert.Null(result.Get(N(2)));
    }

    [Fact]
    public void With_OneStatusTreatedOtherwise_IsReportedAsNotTheDefault()
    {
        var kebijakan = KebijakanStatusPegawai.Default.With(JenisStatusPegawai.TugasBelajar, PerlakuanStatusPegawai.DinilaiDanDihitung);
        Assert.Equal(PerlakuanStatusPegawai.DinilaiDanDihitung, kebijakan.GetPerlakuan(JenisStatusPegawai.TugasBelajar));
        Assert.False(kebijakan.IsDefault);
        Assert.True(KebijakanStatusPegawai.Default.IsDefault);
        Assert.False(kebijakan.Policies[0].IsDefault);
        Assert.NotEqual(KebijakanStatusPegawai.Default, kebijakan);
        Assert.Equal(KebijakanStatusPegawai.Default, new KebijakanStatusPegawai());
        var result = kebijakan.Apply(Tahun, new[] { Di(1, "U-1", D(2020, 1, 1)) }, new[] { new StatusPegawai(N(1), JenisStatusPegawai.TugasBelajar, D(2023, 1, 1)) });
        Assert.True(result.Pegawai[0].IsDihitung);
    }

    [Fact]
    public void Constructor_UndefinedValues_AreAllReportedTogether()
    {
        var e = Assert.Throws<ArgumentException>(() => new KebijakanStatusPegawai(
            new Dictionary<JenisStatusPegawai, PerlakuanStatusPegawai> { [(JenisStatusPegawai)9] = PerlakuanStatusPegawai.TidakDinilai, [JenisStatusPegawai.TugasBelajar] = (PerlakuanStatusPegawai)0 },
            (CakupanStatusPegawai)0,
            (UnitPenghitunganMutasi)7));
        Assert.Contains("9 is not a defined JenisStatusPegawai", e.Message, StringComparison.Ordinal);
        Assert.Contains("TugasBelajar", e.Message, StringComparison.Ordinal);
        Assert.Contains("cakupan", e.Message, StringComparison.Ordinal);
        Assert.Contains("mutasi", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_SemesterOfTeachers_CountsTheSchoolForTheDistributionCheck()
    {
        // Semester I 2024 of a school: the principal heads it, one teacher is on unpaid leave the whole semester, one
        // started study leave in March (still counted), one moved in from another school in April.
        var semester = PeriodeKinerja.Semesteran(2024, Semester.I);
        var penempatan = new List<RiwayatPenempatan> { Di(1, "SDN1", D(2015, 7, 1), kepala: true), Di(9, "SDN2", D(2018, 1, 1), D(2024, 3, 31)), Di(9, "SDN1", D(2024, 4, 1)) };
        penempatan.AddRange(Enumerable.Range(2, 7).Select(i => Di(i, "SDN1", D(2019, 1, 1))));
        var status = new[]
        {
            new StatusPegawai(N(2), JenisStatusPegawai.CutiDiLuarTanggunganNegara, D(2023, 8, 1), D(2025, 7, 31)),
            new StatusPegawai(N(3), JenisStatusPegawai.TugasBelajar, D(2024, 3, 1)),
        };
        var result = KebijakanStatusPegawai.Default.Apply(semester, penempatan, status);

        Assert.Equal(9, result.Pegawai.Length);
        Assert.False(result.Get(N(2))!.IsDinilai);
        Assert.True(result.Get(N(3))!.IsDihitung);
        Assert.Equal("SDN1", result.Get(N(9))!.UnitId);
        var counted = result.GetDihitung("SDN1").ToList();
        Assert.Equal(8, counted.Count);
        Assert.Equal(8, result.PenempatanDihitung.Length);

        // The counted teachers' predicates from the quadrant, then the check of the school under organisation predicate Baik.
        var kuadran = KuadranRules.PermenPanRb6Tahun2022;
        // Two Sangat Baik, one Butuh Perbaikan, five Baik: Baik ≤ ⌊70% × 8⌋ = 5 and at least one BP or K.
        var predikat = counted.Select((p, i) => i < 2 ? kuadran.Evaluate(Ekspektasi.DiAtas, Ekspektasi.DiAtas).Predikat
            : i == 2 ? kuadran.Evaluate(Ekspektasi.DiBawah, Ekspektasi.Sesuai).Predikat
            : kuadran.Evaluate(Ekspektasi.Sesuai, Ekspektasi.Sesuai).Predikat).ToList();
        var check = DistribusiRules.SeMenPanRb3Tahun2023.Check("SDN1", PredikatKinerjaOrganisasi.Baik, predikat);
        Assert.Equal(new JumlahPredikat(0, 0, 1, 5, 2), check.Jumlah);
        Assert.Equal(StatusDistribusi.Memenuhi, check.Status);

        // One more Baik instead of the Butuh Perbaikan breaks the pattern (6 > 5 and no BP or K).
        var lain = DistribusiRules.SeMenPanRb3Tahun2023.Check("SDN1", PredikatKinerjaOrganisasi.Baik, predikat.Select((p, i) => i == 2 ? PredikatKinerja.Baik : p));
        Assert.Equal(StatusDistribusi.TidakMemenuhi, lain.Status);
    }

    [Property(MaxTest = 200)]
    public Property Apply_ReorderedInputs_GiveTheSameResult()
    {
        return Prop.ForAll(Records().ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (r, seed) =>
        {
            var (placements, statuses) = r;
            var a = KebijakanStatusPegawai.Default.Apply(Tahun, placements, statuses);
            var rnd = new Random(seed);
            var b = KebijakanStatusPegawai.Default.Apply(Tahun, placements.OrderBy(_ => rnd.Next()).ToList(), statuses.OrderBy(_ => rnd.Next()).ToList());
            return a.Pegawai.Select(Describe).SequenceEqual(b.Pegawai.Select(Describe)) && a.Findings.SequenceEqual(b.Findings);
        });
    }

    [Property(MaxTest = 200)]
    public Property Apply_AnyRecords_CountsOnlyEvaluatedEmployeesOnceEachAndReportsThePoliciesItUsed()
    {
        return Prop.ForAll(Records().ToArbitrary(), r =>
        {
            var (placements, statuses) = r;
            var result = KebijakanStatusPegawai.Default.Apply(Tahun, placements, statuses);
            var placed = placements.Where(p => p.OverlapDays(Tahun) > 0).Select(p => p.Nip).Distinct().OrderBy(n => n);
            return result.Pegawai.Select(p => p.Nip).SequenceEqual(placed)
                && result.Pegawai.All(p => !p.IsDihitung || p.IsDinilai)
                && result.Pegawai.All(p => p.Penempatan.Any(x => x.UnitId == p.UnitId))
                && result.Pegawai.All(p => p.HariPenempatan is > 0 and <= 366)
                && result.Pegawai.All(p => p.Status.IsEmpty || p.Explanation.Policies.Any(x => x.Name == "PerlakuanStatusPegawai"))
                && result.Pegawai.All(p => !p.IsMutasi || p.Explanation.Policies.Any(x => x.Name == "UnitPenghitunganMutasi"))
                && result.PenempatanDihitung.Length == result.Pegawai.Count(p => p.IsDihitung);
        });
    }

    private static string Describe(PenghitunganPegawai p) => p.Nip + "|" + p.UnitId + "|" + p.IsKepala + "|" + p.Perlakuan + "|" + p.StatusPenentu + "|" + p.HariPenempatan + "|" + p.Explanation;

    private static Gen<(List<RiwayatPenempatan> Placements, List<StatusPegawai> Statuses)> Records() =>
        from placements in Gen.ListOf(
            from who in Gen.Choose(1, 6)
            from unit in Gen.Elements("U-1", "U-2", "U-3")
            from start in Gen.Choose(-200, 365)
            from length in Gen.Choose(0, 500)
            from open in Gen.Elements(true, false)
            from kepala in Gen.Elements(true, false)
            select Di(who, unit, D(2024, 1, 1).PlusDays(start), open ? null : D(2024, 1, 1).PlusDays(start + length), kepala))
        from statuses in Gen.ListOf(
            from who in Gen.Choose(1, 7)
            from jenis in Gen.Elements(JenisStatusPegawai.TugasBelajar, JenisStatusPegawai.CutiDiLuarTanggunganNegara, JenisStatusPegawai.PemberhentianSementara, JenisStatusPegawai.MasaPersiapanPensiun, JenisStatusPegawai.PejabatNegara)
            from start in Gen.Choose(-400, 365)
            from length in Gen.Choose(0, 700)
            select new StatusPegawai(N(who), jenis, D(2024, 1, 1).PlusDays(start), D(2024, 1, 1).PlusDays(start + length)))
        select (placements.ToList(), statuses.ToList());
}
