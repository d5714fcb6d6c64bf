using System.Globalization;
using AsnKinerja.Testing;
using NodaTime;
using static AsnKinerja.Predicates.Tests.AturanUji;

namespace AsnKinerja.Predicates.Tests;

public class StatistikDistribusiTests
{
    private static readonly DistribusiOptions Ketat = new(unitKecil: KebijakanUnitKecil.Ketat);

    [Fact]
    public void From_MixedVerdicts_CountsAddUpAndPooledUnitsAreCountedOnce()
    {
        var memenuhi = Distribusi(Ketat).Check("A", PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, 3, 7));
        var gagal = Distribusi(Ketat).Check("B", PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, 2, 8));   // 1 change
        var mustahil = Distribusi(Ketat).Check("C", PredikatKinerjaOrganisasi.Kurang, new JumlahPredikat(0, 2, 0, 0, 0));  // infeasible
        var kosong = Distribusi(Ketat).Check("D", PredikatKinerjaOrganisasi.Baik, default(JumlahPredikat));

        // E (2 Baik) is pooled into its parent P; P's counts already hold E's employees (8 own + 2 pooled).
        var digabung = PemeriksaDistribusi.Pooled(Distribusi(Ketat), "E", "P", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 0, 2, 0));
        var induk = Distribusi(Ketat).Check("P", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 3, 7, 0));

        var s = StatistikDistribusi.From(new[] { memenuhi, gagal, mustahil, kosong, digabung, induk });

        Assert.Equal(StatusDistribusi.Digabung, digabung.Status);
        Assert.Equal(new JumlahPredikat(0, 2, 3, 12, 15), s.Jumlah);
        Assert.Equal(32, s.Jumlah.Total);
        Assert.Equal(4, s.UnitDinilai);
        Assert.Equal(2, s.UnitGagal);
        Assert.Equal(0.5m, s.ProporsiUnitGagal);
        Assert.Equal(1, s.PerubahanMinimum);
        Assert.Equal(2, s.UnitPerStatus[StatusDistribusi.Memenuhi]);
        Assert.Equal(1, s.UnitPerStatus[StatusDistribusi.TidakMemenuhi]);
        Assert.Equal(1, s.UnitPerStatus[StatusDistribusi.TidakMungkin]);
        Assert.Equal(1, s.UnitPerStatus[StatusDistribusi.Kosong]);
        Assert.Equal(1, s.UnitPerStatus[StatusDistribusi.Digabung]);
        Assert.Equal(6, s.UnitPerStatus.Values.Sum());

        // Distance: A 0, B 1/10, P 0 over three feasible judged units.
        Assert.Equal(0.1m / 3m, s.RataRataJarak);
    }

    [Fact]
    public void From_NoUnits_IsEmpty()
    {
        var s = StatistikDistribusi.From(Array.Empty<PemeriksaanDistribusiResult>());

        Assert.Equal(0, s.UnitDinilai);
        Assert.Equal(0m, s.ProporsiUnitGagal);
        Assert.Null(s.RataRataJarak);
        Assert.Equal(default, s.Jumlah);
    }

    [Fact]
    public void Describe_StatesTheShareOfFailingUnits_InEitherLanguage()
    {
        var s = StatistikDistribusi.From(new[]
        {
            Distribusi().Check("A", PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, 3, 7)),
            Distribusi().Check("B", PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, 2, 8)),
        });

        Assert.Contains("1 dari 2 unit", s.Describe(Cultures.Get("id-ID")), StringComparison.Ordinal);
        Assert.Contains("(50.0%)", s.Describe(Cultures.Get("id-ID")), StringComparison.Ordinal);
        Assert.Contains("1 of 2 judged units", s.Describe(Cultures.Get("en-US")), StringComparison.Ordinal);
    }
}

public class CultureInvarianceTests
{
    private static void AssertSameUnderEveryCulture(Func<string> render)
    {
        var texts = Cultures.UnderEach(render);
        Assert.Single(texts.Distinct(StringComparer.Ordinal));
    }

    private static string Render(Explanation e) => e.ToString(CultureInfo.InvariantCulture) + " || " + e.ToString(Cultures.Get("en-US"));

    private static string Render(IEnumerable<Finding> findings) =>
        string.Join(" | ", findings.Select(f => f.Message + " / " + f.GetMessage(Cultures.Get("en-US")) + " / " + string.Join(",", f.Values)));

