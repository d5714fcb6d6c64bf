using NodaTime;
using static AsnKinerja.Predicates.Tests.AturanUji;

namespace AsnKinerja.Predicates.Tests;

/// <summary>
/// The sample dinas of the period tests (linked into the wire-format tests too): three units — the root (Baik), bidang A
/// (Istimewa) and bidang B (Kurang) — with heads, a study leave, an unpaid leave and a move in July.
/// </summary>
internal static class DinasContoh
{
    public static readonly PeriodeKinerja Tahun = PeriodeKinerja.Tahunan(2024);
    public static readonly LocalDate Awal = new(2024, 1, 1);
    public static readonly Pejabat KepalaDinas = Pejabat.Asn(N(1), Jabatan.Struktural(JenisJabatan.JptPratama));
    public static readonly Pejabat KepalaBidangA = Pejabat.Asn(N(10), Jabatan.Struktural(JenisJabatan.Administrator));

    /// <summary>The dinas evaluated under the default quadrant and the distribution rules with the given options.</summary>
    public static Result<EvaluasiPeriodeResult> Dinas(DistribusiOptions? opsi = null) => EvaluasiPeriode.Evaluate(Input(), Kuadran, Distribusi(opsi));

    public static EvaluasiPeriodeInput Input(
        IEnumerable<RiwayatPenempatan>? penempatan = null, IEnumerable<PenilaianPegawai>? penilaian = null, IReadOnlyDictionary<string, PredikatKinerjaOrganisasi>? predikat = null) =>
        new(Tahun, Units(), penempatan ?? Penempatan(), predikat ?? PredikatOrganisasi(), penilaian ?? Penilaian(), Status());

    public static UnitKerja[] Units() => new[]
    {
        new UnitKerja("dinas", "Dinas", null),
        new UnitKerja("bidang-a", "Bidang A", "dinas"),
        new UnitKerja("bidang-b", "Bidang B", "dinas"),
    };

    public static Dictionary<string, PredikatKinerjaOrganisasi> PredikatOrganisasi() => new()
    {
        ["dinas"] = PredikatKinerjaOrganisasi.Baik,
        ["bidang-a"] = PredikatKinerjaOrganisasi.Istimewa,
        ["bidang-b"] = PredikatKinerjaOrganisasi.Kurang,
    };

    public static IEnumerable<RiwayatPenempatan> Penempatan()
    {
        yield return new RiwayatPenempatan(N(1), "dinas", Awal, null, isKepala: true);
        foreach (var i in new[] { 2, 3, 4, 5, 30 })
        {
            yield return new RiwayatPenempatan(N(i), "dinas", Awal);
        }

        yield return new RiwayatPenempatan(N(10), "bidang-a", Awal, null, isKepala: true);
        for (var i = 11; i <= 16; i++)
        {
            yield return new RiwayatPenempatan(N(i), "bidang-a", Awal);
        }

        yield return new RiwayatPenempatan(N(20), "bidang-b", Awal, null, isKepala: true);
        for (var i = 21; i <= 25; i++)
        {
            yield return new RiwayatPenempatan(N(i), "bidang-b", Awal);
        }

        yield return new RiwayatPenempatan(N(31), "bidang-b", Awal);

        // Moved from bidang B to the dinas in July.
        yield return new RiwayatPenempatan(N(40), "bidang-b", Awal, new LocalDate(2024, 6, 30));
        yield return new RiwayatPenempatan(N(40), "dinas", new LocalDate(2024, 7, 1));
    }

    public static StatusPegawai[] Status() => new[]
    {
        new StatusPegawai(N(30), JenisStatusPegawai.TugasBelajar, new LocalDate(2023, 8, 1)),
        new StatusPegawai(N(31), JenisStatusPegawai.CutiDiLuarTanggunganNegara, new LocalDate(2023, 3, 1), new LocalDate(2025, 2, 28)),
    };

    public static IEnumerable<PenilaianPegawai> Penilaian()
    {
        var ppkDinas = new PejabatPenilaiKinerja(KepalaDinas);
        var ppkA = new PejabatPenilaiKinerja(KepalaBidangA);
        yield return new PenilaianPegawai(N(1), Ekspektasi.DiAtas, Ekspektasi.Sesuai, 90m, new PejabatPenilaiKinerja(Pejabat.NonAsn(JabatanNonAsn.Bupati, "Bupati Contoh", "Bupati Contoh")));
        yield return new PenilaianPegawai(N(2), Ekspektasi.DiAtas, Ekspektasi.DiAtas, 80m, ppkDinas, KepalaDinas);
        foreach (var i in new[] { 3, 4, 5, 40 })
        {
            yield return new PenilaianPegawai(N(i), Ekspektasi.Sesuai, Ekspektasi.Sesuai, 70m + i, ppkDinas, KepalaDinas);
        }

        yield return new PenilaianPegawai(N(30), Ekspektasi.Sesuai, Ekspektasi.DiAtas, null, ppkDinas, KepalaDinas);
        yield return new PenilaianPegawai(N(10), Ekspektasi.Sesuai, Ekspektasi.DiAtas, 88m, ppkDinas, KepalaDinas);
        for (var i = 11; i <= 16; i++)
        {
            yield return new PenilaianPegawai(N(i), Ekspektasi.DiAtas, Ekspektasi.DiAtas, i - 10, ppkA, KepalaDinas);
        }

        yield return new PenilaianPegawai(N(20), Ekspektasi.Sesuai, Ekspektasi.Sesuai, 60m, ppkDinas, KepalaDinas);
        foreach (var i in new[] { 21, 22, 23 })
        {
            yield return Rated(i, Ekspektasi.Sesuai, Ekspektasi.DiBawah);
        }

        yield return Rated(24, Ekspektasi.DiBawah, Ekspektasi.Sesuai);
        yield return Rated(25, Ekspektasi.Sesuai, Ekspektasi.Sesuai);
        yield return Rated(31, Ekspektasi.Sesuai, Ekspektasi.Sesuai);
    }

    public static PenilaianPegawai Rated(int i, Ekspektasi hasil, Ekspektasi perilaku) => new(N(i), hasil, perilaku, i, new PejabatPenilaiKinerja(Pejabat.Asn(N(20), Jabatan.Struktural(JenisJabatan.Administrator))), KepalaDinas);
}
