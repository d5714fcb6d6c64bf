using AngleSharp.Html.Parser;
using AsnKinerja.Predicates;
using AsnKinerja.Testing.Quickstart;
using NodaTime;

namespace AsnKinerja.Documents.Tests;

/// <summary>Every unit's Format Penetapan straight from the evaluation period of the quickstart's dinas.</summary>
public sealed class FormatPenetapanPeriodeTests
{
    private const string Instansi = "Pemerintah Kabupaten Contoh";
    private static readonly QuickstartDinas Dinas = QuickstartDinas.Load();
    private static readonly TandaTangan Ttd = new("Contoh", new LocalDate(2025, 2, 15));
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void FromPeriode_EveryUnitOfTheDecidedQuickstartDinas_ComesOutValidatedWithNoFindings()
    {
        // The calibration proposals accepted: every unit's final distribution meets its pattern.
        foreach (var unit in Dinas.Ditetapkan.Unit)
        {
            var result = FromPeriode(Dinas.Ditetapkan, unit.UnitId);

            Assert.True(result.IsSuccess, unit.UnitId + ": " + string.Join("; ", result.Findings));
            Assert.True(result.Findings.IsEmpty, unit.UnitId + ": " + string.Join("; ", result.Findings.Select(f => f.Code + " " + f.Message)));
            var penetapan = result.Value;
            Assert.Equal(unit.Unit, penetapan.Unit);
            Assert.Equal(Dinas.Periode, penetapan.Periode);
            Assert.Same(unit.VerdictAkhir, penetapan.Distribusi);
            Assert.Equal(unit.PegawaiDinilai, penetapan.Pegawai.Select(p => p.Pegawai.Nip!.Value));
            Assert.All(penetapan.Pegawai, p => Assert.Equal(Dinas.Ditetapkan.Get(p.Pegawai.Nip!.Value)!.Predikat, p.Predikat));
            Assert.All(penetapan.Pegawai, p => Assert.Equal(Dinas.Orang(p.Pegawai.Nip!.Value), p.Pegawai));

            var html = Parser.ParseDocument(penetapan.ToHtml());
            Assert.Equal(unit.PegawaiDinilai.Length, html.QuerySelectorAll("table.pegawai tbody tr").Length);
            Assert.Equal(unit.StatusAkhir.ToString(), html.QuerySelector("#status-distribusi")!.GetAttribute("data-status"));
        }
    }

    [Fact]
    public void FromPeriode_QuickstartsOwnDecisions_EveryUnitComesOutWithDok003ExactlyWhereTheRecheckFails()
    {
        var akhir = Dinas.DitetapkanQuickstart();

        foreach (var unit in akhir.Unit)
        {
            var result = FromPeriode(akhir, unit.UnitId);

            Assert.True(result.IsSuccess, unit.UnitId + ": " + string.Join("; ", result.Findings));
            Assert.Equal(unit.StatusAkhir != StatusDistribusi.Memenuhi ? new[] { "DOK003" } : Array.Empty<string>(), result.Findings.Select(f => f.Code));
            Assert.Equal(unit.PegawaiDinilai.Select(n => akhir.Get(n)!.Predikat!.Value), result.Value.Pegawai.Select(p => p.Predikat));
        }
    }

    [Fact]
    public void FromPeriode_DecidedPeriod_SetsTheFinalPredicatesAndChecksTheFinalDistribution()
    {
        var pegawai = Dinas.Hasil.GetUnit("aptika").PegawaiDinilai.Select(n => Dinas.Hasil.Get(n)!).First(p => p.Predikat == PredikatKinerja.Baik);
        var decided = Dinas.Hasil.Tetapkan(Dinas.Hasil.CreateKeputusan().Ubah(pegawai.Nip, PredikatKinerja.ButuhPerbaikan, new LocalDate(2025, 2, 10), "Target utama tidak tercapai").Build());

        var penetapan = FromPeriode(decided, "aptika");

        var row = penetapan.ValueOrNull?.Pegawai.Single(p => p.Pegawai.Nip == pegawai.Nip);
        Assert.Equal(PredikatKinerja.ButuhPerbaikan, row?.Predikat);
        Assert.Same(decided.GetUnit("aptika").VerdictAkhir, penetapan.ValueOrNull?.Distribusi);
        Assert.Equal(Dinas.Verdict("aptika").Jumlah[PredikatKinerja.ButuhPerbaikan] + 1, decided.GetUnit("aptika").VerdictAkhir.Jumlah[PredikatKinerja.ButuhPerbaikan]);
        Assert.Equal(decided.GetUnit("aptika").StatusAkhir == StatusDistribusi.Memenuhi ? Array.Empty<string>() : new[] { "DOK003" }, penetapan.Findings.Select(f => f.Code));
    }

