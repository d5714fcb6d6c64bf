using AsnKinerja.NineBox;
using NodaTime;

namespace AsnKinerja.NineBox.Tests;

internal static class TestData
{
    /// <summary>A valid NIP with sequence number <paramref name="nomorUrut"/> (1..999).</summary>
    public static Nip Nip(int nomorUrut) =>
        AsnKinerja.Nip.FromParts(new LocalDate(1985, 3, 12), new YearMonth(2010, 1), JenisKelamin.LakiLaki, nomorUrut);

    public static DataTalentaPegawai Pegawai(int nomorUrut, NilaiPotensial potensial, params (int Tahun, PredikatKinerja Predikat)[] kinerja) =>
        new(Nip(nomorUrut), kinerja.Select(k => KinerjaTahunan.Ditetapkan(k.Tahun, k.Predikat)), potensial);

    public static DataTalentaPegawai Pegawai(int nomorUrut, TingkatPotensial potensial, params (int Tahun, PredikatKinerja Predikat)[] kinerja) =>
        Pegawai(nomorUrut, NilaiPotensial.FromTingkat(potensial), kinerja);
}
