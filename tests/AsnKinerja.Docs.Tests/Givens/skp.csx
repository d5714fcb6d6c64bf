// Given for the documentation samples: the SKP of one employee for 2024, as an application would have built it.
using AsnKinerja;
using NodaTime;

var skp = new SkpBuilder("SKP-2024-001", Nip.Parse("198503122010011003"), Jabatan.Struktural(JenisJabatan.Pelaksana), "E2", PeriodeKinerja.Tahunan(2024))
    .WithPejabatPenilai(new PejabatPenilaiKinerja(Nip.Parse("197801052005011002"), Jabatan.Struktural(JenisJabatan.Pengawas)))
    .WithAtasanPejabatPenilai(Nip.Parse("196905121994031002"))
    .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 20))
    .AddHasilKerja(new RencanaHasilKerja(
        "RHK-1", "Tersusunnya laporan perencanaan", JenisRhk.Utama, KlasifikasiRhk.Organisasi,
        new[] { new IndikatorKinerjaIndividu("IKI-1", "Jumlah laporan", TargetIki.Kuantitatif(12, "laporan"), AspekIki.Kuantitas) },
        rhkAtasanId: "RHK-ATASAN-3"))
    .AddSemuaNilaiBerakhlak()
    .Build();
