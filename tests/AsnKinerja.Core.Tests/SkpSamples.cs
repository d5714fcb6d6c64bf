using NodaTime;

namespace AsnKinerja.Core.Tests;

/// <summary>SKP builders for the rule tests: each starts valid under PermenPANRB 6/2022 and one test breaks one rule.</summary>
internal static class SkpSamples
{
    public static readonly Nip Pegawai = TestData.Nip(10);
    public static readonly Nip Atasan = TestData.Nip(20);

    public static PejabatPenilaiKinerja Ppk(JenisJabatan jenis = JenisJabatan.Pengawas, KewenanganPenilai kewenangan = KewenanganPenilai.Definitif) =>
        new(Atasan, Jabatan.Struktural(jenis), kewenangan);

    public static IndikatorKinerjaIndividu Iki(string id, AspekIki? aspek = AspekIki.Kuantitas, decimal target = 12m, string satuan = "laporan", PerspektifIki? perspektif = null) =>
        new(id, "Indikator " + id, TargetIki.Kuantitatif(target, satuan), aspek, perspektif);

    public static IndikatorKinerjaIndividu IkiKualitatif(string id, string uraian = "Laporan diterima pimpinan tepat waktu", PerspektifIki? perspektif = null) =>
        new(id, "Indikator " + id, TargetIki.Kualitatif(uraian), null, perspektif);

    /// <summary>A main RHK of a JA/JF SKP that intervenes a superior RHK.</summary>
    public static RencanaHasilKerja RhkJa(string id, params IndikatorKinerjaIndividu[] iki) =>
        new(id, "Hasil kerja " + id, JenisRhk.Utama, KlasifikasiRhk.Organisasi, iki.Length == 0 ? new[] { Iki(id + ".1") } : iki, rhkAtasanId: "ATASAN-1");

    /// <summary>A valid annual SKP of a <em>pelaksana</em>, set on 15 January, appraised by a <em>pengawas</em>.</summary>
    public static SkpBuilder ValidJa(PeriodeKinerja? periode = null) =>
        new SkpBuilder("SKP-1", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", periode ?? PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk())
            .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 15))
            .AddHasilKerja(RhkJa("RHK-1"))
            .AddSemuaNilaiBerakhlak();

    /// <summary>A valid annual SKP of a JPT Pratama, from the Perjanjian Kinerja, appraised by a JPT Madya.</summary>
    public static SkpBuilder ValidJpt() =>
        new SkpBuilder("SKP-JPT", Pegawai, Jabatan.Struktural(JenisJabatan.JptPratama), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk(JenisJabatan.JptMadya))
            .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 31))
            .AddHasilKerja(new RencanaHasilKerja(
                "RHK-JPT-1", "Meningkatnya kualitas layanan", JenisRhk.Utama, KlasifikasiRhk.Organisasi,
                new[] { Iki("IKI-JPT-1", perspektif: PerspektifIki.PenerimaLayanan) },
                sumberKinerjaOrganisasi: "Perjanjian Kinerja 2024, sasaran 1"))
            .AddSemuaNilaiBerakhlak();
}
