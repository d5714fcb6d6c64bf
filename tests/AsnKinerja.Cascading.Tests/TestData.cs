using NodaTime;

namespace AsnKinerja.Cascading.Tests;

/// <summary>Small builders for SKPs and RHK, so each test shows only what matters to it.</summary>
internal static class TestData
{
    public static readonly PeriodeKinerja Tahun2024 = PeriodeKinerja.Tahunan(2024);

    public static readonly Jabatan JptPratama = Jabatan.Struktural(JenisJabatan.JptPratama);

    public static readonly Jabatan Administrator = Jabatan.Struktural(JenisJabatan.Administrator);

    public static readonly Jabatan Pengawas = Jabatan.Struktural(JenisJabatan.Pengawas);

    public static readonly Jabatan Pelaksana = Jabatan.Struktural(JenisJabatan.Pelaksana);

    /// <summary>A distinct, valid NIP per number (1 to a few thousand).</summary>
    public static Nip Nip(int i) =>
        AsnKinerja.Nip.FromParts(new LocalDate(1970, 1, 1).PlusDays(i), new YearMonth(2000, 1), JenisKelamin.LakiLaki, 1);

    public static IndikatorKinerjaIndividu Iki(string id, decimal nilai, string satuan = "dokumen", AspekIki? aspek = AspekIki.Kuantitas, PerspektifIki? perspektif = null) =>
        new(id, "Indikator " + id, TargetIki.Kuantitatif(nilai, satuan), aspek, perspektif);

    public static RencanaHasilKerja Rhk(
        string id,
        string? atasan = null,
        JenisRhk jenis = JenisRhk.Utama,
        KlasifikasiRhk klasifikasi = KlasifikasiRhk.Organisasi,
        string? sumber = null,
        string? penugasan = null,
        MetodeCascading? metode = null,
        params IndikatorKinerjaIndividu[] iki) =>
        new(id, "Hasil kerja " + id, jenis, klasifikasi, iki.Length == 0 ? new[] { Iki(id + ".1", 1m) } : iki, atasan, sumber, penugasan, metode);

    public static Skp Skp(
        string id,
        int pegawai,
        int ppk,
        Jabatan jabatan,
        RencanaHasilKerja[] rhk,
        StatusSkp status = StatusSkp.Disetujui,
        PeriodeKinerja? periode = null,
        string unit = "U1",
        KewenanganPenilai kewenangan = KewenanganPenilai.Definitif)
    {
        var builder = new SkpBuilder(id, Nip(pegawai), jabatan, unit, periode ?? Tahun2024)
            .WithPejabatPenilai(new PejabatPenilaiKinerja(Nip(ppk), Administrator, kewenangan))
            .WithStatus(status, new LocalDate(2024, 1, 15))
            .AddSemuaNilaiBerakhlak();
        foreach (var r in rhk)
        {
            builder.AddHasilKerja(r);
        }

        return builder.Build();
    }

    /// <summary>Staff member 3's additional, personal result that intervenes R22, so the division head's RHK are both delivered.</summary>
    public static RencanaHasilKerja R32 => Rhk("R32", "R22", jenis: JenisRhk.Tambahan, klasifikasi: KlasifikasiRhk.Individu);

    /// <summary>
    /// A small organisation without findings: a JPT head (1) with two goals and all four perspectives, a division head
    /// (2) intervening both, and a staff member (3) intervening the division head's first result.
    /// </summary>
    public static List<Skp> CleanOrganisation() => new()
    {
        Skp("S1", 1, 100, JptPratama, new[]
        {
            Rhk("R1", sumber: "PK-1", iki: new[] { Iki("R1.1", 10m, perspektif: PerspektifIki.PenerimaLayanan), Iki("R1.2", 4m, "laporan", perspektif: PerspektifIki.ProsesBisnis) }),
            Rhk("R2", sumber: "PK-2", iki: new[] { Iki("R2.1", 1m, perspektif: PerspektifIki.PenguatanInternal), Iki("R2.2", 95m, "%", AspekIki.Kualitas, PerspektifIki.Anggaran) }),
        }),
        Skp("S2", 2, 1, Administrator, new[] { Rhk("R21", "R1"), Rhk("R22", "R2") }),
        Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), Rhk("R32", "R22", jenis: JenisRhk.Tambahan, klasifikasi: KlasifikasiRhk.Individu) }),
    };

    public static List<Finding> Check(IEnumerable<Skp> skps, IEnumerable<TimKerja>? teams = null, StrukturOrganisasi? struktur = null, CascadingOptions? options = null) =>
        CascadingRules.PermenPanRb6Tahun2022.WithOptions(options ?? CascadingOptions.Default).Validate(CascadingGraph.Create(skps, teams, struktur)).Findings.ToList();

    public static List<Skp> Replace(this List<Skp> skps, string id, Skp replacement)
    {
        var copy = skps.Where(s => s.Id != id).ToList();
        copy.Add(replacement);
        return copy;
    }
}
