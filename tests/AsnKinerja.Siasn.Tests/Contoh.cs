using AsnKinerja.Predicates;
using NodaTime;

namespace AsnKinerja.Siasn.Tests;

/// <summary>Fixed inputs for the pinned examples.</summary>
internal static class Contoh
{
    public static readonly Nip Pegawai = Nip.Parse("199303032017041004");

    public static readonly Nip KepalaDinas = Nip.Parse("197201011996061002");

    public static Pejabat Penilai => Pejabat.Asn(
        KepalaDinas, Jabatan.Struktural(JenisJabatan.JptPratama), nama: "Ir. Hendra Wijaya, M.T.", namaJabatan: "Kepala Dinas Komunikasi dan Informatika",
        golongan: "IV/c", unitKerja: "Dinas Komunikasi dan Informatika Kabupaten Contoh");

    public static Pejabat Bupati => Pejabat.NonAsn(JabatanNonAsn.Bupati, "H. Ahmad Yani", "Bupati Contoh", "Pemerintah Kabupaten Contoh");

    public static PredikatAkhir Akhir(Nip nip, Ekspektasi hasil, Ekspektasi perilaku) =>
        PredikatAkhir.Of(nip, KeputusanPredikat.Terima(KuadranRules.PermenPanRb6Tahun2022.Evaluate(hasil, perilaku)));

    public static PredikatAkhir Diubah(Nip nip, Ekspektasi hasil, Ekspektasi perilaku, PredikatKinerja ditetapkan) =>
        PredikatAkhir.Of(nip, KeputusanPredikat.Ubah(KuadranRules.PermenPanRb6Tahun2022.Evaluate(hasil, perilaku), ditetapkan, KepalaDinas, new LocalDate(2025, 2, 15), "Kalibrasi distribusi unit."));

    public static DokumenSiasn Dokumen => new("872", "SKP 2024", "peremajaan/skp/2024/199303032017041004.pdf", "skp-199303032017041004", "872");

    public static Skp22Payload Skp22() => SiasnPayloads.Skp22(
        Pegawai, PeriodeKinerja.Tahunan(2024), Penilai, Akhir(Pegawai, Ekspektasi.Sesuai, Ekspektasi.DiAtas), "A8ACA7B4C3D2E1F0", path: new[] { Dokumen }).Value;

    public static KinerjaPeriodikPayload KinerjaPeriodik() => SiasnPayloads.KinerjaPeriodik(
        Pegawai, Jabatan.Fungsional(JenjangFungsional.AhliPertama), PeriodeKinerja.Triwulanan(2024, Triwulan.II), Penilai,
        Akhir(Pegawai, Ekspektasi.DiBawah, Ekspektasi.Sesuai), "A8ACA7B4C3D2E1F0", id: "8a2f0c1e-rw-42").Value;

    public static AngkaKreditPayload AngkaKredit() => SiasnPayloads.AngkaKredit(
        Pegawai, AngkaKreditRules.PermenPanRb1Tahun2023.Calculate(PeriodeKinerja.Rentang(new LocalDate(2024, 1, 1), new LocalDate(2024, 2, 29)), PredikatKinerja.Baik, JenjangFungsional.AhliPertama),
        PeriodeKinerja.Rentang(new LocalDate(2024, 1, 1), new LocalDate(2024, 2, 29)), "A8ACA7B4C3D2E1F0", "RWJAB-2017-04", "800/123/BKPSDM/2024", new LocalDate(2024, 3, 15)).Value;
}
