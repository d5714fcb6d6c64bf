using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace AsnKinerja.Predicates.Tests;

/// <summary>
/// Accumulating <em>angka kredit</em> (regulation reference §7): which ranks belong to which level, the figures per level,
/// the two counts (since the last rank promotion, within the level), the surplus policy, and worked examples whose
/// expected values are computed by hand from the regulation's figures (months / 12 × percentage × coefficient).
/// </summary>
public sealed class AkumulasiAngkaKreditTests
{
    private static readonly IAngkaKreditRules AngkaKredit = AngkaKreditRules.PermenPanRb1Tahun2023;

    private static readonly TabelAngkaKredit Tabel = TabelAngkaKredit.PermenPanRb1Tahun2023;

    private static AngkaKreditResult Tahun(PredikatKinerja predikat, JenjangFungsional jenjang) => AngkaKredit.Calculate(12, predikat, jenjang);

    private static AkumulasiAngkaKredit Tambah(AkumulasiAngkaKredit a, int tahun, PredikatKinerja predikat)
    {
        for (var i = 0; i < tahun; i++)
        {
            a = a.Tambah(Tahun(predikat, a.Jenjang));
        }

        return a;
    }

    public static TheoryData<JenjangFungsional, GolonganRuang[]> RanksOfEachLevel => new()
    {
        { JenjangFungsional.Pemula, new[] { GolonganRuang.IIa } },
        { JenjangFungsional.Terampil, new[] { GolonganRuang.IIb, GolonganRuang.IIc, GolonganRuang.IId } },
        { JenjangFungsional.Mahir, new[] { GolonganRuang.IIIa, GolonganRuang.IIIb } },
        { JenjangFungsional.Penyelia, new[] { GolonganRuang.IIIc, GolonganRuang.IIId } },
        { JenjangFungsional.AhliPertama, new[] { GolonganRuang.IIIa, GolonganRuang.IIIb } },
        { JenjangFungsional.AhliMuda, new[] { GolonganRuang.IIIc, GolonganRuang.IIId } },
        { JenjangFungsional.AhliMadya, new[] { GolonganRuang.IVa, GolonganRuang.IVb, GolonganRuang.IVc } },
        { JenjangFungsional.AhliUtama, new[] { GolonganRuang.IVd, GolonganRuang.IVe } },
    };

    [Theory]
    [MemberData(nameof(RanksOfEachLevel))]
    public void GetGolongan_EachLevel_IsItsRanksLowestFirst(JenjangFungsional jenjang, GolonganRuang[] golongan)
    {
        Assert.Equal(golongan, Tabel.GetGolongan(jenjang).ToArray());
        Assert.Equal(golongan, Tabel.Golongan[jenjang].ToArray());
        foreach (var g in golongan)
        {
            // Every rank of the level is accepted with it: no outside rank table needed.
            AngkaKredit.CalculateJarak(0m, g, jenjang);
        }
    }

    // BKN table "AK kebutuhan kenaikan pangkat/jenjang": rank figure / level figure per level ("-" = none).
    [Theory]
    [InlineData(JenjangFungsional.Pemula, null, "15")]
    [InlineData(JenjangFungsional.Terampil, "20", "60")]
    [InlineData(JenjangFungsional.Mahir, "50", "100")]
    [InlineData(JenjangFungsional.Penyelia, "100", null)]
    [InlineData(JenjangFungsional.AhliPertama, "50", "100")]
    [InlineData(JenjangFungsional.AhliMuda, "100", "200")]
    [InlineData(JenjangFungsional.AhliMadya, "150", "450")]
    [InlineData(JenjangFungsional.AhliUtama, "200", null)]
    public void GetAngkaKreditPangkatAndJenjang_EachLevel_IsTheBknTable(JenjangFungsional jenjang, string? pangkat, string? jenjangFigure)
    {
        static decimal? D(string? s) => s is null ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(D(pangkat), Tabel.GetAngkaKreditPangkat(jenjang));
        Assert.Equal(D(jenjangFigure), Tabel.GetAngkaKreditJenjang(jenjang));
    }