    [Fact]
    public void FromPeriode_BeforeTheCalibrationIsAccepted_WarnsDok003ForEachUnitOutsideItsPattern()
    {
        var findings = Dinas.Hasil.Unit.SelectMany(u => FromPeriode(Dinas.Hasil, u.UnitId).Findings).ToList();

        Assert.All(findings, f => Assert.Equal("DOK003", f.Code));
        Assert.Equal(Dinas.Hasil.Unit.Where(u => u.Status != StatusDistribusi.Memenuhi).Select(u => u.UnitId), findings.Select(f => f.Subject));
        Assert.All(findings, f => Assert.NotNull(Dinas.Hasil.GetUnit(f.Subject).Kalibrasi));
        var sekretariat = Assert.Single(findings, f => f.Subject == "sekretariat");
        Assert.Equal(StatusDistribusi.TidakMemenuhi.ToLabel(), sekretariat.GetValue("status"));
        Assert.Equal("Sekretariat", sekretariat.GetValue("unit"));
        Assert.Equal(PredikatKinerjaOrganisasi.Baik.ToLabel(), sekretariat.GetValue("pola"));
    }

    [Fact]
    public void FromPeriode_ObjectionNotDecided_WarnsDok004()
    {
        var nip = Dinas.Hasil.GetUnit("ikp").PegawaiDinilai[0];
        var decided = Dinas.Hasil.Tetapkan(Dinas.Hasil.CreateKeputusan().AjukanKeberatan(nip, new LocalDate(2025, 2, 16), new LocalDate(2025, 2, 18), "Realisasi belum diperhitungkan").Build());

        var result = FromPeriode(decided, "ikp");

        Assert.True(result.IsSuccess);
        var finding = Assert.Single(result.Findings, f => f.Code == "DOK004");
        Assert.Equal(Dinas.Orang(nip).Nama, finding.GetValue("pegawai"));
    }