    [Fact]
    public void Explanations_OfTheQuadrantAndTheLeaderRule_DoNotDependOnCulture()
    {
        AssertSameUnderEveryCulture(() => Render(Kuadran.Evaluate(Ekspektasi.DiAtas, Ekspektasi.DiBawah).Explanation));
        AssertSameUnderEveryCulture(() => Render(Kuadran.EvaluateKepalaUnit(PredikatKinerjaOrganisasi.Istimewa, Ekspektasi.DiAtas).Explanation));
        AssertSameUnderEveryCulture(() => Render(KeputusanPredikat.Ubah(
            Kuadran.Evaluate(Ekspektasi.DiAtas, Ekspektasi.DiAtas), PredikatKinerja.Baik, Nip.Parse("198503122010011003"), new LocalDate(2025, 1, 20), "Kalibrasi").Explain()));
    }

    [Fact]
    public void Explanations_OfSuggestions_DoNotDependOnCulture()
    {
        AssertSameUnderEveryCulture(() => Render(SaranRatingHasilKerja.Suggest(new[] { new PenilaianRhk("R1", JenisRhk.Utama, Ekspektasi.DiAtas) }).Value.Explanation));
        AssertSameUnderEveryCulture(() => Render(SaranPredikatTahunan.Suggest(
            2024, new[] { new PredikatPeriode(PeriodeKinerja.Triwulanan(2024, Triwulan.I), PredikatKinerja.Baik) }, MetodeSaranTahunan.BerbobotDurasi).Value.Explanation));
        AssertSameUnderEveryCulture(() => Render(SaranPredikatTahunan.Suggest(
            2024, new[] { new PredikatPeriode(PeriodeKinerja.Triwulanan(2023, Triwulan.I), PredikatKinerja.Baik) }, MetodeSaranTahunan.Terakhir).Findings));
    }

    [Fact]
    public void FindingMessagesAndExplanations_OfTheDistributionCheck_DoNotDependOnCulture()
    {
        var cases = new (PredikatKinerjaOrganisasi, JumlahPredikat)[]
        {
            (PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, 1, 2)),
            (PredikatKinerjaOrganisasi.ButuhPerbaikan, new JumlahPredikat(0, 0, 4, 5, 2)),
            (PredikatKinerjaOrganisasi.Kurang, new JumlahPredikat(0, 2, 0, 0, 0)),
            (PredikatKinerjaOrganisasi.SangatKurang, new JumlahPredikat(1, 0, 0, 5, 1)),
            (PredikatKinerjaOrganisasi.Baik, default),
        };
        foreach (var (organisasi, jumlah) in cases)
        {
            AssertSameUnderEveryCulture(() =>
            {
                var h = Distribusi(new DistribusiOptions(penegakan: TingkatPenegakan.Tegakkan)).Check("Unit ı", organisasi, jumlah);
                return Render(h.Findings) + Render(h.Explanation) + string.Join(";", h.Batasan.Select(b => Render(b.Explanation) + b)) + h.Kuota + h;
            });
        }
    }

    [Fact]
    public void CalibrationAndAngkaKredit_DoNotDependOnCulture()
    {
        var pegawai = Enumerable.Range(0, 9).Select(i => new PegawaiKalibrasi(N(i), PredikatKinerja.SangatBaik, i + 0.5m)).ToArray();
        AssertSameUnderEveryCulture(() =>
        {
            var u = Distribusi().Kalibrasi("U", PredikatKinerjaOrganisasi.Istimewa, pegawai);
            return Render(u.Explanation) + string.Join(";", u.Perubahan.Select(c => c.Alasan.Description + c.Alasan.GetDescription(Language.English) + c));
        });
        AssertSameUnderEveryCulture(() => Render(AngkaKredit.Calculate(2, PredikatKinerja.ButuhPerbaikan, JenjangFungsional.Pemula).Explanation) + AngkaKredit.Format(2.0835m));
        AssertSameUnderEveryCulture(() => Render(AngkaKredit.CalculateJarak(12.345m, GolonganRuang.IIIb, JenjangFungsional.AhliPertama).Explanation));
        AssertSameUnderEveryCulture(() => Distribusi().CalculateKuota(PredikatKinerjaOrganisasi.Istimewa, 7).ToString());
    }
}
