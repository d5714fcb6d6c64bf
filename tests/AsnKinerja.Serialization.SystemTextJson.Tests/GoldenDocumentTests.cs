using System.Text;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using AsnKinerja.Predicates.Tests;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>
/// The wire format pinned byte for byte: every type of the format is written from fixed values and from seeded
/// samples of the round-trip generators, and the documents must equal the committed golden files
/// (<c>Golden/*.golden.jsonl</c>, one <c>type TAB document</c> line each). The readable documents must also read back
/// and write the same bytes again. A deliberate change of the format regenerates the files with
/// <c>ASNKINERJA_ACCEPT_GOLDEN=1 dotnet test tests/AsnKinerja.Serialization.SystemTextJson.Tests</c>; the diff is the
/// change, to be reviewed and named in CHANGELOG.md. The generated file changes too when a generator in Gens.cs changes.
/// </summary>
public class GoldenDocumentTests
{
    private const int SamplesPerGenerator = 12;

    [Fact]
    public void Write_FixedValues_EqualTheGoldenDocuments() => Compare("fixed", FixedCases());

    [Fact]
    public void Write_GeneratedValues_EqualTheGoldenDocuments() => Compare("generated", GeneratedCases());

    [Fact]
    public void Read_GoldenDocuments_WriteTheSameBytesAgain()
    {
        var readers = Readers();
        var read = 0;
        foreach (var file in new[] { "fixed", "generated" })
        {
            foreach (var line in File.ReadAllLines(GoldenPath(file)))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                var (type, json) = (line.Substring(0, tab), line.Substring(tab + 1));
                if (readers.TryGetValue(type, out var reread) && !WireTypes.IsWriteOnly(type, json))
                {
                    Assert.Equal(json, reread(json));
                    read++;
                }
            }
        }