    [Fact]
    public void FromPeriode_EmployeeRecordNotGiven_PrintsTheNipAndWarnsDok005()
    {
        var missing = Dinas.Hasil.GetUnit("aptika").PegawaiDinilai[0];

        var result = FormatPenetapanPredikatKinerja.FromPeriode(
            Dinas.Hasil, "aptika", Dinas.Orang(QuickstartDinas.Sekda), Ttd, Dinas.SemuaOrang.Where(p => p.Nip != missing), Instansi);

        Assert.Equal("DOK005", Assert.Single(result.Findings).Code);
        Assert.Equal(Pejabat.Asn(missing), result.Value.Pegawai.Single(p => p.Pegawai.Nip == missing).Pegawai);
        Assert.Contains(missing.ToString(), result.Value.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromPeriode_UnitWithOnlyItsHead_IsDok002AndNoDocument()
    {
        var kepala = Nip.Parse("198912122014031001");
        var period = Dinas.Evaluate(i => new EvaluasiPeriodeInput(
            i.Periode,
            i.Unit.Append(new UnitKerja("uptd", "UPTD Layanan Data", "aptika")),
            Dinas.Sample.Penempatan.Append(new PenempatanPegawai(kepala, "uptd", isKepala: true)),
            i.PredikatOrganisasi.Add("uptd", PredikatKinerjaOrganisasi.Baik),
            i.Penilaian.Append(new PenilaianPegawai(kepala, Ekspektasi.Sesuai, Ekspektasi.Sesuai))));

        var result = FromPeriode(period, "uptd");

        Assert.False(result.IsSuccess);
        Assert.Equal("DOK002", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void FromPeriode_SmallUnitPooledIntoItsParent_IsDok001AndThePoolsDocumentHoldsItsStaff()
    {
        var staff = new[] { Nip.Parse("199101012015031001"), Nip.Parse("199202022016032002") };
        var rules = Dinas.Distribusi.WithOptions(new DistribusiOptions(unitKecil: KebijakanUnitKecil.GabungKeInduk));
        var period = Dinas.Evaluate(
            i => new EvaluasiPeriodeInput(
                i.Periode,
                i.Unit.Append(new UnitKerja("uptd", "UPTD Layanan Data", "aptika")),
                Dinas.Sample.Penempatan.Concat(staff.Select(n => new PenempatanPegawai(n, "uptd", isKepala: false))),
                i.PredikatOrganisasi.Add("uptd", PredikatKinerjaOrganisasi.Baik),
                i.Penilaian.Concat(staff.Select(n => new PenilaianPegawai(n, Ekspektasi.Sesuai, Ekspektasi.Sesuai)))),
            rules);
        var pool = period.GetUnit("uptd").DigabungKe!;

        var result = FromPeriode(period, "uptd");

        Assert.False(result.IsSuccess);
        Assert.True(result.Findings.Length == 1, string.Join("; ", result.Findings.Select(f => f.Code + " " + f.Message)));
        var finding = result.Findings[0];
        Assert.Equal("DOK001", finding.Code);
        Assert.Equal(period.GetUnit(pool).Unit.Nama, finding.GetValue("gabungan"));
        var pooled = FromPeriode(period, pool).Value;
        Assert.All(staff, n => Assert.Contains(pooled.Pegawai, p => p.Pegawai.Nip == n));
    }

    [Fact]
    public void FromPeriode_InvalidArguments_Throw()
    {
        var signer = Dinas.Orang(QuickstartDinas.Sekda);

        Assert.Throws<ArgumentNullException>(() => FormatPenetapanPredikatKinerja.FromPeriode(null!, "dinas", signer, Ttd));
        Assert.Throws<ArgumentNullException>(() => FormatPenetapanPredikatKinerja.FromPeriode(Dinas.Hasil, null!, signer, Ttd));
        Assert.Throws<ArgumentNullException>(() => FormatPenetapanPredikatKinerja.FromPeriode(Dinas.Hasil, "dinas", null!, Ttd));
        Assert.Throws<ArgumentNullException>(() => FormatPenetapanPredikatKinerja.FromPeriode(Dinas.Hasil, "dinas", signer, null!));
        Assert.Throws<ArgumentNullException>(() => FormatPenetapanPredikatKinerja.FromPeriode(Dinas.Hasil, "dinas", signer, Ttd, new Pejabat[] { null! }));
        Assert.Throws<ArgumentException>(() => FormatPenetapanPredikatKinerja.FromPeriode(Dinas.Hasil, "dinas", signer, Ttd, new[] { signer, signer }));
        Assert.Throws<KeyNotFoundException>(() => FormatPenetapanPredikatKinerja.FromPeriode(Dinas.Hasil, "tidak-ada", signer, Ttd));
    }

    private static Result<FormatPenetapanPredikatKinerja> FromPeriode(EvaluasiPeriodeResult period, string unitId)
    {
        // Signed by the PPK of the unit's head (the regional secretary for the dinas itself and for units not in the sample).
        var kepala = period.GetUnit(unitId).Kepala;
        var signer = Dinas.Orang(kepala is { } k && Dinas.Struktur.GetUnitOf(k) is not null ? Dinas.Ppk(k) : QuickstartDinas.Sekda);
        return FormatPenetapanPredikatKinerja.FromPeriode(period, unitId, signer, Ttd, Dinas.SemuaOrang, Instansi);
    }
}
