// Given for the documentation samples: the SKPs of a small office for 2024 (the head, a division head and a computer
// officer whose results cascade R31 -> R21 -> R1 -> PK-1), a cross-unit team and the organisation tree.
using System.Globalization;
using AsnKinerja;
using NodaTime;

var kepalaDinas = Nip.Parse("197501012000031001");
var nipKepalaBidang = Nip.Parse("198002022005011002");
var nipPranataKomputer = Nip.Parse("199003032015031003");

Skp SkpOf(string id, Nip pegawai, Nip penilai, JenisJabatan jabatan, string unit, RencanaHasilKerja rhk) =>
    new SkpBuilder(id, pegawai, Jabatan.Struktural(jabatan), unit, PeriodeKinerja.Tahunan(2024))
        .WithPejabatPenilai(new PejabatPenilaiKinerja(penilai, Jabatan.Struktural(JenisJabatan.Administrator)))
        .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 15))
        .AddHasilKerja(rhk)
        .AddSemuaNilaiBerakhlak()
        .Build();

RencanaHasilKerja RhkOf(string id, string? atasan, string? sumber = null) =>
    new(id, "Hasil kerja " + id, JenisRhk.Utama, KlasifikasiRhk.Organisasi,
        new[] { new IndikatorKinerjaIndividu(id + ".1", "Indikator " + id, TargetIki.Kuantitatif(1, "dokumen"), AspekIki.Kuantitas) },
        rhkAtasanId: atasan, sumberKinerjaOrganisasi: sumber);

var daftarSkp = new[]
{
    SkpOf("S1", kepalaDinas, Nip.Parse("196801011990031001"), JenisJabatan.JptPratama, "DINAS", RhkOf("R1", null, "PK-1")),
    SkpOf("S2", nipKepalaBidang, kepalaDinas, JenisJabatan.Administrator, "BIDANG", RhkOf("R21", "R1")),
    SkpOf("S3", nipPranataKomputer, nipKepalaBidang, JenisJabatan.Pelaksana, "BIDANG", RhkOf("R31", "R21")),
};
var skps = daftarSkp;
var timKerja = new[] { new AsnKinerja.Cascading.TimKerja("T0", "Tim Data", kepalaDinas, new[] { nipPranataKomputer }) };
var struktur = StrukturOrganisasi.Create(
    new[] { new UnitKerja("DINAS", "Dinas", null), new UnitKerja("BIDANG", "Bidang Aplikasi", "DINAS") },
    new[] { new PenempatanPegawai(kepalaDinas, "DINAS", isKepala: true), new PenempatanPegawai(nipKepalaBidang, "BIDANG", isKepala: true), new PenempatanPegawai(nipPranataKomputer, "BIDANG", isKepala: false) }).Value;
var culture = CultureInfo.InvariantCulture;