        Assert.True(read > 300, "only " + read + " golden documents were read back");
    }

    [Fact]
    public void GoldenCorpus_CoversEveryTypeOfTheFormat()
    {
        var covered = FixedCases().Concat(GeneratedCases()).Select(c => c.Type).ToHashSet(StringComparer.Ordinal);
        var missing = WireTypes.All.Select(Name).Where(n => !covered.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "no golden document for: " + string.Join(", ", missing));
    }

    internal static string Name(Type type) =>
        type.IsGenericType ? type.Name.Split('`')[0] + "<" + string.Join(",", type.GetGenericArguments().Select(Name)) + ">" : type.Name;

    private static void Compare(string file, IEnumerable<(string Type, string Json)> cases)
    {
        var lines = cases.Select(c => c.Type + "\t" + c.Json).ToList();
        if (Environment.GetEnvironmentVariable("ASNKINERJA_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(SourcePath(file), string.Join("\n", lines) + "\n", new UTF8Encoding(false));
            return;
        }

        var golden = File.ReadAllLines(GoldenPath(file));
        for (var i = 0; i < Math.Min(golden.Length, lines.Count); i++)
        {
            Assert.True(string.Equals(golden[i], lines[i], StringComparison.Ordinal), "line " + (i + 1) + " of " + file + " differs:\nexpected " + golden[i] + "\nactual   " + lines[i]);
        }

        Assert.Equal(golden.Length, lines.Count);
    }

    /// <summary>The golden file copied beside the test binary (both suites, net10.0 and netstandard2.0, read the same file).</summary>
    private static string GoldenPath(string file) => Path.Combine(AppContext.BaseDirectory, "Golden", file + ".golden.jsonl");

    /// <summary>The committed file in the sources, found from the test binary's folder upwards (only to accept a change).</summary>
    private static string SourcePath(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "AsnKinerja.Serialization.SystemTextJson.Tests", "Golden")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("The sources were not found."), "tests", "AsnKinerja.Serialization.SystemTextJson.Tests", "Golden", file + ".golden.jsonl");
    }

    private static (string Type, string Json) C<T>(T value) => (Name(typeof(T)), Json.Write(value));

    private static IEnumerable<(string Type, string Json)> Labels<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => C(v));

    private static IEnumerable<(string Type, string Json)> Sampled<T>(Gen<T> gen, ulong seed) =>
        gen.Sample(10, new Rnd(seed), SamplesPerGenerator).Select(v => C(v));

    private static List<(string Type, string Json)> FixedCases()
    {
        var cases = new List<(string Type, string Json)>();
        cases.AddRange(Labels<Ekspektasi>());
        cases.AddRange(Labels<PredikatKinerja>());
        cases.AddRange(Labels<PredikatKinerjaOrganisasi>());
        cases.AddRange(Labels<FindingSeverity>());
        cases.AddRange(Labels<Confidence>());
        cases.AddRange(Labels<JenisJabatan>());
        cases.AddRange(Labels<JenjangFungsional>());
        cases.AddRange(Labels<JenisPeriode>());
        cases.AddRange(Labels<StatusKepegawaian>());
        cases.AddRange(Labels<PendekatanSkp>());
        cases.AddRange(Labels<StatusSkp>());
        cases.AddRange(Labels<JenisRhk>());
        cases.AddRange(Labels<KlasifikasiRhk>());
        cases.AddRange(Labels<AspekIki>());
        cases.AddRange(Labels<PerspektifIki>());
        cases.AddRange(Labels<MetodeCascading>());
        cases.AddRange(Labels<KewenanganPenilai>());
        cases.AddRange(Labels<StatusPenilai>());
        cases.AddRange(Labels<JabatanNonAsn>());
        cases.AddRange(Labels<TugasTambahan>());
        cases.AddRange(Labels<JenisPertimbangan>());
        cases.AddRange(Labels<JenisSkp>());
        cases.AddRange(Labels<DasarAkumulasi>());
        cases.AddRange(Labels<NilaiBerakhlak>());
        cases.AddRange(Labels<Pembulatan>());
        cases.AddRange(Labels<MaknaSebagianBesar>());
        cases.AddRange(Labels<KebijakanUnitKecil>());
        cases.AddRange(Labels<PenghitunganKepalaUnit>());
        cases.AddRange(Labels<TingkatPenegakan>());
        cases.AddRange(Labels<StatusDistribusi>());
        cases.AddRange(Labels<JenisBatasan>());
        cases.AddRange(Labels<MetodeSaranTahunan>());
        cases.AddRange(Labels<GolonganRuang>());
        cases.AddRange(Labels<TingkatPotensial>());
        cases.AddRange(Labels<PenggabunganKinerja>());
        cases.AddRange(Labels<SumberPotensial>());
        cases.AddRange(Labels<KebijakanPredikatBelumDitetapkan>());
        cases.AddRange(Labels<KebijakanSumberPotensial>());
        cases.AddRange(Labels<SumberUmpanBalik>());
        cases.AddRange(Labels<KebijakanPenjumlahanTarget>());
        cases.AddRange(Labels<KebijakanPerspektifJpt>());
        cases.AddRange(Labels<LineageEnd>());
        cases.AddRange(Labels<JenisKolomMph>());

        cases.Add(C(new LocalDate(2024, 2, 29)));
        cases.Add(C(new YearMonth(2024, 2)));
        cases.Add(C(Samples.Pegawai));
        cases.Add(C(RuleSetId.SeMenPanRb3Tahun2023));

        var skp = Samples.Skp();
        cases.Add(C(skp));
        cases.Add(C(skp.ToBuilder().WithAtasanPejabatPenilai(Nip.Parse("196805101993031004")).WithJenis(JenisSkp.TugasBelajar)
            .AddPertimbangan(new PertimbanganPenilaian(JenisPertimbangan.TimKinerja, Pejabat.Asn(Nip.Parse("197002141996031001"))))
            .WithStatusKepegawaian(StatusKepegawaian.Pppk).Build()));
        cases.Add(C(skp.Jabatan));
        cases.Add(C(skp.Periode));
        cases.Add(C(PeriodeKinerja.Semesteran(2024, Semester.II)));
        cases.Add(C(PeriodeKinerja.Rentang(new LocalDate(2024, 3, 4), new LocalDate(2024, 9, 30))));
        cases.Add(C(skp.HasilKerja[0]));
        cases.Add(C(skp.HasilKerja[0].Indikator[0]));
        cases.Add(C(skp.HasilKerja[0].Indikator[0].Target));
        cases.Add(C(TargetIki.Kualitatif("Sesuai standar pelayanan")));
        cases.Add(C(skp.PerilakuKerja[0]));
        cases.Add(C(skp.Lampiran));
        cases.Add(C(skp.PejabatPenilai));
        var bupati = Pejabat.NonAsn(JabatanNonAsn.Bupati, "Drs. H. Contoh", "Bupati Sleman", "Pemerintah Kabupaten Sleman", "NRP-1");
        cases.Add(C(new PejabatPenilaiKinerja(bupati, KewenanganPenilai.Plt)));
        cases.Add(C(bupati));
        cases.Add(C(Pejabat.Asn(Samples.Ppk)));
        cases.Add(C(Pejabat.Asn(Nip.Parse("197805122005012003"), Jabatan.Fungsional(JenjangFungsional.AhliMadya), TugasTambahan.KepalaSekolah, "Dra. Contoh", "Guru Ahli Madya", "IV/a", "SMA Negeri 1")));
        cases.Add(C(new PertimbanganPenilaian(JenisPertimbangan.PemberiPertimbangan, bupati)));

        var units = new[] { new UnitKerja("UNIT-DIT-1", "Direktorat Kebijakan", null), new UnitKerja("UNIT-SUB-1", "Subdirektorat Data", "UNIT-DIT-1") };
        var penempatan = new[] { new PenempatanPegawai(Samples.Ppk, "UNIT-DIT-1", true), new PenempatanPegawai(Samples.Pegawai, "UNIT-SUB-1", false) };
        cases.Add(C(units[1]));
        cases.Add(C(penempatan[0]));
        cases.Add(C(StrukturOrganisasi.Create(units, penempatan).Value));

        var finding = SkpFindings.TanpaHasilKerjaUtama.Create("S-1", FindingValue.Of("skp", "S-1"));
        cases.Add(C(finding));
        cases.Add(C(FindingValue.Of("skp", "S-1")));
        cases.Add(C(new ValidationResult(new[] { finding })));
        cases.Add(C(new AppliedPolicy("Pembulatan", "Ketat", true)));
        cases.Add(C(new RegulationReference(RegulationNames.PermenPanRb6Tahun2022, "Pasal 8", Confidence.High)));

        var terhitung = Samples.Terhitung();
        cases.Add(C(terhitung));
        cases.Add(C(terhitung.Explanation));
        cases.Add(C(KuadranRules.PermenPanRb6Tahun2022.EvaluateKepalaUnit(PredikatKinerjaOrganisasi.Istimewa, Ekspektasi.Sesuai)));
        cases.Add(C(KeputusanPredikat.Terima(terhitung)));
        cases.Add(C(KeputusanPredikat.Ubah(terhitung, PredikatKinerja.SangatBaik, Pejabat.Asn(Samples.Ppk), new LocalDate(2025, 1, 20), "Kalibrasi distribusi")));
        cases.Add(C(PemetaanRatingPimpinan.Default));
        var pemeriksaan = Samples.Pemeriksaan();
        cases.Add(C(pemeriksaan));
        cases.Add(C(DistribusiRules.SeMenPanRb3Tahun2023.Check("UNIT-2", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 0, 8, 2))));
        cases.Add(C(pemeriksaan.Jumlah));
        cases.Add(C(pemeriksaan.Options));
        cases.Add(C(pemeriksaan.Kuota));
        cases.Add(C(pemeriksaan.Kuota[PredikatKinerja.Baik]));
        cases.Add(C(pemeriksaan.Batasan[0]));
        cases.Add(C(DistribusiRules.SeMenPanRb3Tahun2023.CalculateKuota(PredikatKinerjaOrganisasi.Istimewa, 3)));
        var kalibrasi = Samples.Kalibrasi(DistribusiRules.SeMenPanRb3Tahun2023, "U", PredikatKinerjaOrganisasi.Baik, Enumerable.Range(1, 10).Select(i => new PegawaiKalibrasi(Samples.N(i), PredikatKinerja.Baik, i)));
        cases.Add(C(kalibrasi));
        cases.Add(C(kalibrasi.Perubahan[0]));
        cases.Add(C(new PegawaiKalibrasi(Samples.N(1), PredikatKinerja.Baik, 81.5m)));
        cases.Add(C(StatistikDistribusi.From(new[] { pemeriksaan, DistribusiRules.SeMenPanRb3Tahun2023.Check("UNIT-2", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 0, 8, 2)) })));
        cases.Add(C(new PenilaianRhk("RHK-1", JenisRhk.Utama, Ekspektasi.DiAtas)));
        cases.Add(C(new PredikatPeriode(PeriodeKinerja.Triwulanan(2024, Triwulan.II), PredikatKinerja.Baik)));
        cases.Add(C(SaranRatingHasilKerja.Suggest(new[] { new PenilaianRhk("R1", JenisRhk.Utama, Ekspektasi.DiAtas), new PenilaianRhk("R2", JenisRhk.Utama, Ekspektasi.Sesuai) }).Value));
        cases.Add(C(SaranPredikatTahunan.Suggest(2024, new[] { new PredikatPeriode(PeriodeKinerja.Triwulanan(2024, Triwulan.I), PredikatKinerja.Baik), new PredikatPeriode(PeriodeKinerja.Triwulanan(2024, Triwulan.II), PredikatKinerja.SangatBaik) }, MetodeSaranTahunan.Terburuk).Value));
        cases.Add(C(TabelAngkaKredit.PermenPanRb1Tahun2023.Kenaikan[0]));
        cases.Add(C(AngkaKreditRules.PermenPanRb1Tahun2023.Calculate(12, PredikatKinerja.SangatBaik, JenjangFungsional.AhliMuda)));
        cases.Add(C(AngkaKreditRules.PermenPanRb1Tahun2023.CalculateJarak(120m, GolonganRuang.IIIc, JenjangFungsional.AhliMuda)));
        cases.Add(C(AngkaKreditRules.PermenPanRb1Tahun2023.CalculateJarak(10m, GolonganRuang.IVe, JenjangFungsional.AhliUtama)));

        var talenta = Samples.Talenta();
        cases.Add(C(talenta));
        cases.Add(C(talenta.Kinerja[0]));
        cases.Add(C(new KinerjaTahunan(2024, PredikatKinerja.Baik, PredikatKinerja.SangatBaik)));
        cases.Add(C(talenta.Potensial));
        cases.Add(C(NilaiPotensial.FromTingkat(TingkatPotensial.Tinggi, SumberPotensial.AssessmentCenter)));
        cases.Add(C(KotakTalenta.FromNomor(7)));
        cases.Add(C(PetaTalentaOptions.Default));
        cases.Add(C(RekomendasiTindakLanjut.All[0]));
        var placement = PetaTalentaRules.PermenPanRb3Tahun2020.Evaluate(talenta, 2024);
        cases.Add(C(placement));
        cases.Add(C(placement.Value));
        cases.Add(C(PetaTalentaRules.PermenPanRb20Tahun2025.Evaluate(talenta, 2026)));
        var previous = new DataTalentaPegawai(Samples.Ppk, talenta.Kinerja, NilaiPotensial.FromSkor(40m), KotakTalenta.FromNomor(9));
        var unit = PetaTalentaRules.PermenPanRb3Tahun2020.EvaluateUnit(new[] { talenta, previous }, 2024);
        cases.Add(C(unit));
        cases.AddRange(unit.Perubahan.Select(p => C(p)));

        var umpanBalik = Samples.UmpanBalik();
        cases.Add(C(umpanBalik));
        var nilai = PenilaianNilaiBerakhlak.Semua(Ekspektasi.Sesuai).With(NilaiBerakhlak.Kolaboratif, Ekspektasi.DiAtas);
        cases.Add(C(nilai));
        cases.AddRange(KebijakanSaranPerilaku.BuiltIn.Select(k => C(k)));
        var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Suggest(nilai);
        cases.Add(C(saran));
        var penilaian = new PenilaianPerilakuKerja(Ekspektasi.DiAtas, Samples.Ppk, new LocalDate(2024, 12, 20), saran, "Kolaborasi lintas unit yang menonjol");
        cases.Add(C(penilaian));
        cases.Add(C(new CatatanPerilakuKerja(skp, new[] { umpanBalik }, penilaian)));
        cases.Add(C(KatalogBerakhlak.SeMenPanRb20Tahun2021));
        cases.Add(C(new PerilakuKerjaOptions(KebijakanSaranPerilaku.Mayoritas)));

        var graph = CascadingWireFormatTests.Graph();
        cases.Add(C(graph));
        cases.Add(C(CascadingWireFormatTests.Team()));
        cases.Add(C(CascadingOptions.Default));
        cases.Add(C(new CascadingOptions(KebijakanPenjumlahanTarget.Toleransi, 2.5m, KebijakanPerspektifJpt.Wajib)));
        cases.Add(C(graph.Nodes[0]));
        cases.Add(C(graph.GetLineage("RHK-C1")));
        cases.Add(C(graph.GetLineage("RHK-B1")));
        var mph = graph.GetMatriksPeranHasil(Nip.Parse("197805102003121001"), PeriodeKinerja.Tahunan(2024));
        cases.Add(C(mph));
        cases.Add(C(graph.GetMatriksPeranHasil(Nip.Parse("197805102003121001"))));
        cases.AddRange(mph.Kolom.Select(k => C(k)));
        cases.Add(C(CascadingRules.PermenPanRb6Tahun2022.Validate(graph)));

        // Added after the first golden files: appended so that the earlier lines stay where they were.
        cases.AddRange(Labels<Language>());
        cases.AddRange(Labels<RuleDomain>());
        cases.AddRange(Labels<Semester>());
        cases.AddRange(Labels<Triwulan>());
        cases.AddRange(Labels<JenisKelamin>());
        cases.AddRange(Labels<JenisStatusPegawai>());
        cases.AddRange(Labels<BatasPenetapanSkp>());
        cases.AddRange(Labels<PenghitunganHariKeberatan>());
        cases.AddRange(Labels<SumberPredikatAkhir>());
        cases.AddRange(Labels<PerlakuanStatusPegawai>());
        cases.AddRange(Labels<CakupanStatusPegawai>());
        cases.AddRange(Labels<UnitPenghitunganMutasi>());
        cases.AddRange(Labels<PenghitunganBulan>());
        cases.AddRange(Labels<KebijakanSisaAngkaKredit>());
        cases.AddRange(Labels<TindakLanjutTalenta>());
        cases.Add(C(kalibrasi.Sasaran));
        cases.AddRange(PeriodCases());
        return cases;
    }

    /// <summary>The evaluation period: its records, policies, decisions, objections and results (the example dinas).</summary>
    private static IEnumerable<(string Type, string Json)> PeriodCases()
    {
        var input = DinasContoh.Input();
        yield return C(input.Penempatan[0]);
        yield return C(input.Penempatan.First(p => p.Akhir is not null));
        yield return C(DinasContoh.Status()[0]);
        yield return C(input.Penilaian[0]);
        yield return C(new PenilaianPegawai(Samples.Pegawai, Ekspektasi.Sesuai, Ekspektasi.DiAtas));
        yield return C(input);
        yield return C(KebijakanStatusPegawai.Default);
        yield return C(KeberatanOptions.Default);
        yield return C(new KeberatanOptions(PenghitunganHariKeberatan.HariKalender, new[] { new LocalDate(2025, 1, 29) }));
        yield return C(EvaluasiPeriodeOptions.Default);

        var hasil = DinasContoh.Dinas().Value;
        yield return C(hasil);
        var tanggal = new LocalDate(2025, 1, 20);
        var pegawai = hasil.Pegawai.First(p => p.IsDinilai);
        var keputusan = hasil.CreateKeputusan().TerimaSemuaUsulan(tanggal)
            .AjukanKeberatan(pegawai.Nip, new LocalDate(2025, 1, 21), new LocalDate(2025, 1, 24), "Capaian kinerja belum dipertimbangkan")
            .PutuskanKeberatan(pegawai.Nip, PredikatKinerja.SangatBaik, new LocalDate(2025, 2, 20), "Bukti capaian diterima", DinasContoh.KepalaDinas)
            .Build();
        yield return C(keputusan);
        yield return C(keputusan.Penetapan[0]);
        yield return C(keputusan.Keberatan[0]);
        yield return C(keputusan.Keberatan[0].Putusan!);
        var akhir = hasil.Tetapkan(keputusan);
        yield return C(akhir);
        var diputus = akhir.Pegawai.First(p => p.Akhir?.Keberatan is not null);
        yield return C(diputus.Akhir!);
        yield return C(diputus.Akhir!.Keberatan!);
        yield return C(diputus.Akhir!.Keberatan!.Keberatan);
        yield return C(diputus);
        yield return C(diputus.Penghitungan);
        yield return C(akhir.Unit[0]);
        yield return C(akhir.GetUnit("bidang-a"));
        yield return C(EvaluasiPeriode.Evaluate(input, AsnKinerjaJson.DefaultRegistry, new LocalDate(2025, 2, 15)).Value);
    }

    private static List<(string Type, string Json)> GeneratedCases()
    {
        var cases = new List<(string Type, string Json)>();
        cases.AddRange(Sampled(Gens.Date, 1));
        cases.AddRange(Sampled(Gens.Nip, 2));
        cases.AddRange(Sampled(Gens.RuleSetId, 3));
        cases.AddRange(Sampled(Gens.FindingValue, 4));
        cases.AddRange(Sampled(Gens.Policy, 5));
        cases.AddRange(Sampled(Gens.Source, 6));
        cases.AddRange(Sampled(Gens.Explanation, 7));
        cases.AddRange(Sampled(Gens.Finding, 8));
        cases.AddRange(Sampled(Gens.Jabatan, 9));
        cases.AddRange(Sampled(Gens.Periode, 10));
        cases.AddRange(Sampled(Gens.Pejabat, 11));
        cases.AddRange(Sampled(Gens.Ppk, 12));
        cases.AddRange(Sampled(Gens.Pertimbangan, 13));
        cases.AddRange(Sampled(Gens.Target, 14));
        cases.AddRange(Sampled(Gens.Iki(1), 15));
        cases.AddRange(Sampled(Gens.Rhk(1), 16));
        cases.AddRange(Sampled(Gens.Skp, 17));
        cases.AddRange(Sampled(Gens.Jumlah, 18));
        cases.AddRange(Sampled(Gens.Opsi, 19));
        cases.AddRange(Sampled(Gens.Pemetaan, 20));
        cases.AddRange(Sampled(Gens.Terhitung, 21));
        cases.AddRange(Sampled(Gens.Keputusan, 22));
        cases.AddRange(Sampled(from p in Gens.OneOf(Gens.PredikatOrganisasi) from n in Gen.Choose(0, 40) from o in Gens.Opsi select DistribusiRules.SeMenPanRb3Tahun2023.WithOptions(o).CalculateKuota(p, n), 23));
        cases.AddRange(Sampled(from p in Gens.OneOf(Gens.PredikatOrganisasi) from j in Gens.Jumlah from o in Gens.Opsi select DistribusiRules.SeMenPanRb3Tahun2023.WithOptions(o).Check("UNIT-7", p, j), 24));
        cases.AddRange(Sampled(from b in Gen.Choose(0, 12) from p in Gens.OneOf(Gens.Predikat) from k in Gen.Choose(1, 100) select AngkaKreditRules.PermenPanRb1Tahun2023.WithOptions(new AngkaKreditOptions(k / 4m)).Calculate(b, p, JenjangFungsional.Pemula), 25));
        cases.AddRange(Sampled(from a in Gen.Choose(0, 5000) select AngkaKreditRules.PermenPanRb1Tahun2023.CalculateJarak(a / 10m, GolonganRuang.IIIb, JenjangFungsional.AhliPertama), 26));
        cases.AddRange(Sampled(Gens.DataTalenta, 27));
        cases.AddRange(Sampled(Gens.PetaOptions, 28));
        cases.AddRange(Sampled(Gens.Penempatan, 29));
        cases.AddRange(Sampled(Gens.UmpanBalik(1), 30));
        cases.AddRange(Sampled(Gens.PenilaianNilai, 31));
        cases.AddRange(Sampled(Gens.SaranPerilaku, 32));
        cases.AddRange(Sampled(Gens.PenilaianPerilaku, 33));
        cases.AddRange(Sampled(Gens.TimKerja(1), 34));
        cases.AddRange(Sampled(Gens.CascadingOptions, 35));
        cases.AddRange(Sampled(Gens.Struktur, 36));
        cases.AddRange(Sampled(Gens.Graph, 37));
        cases.AddRange(Sampled(Gens.Graph.Select(g => CascadingRules.PermenPanRb6Tahun2022.Validate(g)), 38));
        cases.AddRange(Sampled(Gen.Choose(0, int.MaxValue - 1).Select(seed => AgensiAcak.Generate(seed).Input), 39));
        cases.AddRange(Sampled(
            Gen.Choose(0, int.MaxValue - 1).Select(seed =>
            {
                var agency = AgensiAcak.Generate(seed);
                var hasil = EvaluasiPeriode.Evaluate(agency.Input, AturanUji.Kuadran, AturanUji.Distribusi(new DistribusiOptions(unitKecil: KebijakanUnitKecil.GabungKeInduk))).Value;
                return hasil.Tetapkan(agency.Decisions(hasil));
            }),
            40));
        return cases;
    }

    private static Dictionary<string, Func<string, string>> Readers()
    {
        var readers = new Dictionary<string, Func<string, string>>(StringComparer.Ordinal);
        foreach (var type in WireTypes.All)
        {
            readers[Name(type)] = json => Json.Write(type, Json.Read(type, json));
        }

        return readers;
    }
}
