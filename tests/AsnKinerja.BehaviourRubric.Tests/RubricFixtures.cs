using NodaTime;

namespace AsnKinerja.BehaviourRubric.Tests;

/// <summary>Small builders for the rubric tests.</summary>
internal static class RubricFixtures
{
    internal static readonly Nip Pegawai = Nip.FromParts(new LocalDate(1990, 5, 17), new YearMonth(2015, 3), JenisKelamin.Perempuan, 7);
    internal static readonly Nip Ppk = Nip.FromParts(new LocalDate(1978, 1, 2), new YearMonth(2003, 4), JenisKelamin.LakiLaki, 1);
    internal static readonly Nip Rekan = Nip.FromParts(new LocalDate(1991, 8, 9), new YearMonth(2016, 2), JenisKelamin.LakiLaki, 12);

    internal static readonly NilaiBerakhlak[] SemuaNilai =
    {
        NilaiBerakhlak.BerorientasiPelayanan, NilaiBerakhlak.Akuntabel, NilaiBerakhlak.Kompeten, NilaiBerakhlak.Harmonis,
        NilaiBerakhlak.Loyal, NilaiBerakhlak.Adaptif, NilaiBerakhlak.Kolaboratif,
    };

    /// <summary>An SKP for 2024 with all seven values; Kompeten and Kolaboratif carry a specific expectation.</summary>
    internal static Skp Skp2024() =>
        new SkpBuilder("SKP-2024-01", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(new PejabatPenilaiKinerja(Ppk, Jabatan.Struktural(JenisJabatan.Pengawas)))
            .AddPerilakuKerja(NilaiBerakhlak.Kompeten, "Menjadi mentor bagi dua pegawai baru")
            .AddPerilakuKerja(NilaiBerakhlak.Kolaboratif, "Memimpin tim lintas bidang untuk SOP layanan")
            .AddSemuaNilaiBerakhlak()
            .Build();

    internal static UmpanBalik DariPpk(string id, NilaiBerakhlak nilai, LocalDate tanggal, Ekspektasi? penilaian = null, params string[] bukti) =>
        new(id, nilai, SumberUmpanBalik.PejabatPenilai, tanggal, "Umpan balik " + id, bukti.Length == 0 ? new[] { "ND-" + id } : bukti, penilaian, RubricFixtures.Ppk);

    internal static UmpanBalik Dari(SumberUmpanBalik sumber, string id, NilaiBerakhlak nilai, LocalDate tanggal, Ekspektasi? penilaian = null) =>
        new(id, nilai, sumber, tanggal, "Masukan " + id, new[] { "BUKTI-" + id }, penilaian);

    /// <summary>PPK feedback in 2024 on every value, with evidence, assessed as given.</summary>
    internal static IEnumerable<UmpanBalik> PpkSemuaNilai(Ekspektasi penilaian) =>
        SemuaNilai.Select((n, i) => DariPpk("UB-" + (i + 1), n, new LocalDate(2024, 6, 1 + i), penilaian));

    internal static PenilaianNilaiBerakhlak Penilaian(params Ekspektasi[] tujuh)
    {
        Assert.Equal(7, tujuh.Length);
        return PenilaianNilaiBerakhlak.Create(SemuaNilai.Select((n, i) => new KeyValuePair<NilaiBerakhlak, Ekspektasi>(n, tujuh[i])));
    }
}