    [Fact]
    public void GetAngkaKreditJenjang_LevelsWithSeveralRanks_IsTheNumberOfRanksTimesTheRankFigure()
    {
        foreach (var jenjang in Tabel.Golongan.Keys)
        {
            if (Tabel.GetAngkaKreditJenjang(jenjang) is { } level && Tabel.GetAngkaKreditPangkat(jenjang) is { } rank)
            {
                Assert.Equal(Tabel.GetGolongan(jenjang).Length * rank, level);
            }
        }
    }

    [Theory]
    [InlineData(GolonganRuang.IIIa, JenjangFungsional.AhliPertama, "0")]
    [InlineData(GolonganRuang.IIIb, JenjangFungsional.AhliPertama, "50")]
    [InlineData(GolonganRuang.IIId, JenjangFungsional.AhliMuda, "100")]   // BKN example: AK dasar III/d = 100
    [InlineData(GolonganRuang.IVc, JenjangFungsional.AhliMadya, "300")]
    [InlineData(GolonganRuang.IId, JenjangFungsional.Terampil, "40")]
    [InlineData(GolonganRuang.IIa, JenjangFungsional.Pemula, "0")]
    public void GetAngkaKreditDasar_EachRank_IsItsPositionTimesTheRankFigure(GolonganRuang golongan, JenjangFungsional jenjang, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Tabel.GetAngkaKreditDasar(golongan, jenjang));
    }

    [Fact]
    public void WorkedExample_AhliPertamaTwoYearsBaikTwoYearsSangatBaik_ReachesIIIbAndNeeds37Point5ForAhliMuda()
    {
        // 2 × (12/12 × 100% × 12.5) + 2 × (12/12 × 150% × 12.5) = 25 + 37.5 = 62.5.
        var a = Tambah(Tambah(AkumulasiAngkaKredit.Mulai(GolonganRuang.IIIa, JenjangFungsional.AhliPertama), 2, PredikatKinerja.Baik), 2, PredikatKinerja.SangatBaik);
        Assert.Equal(62.5m, a.SejakPangkatTerakhir);
        Assert.Equal(62.5m, a.DalamJenjang);
        Assert.True(a.JarakPangkat.IsTercapai);                 // III/b needs 50 since the last rank
        Assert.Equal(37.5m, a.JarakJenjang!.Kekurangan);          // Ahli Muda needs 100 within the level

        var dibawa = a.NaikPangkat();
        Assert.Equal(GolonganRuang.IIIb, dibawa.Golongan);
        Assert.Equal(12.5m, dibawa.SejakPangkatTerakhir);       // 62.5 − 50 carried
        Assert.Equal(62.5m, dibawa.DalamJenjang);
        Assert.Equal(37.5m, dibawa.JarakPangkat.Kekurangan);     // from III/b the next rank is the level step: 100 − 62.5

        // Three more years Baik: 62.5 + 37.5 = 100 within the level: the level step is reached, nothing left over.
        var naik = Tambah(dibawa, 3, PredikatKinerja.Baik).NaikJenjang();
        Assert.Equal((GolonganRuang.IIIc, JenjangFungsional.AhliMuda, 0m, 0m), (naik.Golongan, naik.Jenjang, naik.SejakPangkatTerakhir, naik.DalamJenjang));
    }

    [Fact]
    public void WorkedExample_TerampilToMahir_NeedsSixtyWithinTheLevelUnderEitherSurplusPolicy()
    {
        // Terampil coefficient 5: Baik 5 a year, Sangat Baik 7.5 a year.
        foreach (var kebijakan in new[] { KebijakanSisaAngkaKredit.Dibawa, KebijakanSisaAngkaKredit.Hangus })
        {
            var a = Tambah(AkumulasiAngkaKredit.Mulai(GolonganRuang.IIb, JenjangFungsional.Terampil, kebijakan: kebijakan), 3, PredikatKinerja.SangatBaik);
            Assert.Equal(22.5m, a.SejakPangkatTerakhir);           // 3 × 7.5; II/c needs 20
            a = a.NaikPangkat();
            Assert.Equal(kebijakan == KebijakanSisaAngkaKredit.Dibawa ? 2.5m : 0m, a.SejakPangkatTerakhir);

            a = Tambah(a, 3, PredikatKinerja.Baik);                 // + 15
            Assert.Equal(kebijakan == KebijakanSisaAngkaKredit.Dibawa ? 2.5m : 5m, a.JarakPangkat.Kekurangan);
            a = Tambah(a, 1, PredikatKinerja.Baik).NaikPangkat();   // 22.5 − 20 = 2.5 carried, or 20 − 20 = 0
            Assert.Equal(GolonganRuang.IId, a.Golongan);
            Assert.Equal(42.5m, a.DalamJenjang);                    // 22.5 + 20 within the level, whatever the policy

            Assert.Equal(60m, a.JarakPangkat.Kenaikan!.AngkaKredit); // II/d → III/a is the level step Terampil → Mahir
            Assert.Equal(17.5m, a.JarakPangkat.Kekurangan);
            var mahir = Tambah(a, 4, PredikatKinerja.Baik).NaikJenjang(); // 62.5 ≥ 60
            Assert.Equal((GolonganRuang.IIIa, JenjangFungsional.Mahir), (mahir.Golongan, mahir.Jenjang));
            Assert.Equal(kebijakan == KebijakanSisaAngkaKredit.Dibawa ? 2.5m : 0m, mahir.DalamJenjang);
            Assert.Contains(new AppliedPolicy("SisaAngkaKredit", kebijakan.ToString(), kebijakan == KebijakanSisaAngkaKredit.Dibawa), mahir.JarakPangkat.Explanation.Policies);
        }
    }

    [Fact]
    public void WorkedExample_MahirToPenyelia_EightYearsBaikGiveTheHundredWithinTheLevel()
    {
        // Mahir coefficient 12.5: four years Baik = 50 → III/b; four more = 100 within the level → Penyelia III/c.
        var a = Tambah(AkumulasiAngkaKredit.Mulai(GolonganRuang.IIIa, JenjangFungsional.Mahir), 4, PredikatKinerja.Baik).NaikPangkat();
        Assert.Equal(GolonganRuang.IIIb, a.Golongan);
        Assert.Equal(50m, a.JarakPangkat.Kekurangan);
        var penyelia = Tambah(a, 4, PredikatKinerja.Baik).NaikJenjang();
        Assert.Equal((GolonganRuang.IIIc, JenjangFungsional.Penyelia), (penyelia.Golongan, penyelia.Jenjang));
        Assert.Null(penyelia.JarakJenjang);                      // Penyelia is the top of the skilled track
        Assert.Equal(100m, penyelia.JarakPangkat.Kenaikan!.AngkaKredit);
    }

    [Fact]
    public void WorkedExample_PemulaFourYearsBaik_ReachTerampilWithTheDefaultCoefficient()
    {
        // Pemula coefficient 3.75 [L, default]: 4 × 3.75 = 15 = the level step Pemula → Terampil.
        var a = Tambah(AkumulasiAngkaKredit.Mulai(GolonganRuang.IIa, JenjangFungsional.Pemula), 4, PredikatKinerja.Baik);
        Assert.Equal(15m, a.DalamJenjang);
        Assert.True(a.JarakPangkat.IsTercapai);
        Assert.Throws<InvalidOperationException>(() => a.NaikPangkat());
        Assert.Equal((GolonganRuang.IIb, JenjangFungsional.Terampil), (a.NaikJenjang().Golongan, a.NaikJenjang().Jenjang));
    }

    [Fact]
    public void WorkedExample_AhliMadyaTwelveYearsBaik_PassesIVbIVcAndReachesAhliUtama()
    {
        // Ahli Madya coefficient 37.5: 4 years Baik = 150 per rank; the level step needs 3 × 150 = 450 within the level.
        var a = Tambah(AkumulasiAngkaKredit.Mulai(GolonganRuang.IVa, JenjangFungsional.AhliMadya), 4, PredikatKinerja.Baik).NaikPangkat();
        a = Tambah(a, 4, PredikatKinerja.Baik).NaikPangkat();
        Assert.Equal(GolonganRuang.IVc, a.Golongan);
        Assert.Equal(300m, a.DalamJenjang);
        Assert.Equal(150m, a.JarakPangkat.Kekurangan);
        var utama = Tambah(a, 4, PredikatKinerja.Baik).NaikJenjang();
        Assert.Equal((GolonganRuang.IVd, JenjangFungsional.AhliUtama, 0m), (utama.Golongan, utama.Jenjang, utama.DalamJenjang));
    }

    [Fact]
    public void WorkedExample_EnteringAhliMudaAtIIIdWithThreeYearsBaik_Needs25ForAhliMadya()
    {
        // BKN example: AK dasar of III/d is 100; three years Baik as Ahli Muda = 3 × 25 = 75; within the level 175 of 200.
        var a = Tambah(AkumulasiAngkaKredit.Mulai(GolonganRuang.IIId, JenjangFungsional.AhliMuda), 3, PredikatKinerja.Baik);
        Assert.Equal(75m, a.SejakPangkatTerakhir);
        Assert.Equal(175m, a.DalamJenjang);
        Assert.Equal(200m, a.JarakPangkat.Kenaikan!.AngkaKredit);
        Assert.Equal(25m, a.JarakPangkat.Kekurangan);
    }

    [Fact]
    public void JarakJenjang_BelowTheTopRank_CountsWithinTheLevelFromTheTopRank()
    {
        var a = AkumulasiAngkaKredit.Mulai(GolonganRuang.IVa, JenjangFungsional.AhliMadya, 120m);
        var jenjang = a.JarakJenjang!;
        Assert.Equal(GolonganRuang.IVc, jenjang.Kenaikan!.Dari);
        Assert.Equal(330m, jenjang.Kekurangan);
        Assert.Equal(30m, a.JarakPangkat.Kekurangan);
    }

    [Fact]
    public void Operations_OutsideTheirRule_Throw()
    {
        var a = AkumulasiAngkaKredit.Mulai(GolonganRuang.IIIa, JenjangFungsional.AhliPertama, 49m);
        Assert.Throws<InvalidOperationException>(() => a.NaikPangkat());                      // 49 < 50
        Assert.Throws<InvalidOperationException>(() => a.NaikJenjang());                      // III/a is not the top rank
        Assert.Throws<InvalidOperationException>(() => AkumulasiAngkaKredit.Mulai(GolonganRuang.IIIb, JenjangFungsional.AhliPertama, 49m, 99m).NaikJenjang());
        Assert.Throws<InvalidOperationException>(() => AkumulasiAngkaKredit.Mulai(GolonganRuang.IVe, JenjangFungsional.AhliUtama, 999m).NaikPangkat());
        Assert.Throws<ArgumentException>(() => a.Tambah(Tahun(PredikatKinerja.Baik, JenjangFungsional.AhliMuda)));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.Tambah(-1m));
        Assert.Throws<ArgumentException>(() => AkumulasiAngkaKredit.Mulai(GolonganRuang.IIIc, JenjangFungsional.AhliPertama));
        Assert.Throws<ArgumentException>(() => AkumulasiAngkaKredit.Mulai(GolonganRuang.IIIa, JenjangFungsional.AhliPertama, 20m, 10m));
        Assert.Throws<ArgumentOutOfRangeException>(() => AkumulasiAngkaKredit.Mulai(GolonganRuang.IIIa, JenjangFungsional.AhliPertama, kebijakan: (KebijakanSisaAngkaKredit)0));
    }

    [Property(MaxTest = 200)]
    public Property Accumulation_AnyCareerUnderDibawa_KeepsTheTwoCountsConsistentAndLosesNothing()
    {
        // Under the default, what counts toward the next rank is what counts within the level minus the rank's base
        // (the "since the last rank, surplus carried" and the "cumulative within the level" readings agree), and every
        // angka kredit earned is either used by a level step or still counted.
        return Prop.ForAll(Career().ToArbitrary(), c =>
        {
            var (start, steps) = c;
            var a = start;
            decimal earned = start.DalamJenjang, usedByLevels = 0m;
            foreach (var (bulan, predikat) in steps)
            {
                var hasil = AngkaKredit.Calculate(bulan, predikat, a.Jenjang);
                a = a.Tambah(hasil);
                earned += hasil.Nilai;
                (a, usedByLevels) = Promote(a, usedByLevels);
                if (!Same(a.SejakPangkatTerakhir, a.DalamJenjang - Tabel.GetAngkaKreditDasar(a.Golongan, a.Jenjang)) || !Same(earned, a.DalamJenjang + usedByLevels))
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Property(MaxTest = 200)]
    public Property Accumulation_AnyCareer_HangusNeverCountsMoreThanDibawa()
    {
        return Prop.ForAll(Career().ToArbitrary(), c =>
        {
            var (start, steps) = c;
            var dibawa = start;
            var hangus = AkumulasiAngkaKredit.Mulai(start.Golongan, start.Jenjang, start.SejakPangkatTerakhir, start.DalamJenjang, KebijakanSisaAngkaKredit.Hangus);
            foreach (var (bulan, predikat) in steps)
            {
                dibawa = dibawa.Tambah(AngkaKredit.Calculate(bulan, predikat, dibawa.Jenjang));
                hangus = hangus.Tambah(AngkaKredit.Calculate(bulan, predikat, hangus.Jenjang));
                (dibawa, _) = Promote(dibawa, 0m);
                (hangus, _) = Promote(hangus, 0m);

                // Losing the surplus can only delay a promotion: the carried career is at least as far along.
                if (Rank(hangus) > Rank(dibawa) || (Rank(hangus) == Rank(dibawa) && (Above(hangus.DalamJenjang, dibawa.DalamJenjang) || Above(hangus.SejakPangkatTerakhir, dibawa.SejakPangkatTerakhir))))
                {
                    return false;
                }

                if (dibawa.DalamJenjang < dibawa.SejakPangkatTerakhir || hangus.DalamJenjang < hangus.SejakPangkatTerakhir)
                {
                    return false;
                }
            }

            return true;
        });
    }

    // Monthly values such as 1/12 × 50% × 12.5 are repeating decimals: sums taken at different magnitudes agree to about
    // 25 places, not bit for bit.
    private static bool Same(decimal x, decimal y) => Math.Abs(x - y) < 0.000000000000000001m;

    private static bool Above(decimal x, decimal y) => x - y >= 0.000000000000000001m;

    private static int Rank(AkumulasiAngkaKredit a) => ((int)a.Golongan * 100) + (int)a.Jenjang;

    private static (AkumulasiAngkaKredit, decimal) Promote(AkumulasiAngkaKredit a, decimal usedByLevels)
    {
        while (a.JarakPangkat is { IsTercapai: true, Kenaikan: { } step })
        {
            if (step.IsKenaikanJenjang)
            {
                usedByLevels += step.AngkaKredit;
                a = a.NaikJenjang();
            }
            else
            {
                a = a.NaikPangkat();
            }
        }

        return (a, usedByLevels);
    }

    private static Gen<(AkumulasiAngkaKredit Start, (int Bulan, PredikatKinerja Predikat)[] Steps)> Career() =>
        from track in Gen.Elements(JenjangFungsional.Pemula, JenjangFungsional.AhliPertama)
        from n in Gen.Choose(1, 40)
        from steps in Gen.ArrayOf(
            from bulan in Gen.Choose(1, 12)
            from p in Gen.Elements(PredikatKinerja.SangatKurang, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.Baik, PredikatKinerja.SangatBaik)
            select (bulan, p), n)
        select (AkumulasiAngkaKredit.Mulai(track == JenjangFungsional.Pemula ? GolonganRuang.IIa : GolonganRuang.IIIa, track), steps);
}
