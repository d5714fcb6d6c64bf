using AsnKinerja.BehaviourRubric;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using NodaTime;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>Fixed sample values: the documents of docs/wire-format.md are written from these.</summary>
internal static class Samples
{
    public static readonly Nip Pegawai = Nip.Parse("199001152015031002");
    public static readonly Nip Ppk = Nip.Parse("197805102003121001");

    public static Skp Skp() =>
        new SkpBuilder("SKP-2024-001", Pegawai, Jabatan.Fungsional(JenjangFungsional.AhliMuda), "UNIT-DIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(new PejabatPenilaiKinerja(Ppk, Jabatan.Struktural(JenisJabatan.Administrator)))
            .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 25))
            .AddHasilKerja(new RencanaHasilKerja(
                "RHK-1", "Tersusunnya kajian kebijakan", JenisRhk.Utama, KlasifikasiRhk.Organisasi,
                new[] { new IndikatorKinerjaIndividu("IKI-1", "Jumlah kajian", TargetIki.Kuantitatif(4m, "dokumen"), AspekIki.Kuantitas) },
                rhkAtasanId: "RHK-ATASAN-3"))
            .AddPerilakuKerja(NilaiBerakhlak.BerorientasiPelayanan, "Menanggapi permintaan data paling lambat 2 hari kerja")
            .AddSemuaNilaiBerakhlak()
            .WithLampiran(new LampiranSkp(new[] { "Akses basis data kepegawaian" }, new[] { "Laporan triwulanan" }, new[] { "Dipertimbangkan dalam pengembangan karier" }))
            .Build();

    public static PredikatTerhitung Terhitung() => KuadranRules.PermenPanRb6Tahun2022.Evaluate(Ekspektasi.DiAtas, Ekspektasi.Sesuai);

    public static PemeriksaanDistribusiResult Pemeriksaan() =>
        DistribusiRules.SeMenPanRb3Tahun2023.Check("UNIT-DIT-1", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 1, 7, 2));

    public static DataTalentaPegawai Talenta() =>
        new(Pegawai, new[] { KinerjaTahunan.Ditetapkan(2023, PredikatKinerja.Baik), KinerjaTahunan.Ditetapkan(2024, PredikatKinerja.SangatBaik) }, NilaiPotensial.FromSkor(82.5m));

    public static UmpanBalik UmpanBalik() =>
        new("UB-1", NilaiBerakhlak.Kolaboratif, SumberUmpanBalik.PejabatPenilai, new LocalDate(2024, 5, 2), "Memimpin rapat lintas unit", new[] { "notulen-rapat.pdf" }, Ekspektasi.DiAtas, Ppk);

    /// <summary>A distinct, valid PNS NIP for each number from 0 up.</summary>
    public static Nip N(int i) => Nip.FromParts(new LocalDate(1980, 1, 1).PlusDays(i / 999), new YearMonth(2005, 1), JenisKelamin.LakiLaki, (i % 999) + 1);

    /// <summary>A calibration proposal for one unit: the one-unit check of the employees' predicates, answered.</summary>
    public static UsulanKalibrasi Kalibrasi(IDistribusiRules rules, string unitId, PredikatKinerjaOrganisasi predikatOrganisasi, IEnumerable<PegawaiKalibrasi> pegawai)
    {
        var list = pegawai.ToList();
        return rules.ProposeKalibrasi(rules.Check(unitId, predikatOrganisasi, JumlahPredikat.From(list.Select(p => p.Predikat))), list);
    }
}
