// Given for the documentation samples of docs/siasn.md and docs/documents.md: the records of one unit's evaluation period for 2024, as an HR system holds them
// (the unit, its head and four staff, the organisation predicate, each one's ratings with the PPK who evaluates), and
// the officials as the documents and SIASN describe them.
using AsnKinerja;
using AsnKinerja.Predicates;
using NodaTime;

var kepalaDinas = Pejabat.Asn(
    Nip.Parse("197201011996061002"), Jabatan.Struktural(JenisJabatan.JptPratama), nama: "Ir. Hendra Wijaya, M.T.", namaJabatan: "Kepala Dinas Komunikasi dan Informatika",
    golongan: "IV/c", unitKerja: "Dinas Komunikasi dan Informatika Kabupaten Contoh");
var kepalaBidang = Pejabat.Asn(
    Nip.Parse("197805022002021003"), Jabatan.Struktural(JenisJabatan.Administrator), nama: "Siti Rahmawati, S.Kom., M.T.", namaJabatan: "Kepala Bidang Aplikasi Informatika",
    golongan: "IV/a", unitKerja: "Bidang Aplikasi Informatika");
var staf = new[]
{
    Pejabat.Asn(Nip.Parse("198402022008112003"), nama: "Dewi Lestari, S.T.", namaJabatan: "Pranata Komputer Ahli Muda", golongan: "III/c", unitKerja: "Bidang Aplikasi Informatika"),
    Pejabat.Asn(Nip.Parse("199303032017041004"), nama: "Agus Prasetyo, S.Kom.", namaJabatan: "Pranata Komputer Ahli Pertama", golongan: "III/b", unitKerja: "Bidang Aplikasi Informatika"),
    Pejabat.Asn(Nip.Parse("198510102009032002"), nama: "Rina Marlina, A.Md.", namaJabatan: "Pranata Komputer Terampil", golongan: "II/d", unitKerja: "Bidang Aplikasi Informatika"),
    Pejabat.Asn(Nip.Parse("199107072015031005"), nama: "Budi Santoso", namaJabatan: "Pengelola Sistem Informasi", golongan: "II/c", unitKerja: "Bidang Aplikasi Informatika"),
};
var rating = new[] { (Ekspektasi.DiAtas, Ekspektasi.DiAtas), (Ekspektasi.Sesuai, Ekspektasi.Sesuai), (Ekspektasi.DiBawah, Ekspektasi.Sesuai), (Ekspektasi.Sesuai, Ekspektasi.DiAtas) };
var input = new EvaluasiPeriodeInput(
    PeriodeKinerja.Tahunan(2024),
    new[] { new UnitKerja("aptika", "Bidang Aplikasi Informatika", null) },
    staf.Select(p => new PenempatanPegawai(p.Nip!.Value, "aptika", isKepala: false)).Append(new PenempatanPegawai(kepalaBidang.Nip!.Value, "aptika", isKepala: true)),
    new Dictionary<string, PredikatKinerjaOrganisasi> { ["aptika"] = PredikatKinerjaOrganisasi.Baik },
    staf.Select((p, i) => new PenilaianPegawai(p.Nip!.Value, rating[i].Item1, rating[i].Item2, pejabatPenilai: new PejabatPenilaiKinerja(kepalaBidang)))
        .Append(new PenilaianPegawai(kepalaBidang.Nip!.Value, Ekspektasi.Sesuai, Ekspektasi.Sesuai, pejabatPenilai: new PejabatPenilaiKinerja(kepalaDinas))));
var orang = staf.Append(kepalaBidang).Append(kepalaDinas).ToList();
