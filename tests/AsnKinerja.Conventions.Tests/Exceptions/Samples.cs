using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;

namespace AsnKinerja.Conventions.Tests.Exceptions;

/// <summary>
/// Well-formed instances of the few types whose parts must agree with each other (a tree whose placements name its
/// units, bulk columns of one length), which calling members with independent benign arguments rarely builds. They
/// use the benign identifiers and NIPs of <see cref="ArgumentSource"/>, so look-ups by those succeed too.
/// </summary>
internal static class Samples
{
    public static IEnumerable<object> All()
    {
        var (head, staff, other) = (Nip.Parse("198503122010011003"), Nip.Parse("196805101993031004"), Nip.Parse("197805122005012003"));
        UnitKerja[] units = [new("unit-1", "Dinas", null), new("x", "Bidang", "unit-1")];
        PenempatanPegawai[] placements = [new(head, "unit-1", isKepala: true), new(staff, "x", isKepala: true), new(other, "x", isKepala: false)];
        var struktur = StrukturOrganisasi.Create(units, placements).Value;
        yield return struktur;

        // A two-level cascade: the head's RHK "x" is intervened by the staff member's RHK "unit-1".
        var periode = PeriodeKinerja.Tahunan(2024);
        IndikatorKinerjaIndividu[] iki = [new("x", "Dokumen", TargetIki.Kuantitatif(2m, "dokumen"))];
        var atasan = new SkpBuilder("x", head, Jabatan.Struktural(JenisJabatan.Administrator), "unit-1", periode)
            .WithPejabatPenilai(new PejabatPenilaiKinerja(other, Jabatan.Struktural(JenisJabatan.JptPratama)))
            .AddHasilKerja(new RencanaHasilKerja("x", "Kebijakan", JenisRhk.Utama, KlasifikasiRhk.Organisasi, iki, sumberKinerjaOrganisasi: "x"))
            .Build();
        var bawahan = new SkpBuilder("unit-1", staff, Jabatan.Struktural(JenisJabatan.Pengawas), "x", periode)
            .WithPejabatPenilai(new PejabatPenilaiKinerja(head, Jabatan.Struktural(JenisJabatan.Administrator)))
            .AddHasilKerja(new RencanaHasilKerja("unit-1", "Kajian", JenisRhk.Utama, KlasifikasiRhk.Organisasi, iki, rhkAtasanId: "x"))
            .Build();
        var graph = CascadingGraph.Create([atasan, bawahan], struktur: struktur);
        yield return graph;
        yield return graph.GetMatriksPeranHasil(head);
        yield return graph.GetLineage("unit-1");

        // A period evaluated end to end: the tree above, one rating per employee, an organisation predicate per unit.
        var ppk = new PejabatPenilaiKinerja(Pejabat.Asn(other, Jabatan.Struktural(JenisJabatan.JptPratama)));
        PenilaianPegawai[] penilaian =
        [
            new(head, Ekspektasi.DiAtas, Ekspektasi.Sesuai, 90m, ppk),
            new(staff, Ekspektasi.Sesuai, Ekspektasi.Sesuai, 80m, ppk),
            new(other, Ekspektasi.Sesuai, Ekspektasi.DiBawah, 70m, ppk),
        ];
        var organisasi = new Dictionary<string, PredikatKinerjaOrganisasi> { ["unit-1"] = PredikatKinerjaOrganisasi.Baik, ["x"] = PredikatKinerjaOrganisasi.Istimewa };
        var input = new EvaluasiPeriodeInput(periode, units, placements, organisasi, penilaian);
        yield return input;
        var evaluasi = EvaluasiPeriode.Evaluate(input, KuadranRules.PermenPanRb6Tahun2022, DistribusiRules.SeMenPanRb3Tahun2023);
        yield return evaluasi;
        if (evaluasi.IsSuccess)
        {
            var builder = evaluasi.Value.CreateKeputusan();
            yield return builder;
            yield return builder.Build();
            var tandaTangan = new Documents.TandaTangan("x", new NodaTime.LocalDate(2025, 1, 15));
            yield return tandaTangan;
            yield return Documents.FormatPenetapanPredikatKinerja.FromPeriode(evaluasi.Value, "unit-1", Pejabat.Asn(head), tandaTangan);
            yield return Documents.MatriksPembagianPeranHasil.Create(graph, head);
            if (evaluasi.Value.Get(head)?.Terhitung is { } terhitung)
            {
                var akhir = PredikatAkhir.Of(head, KeputusanPredikat.Terima(terhitung));
                yield return akhir;
                yield return Documents.DokumenEvaluasiKinerjaPegawai.Create(
                    atasan, Pejabat.Asn(head), Pejabat.Asn(other), akhir, evaluasi.Value.GetUnit("unit-1").Verdict, tandaTangan);
            }
        }

        // SIASN's answers as the library reads them.
        yield return Siasn.SiasnJson.ReadRiwayatSkp22(
            """[{"id":"x","tahun":"2024","hasilKinerjaNilai":"1","PerilakuKerjaNilai":"2","KuadranKinerjaNilai":"2"}]""", head);
        yield return Siasn.SiasnJson.ReadRiwayatKinerjaPeriodik(
            """[{"id":"x","tahun":"2024","periodikId":"2","bulanMulaiPenilaian":"4","tahunMulaiPenilaian":"2024","bulanSelesaiPenilaian":"6","tahunSelesaiPenilaian":"2024","hasilKinerjaNilai":"3","perilakuKerjaNilai":"2","kuadranKinerjaNilai":"3"}]""",
            head);

        // A quarterly SIASN payload (its factory refuses annual periods), for a functional position with its koefisien.
        var penilai = Pejabat.Asn(head, Jabatan.Struktural(JenisJabatan.Administrator), nama: "x", namaJabatan: "x", golongan: "IV/a", unitKerja: "x");
        var triwulan = PredikatAkhir.Of(staff, KeputusanPredikat.Terima(KuadranRules.PermenPanRb6Tahun2022.Evaluate(Ekspektasi.Sesuai, Ekspektasi.Sesuai)));
        var periodik = Siasn.SiasnPayloads.KinerjaPeriodik(
            staff, Jabatan.Fungsional(JenjangFungsional.AhliPertama), PeriodeKinerja.Triwulanan(2024, Triwulan.II), penilai, triwulan, "A8ACA7B4C3D2E1F0");
        yield return periodik.IsSuccess ? periodik.Value : throw new InvalidOperationException("The quarterly SIASN sample must be valid: " + string.Join("; ", periodik.Findings));

        // The wire format's own exception, as a reader throws it (a document that is only null).
        yield return Thrown(() => System.Text.Json.JsonSerializer.Deserialize<Skp>("null", Serialization.SystemTextJson.AsnKinerjaJson.CreateOptions()));

        // A talent placement that moved from last year's box.
        var talenta = new DataTalentaPegawai(
            head, [KinerjaTahunan.Ditetapkan(2023, PredikatKinerja.Baik), KinerjaTahunan.Terhitung(2024, PredikatKinerja.SangatBaik)],
            NilaiPotensial.FromSkor(80m), KotakTalenta.FromNomor(5));
        foreach (var rules in PetaTalentaRules.All)
        {
            yield return rules.Evaluate(talenta, 2024);
            yield return rules.EvaluateUnit([talenta], 2024);
        }

        yield return new BulkInput(
            new[] { 0, 1, 1 },
            new[] { Ekspektasi.Sesuai, Ekspektasi.DiAtas, Ekspektasi.DiBawah },
            new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai, Ekspektasi.DiAtas },
            new[] { -1, 0 },
            new[] { PredikatKinerjaOrganisasi.Baik, PredikatKinerjaOrganisasi.Istimewa },
            new[] { 0, 1 });
    }

    private static Exception Thrown(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new InvalidOperationException("The sample call was expected to throw.");
    }
}
