// Given for the documentation samples of docs/evaluasi-periode.md: the records of its first sample (a dinas and its
// bidang in 2024), up to the period input.
using AsnKinerja;
using AsnKinerja.Predicates;
using AsnKinerja.Serialization.SystemTextJson;
using NodaTime;

var tahun = PeriodeKinerja.Tahunan(2024);
var kepalaDinas = Pejabat.Asn(Nip.Parse("197201011996061002"), Jabatan.Struktural(JenisJabatan.JptPratama));
var kepalaBidang = Pejabat.Asn(Nip.Parse("198005172004021009"), Jabatan.Struktural(JenisJabatan.Administrator));
var unit = new[]
{
    new UnitKerja("dinas", "Dinas Kominfo", null),
    new UnitKerja("aptika", "Bidang Aplikasi Informatika", "dinas"),
};
var predikatOrganisasi = new Dictionary<string, PredikatKinerjaOrganisasi>
{
    ["dinas"] = PredikatKinerjaOrganisasi.Baik,
    ["aptika"] = PredikatKinerjaOrganisasi.Istimewa,
};
var penempatan = new List<PenempatanPegawai>();
var penilaian = new List<PenilaianPegawai>();
var bupati = Pejabat.NonAsn(JabatanNonAsn.Bupati, "Bupati Contoh", "Bupati Contoh");
void Pegawai(string nip, string unitId, bool kepala, Ekspektasi hasil, Ekspektasi perilaku, decimal skor)
{
    // PPK and the PPK's superior (who decides objections): the Bupati above the head of the dinas, the head of the
    // dinas above the head of the bidang; the bidang's staff are appraised by the head of the bidang.
    var (ppk, atasan) = (unitId, kepala) switch
    {
        ("dinas", true) => (bupati, (Pejabat?)null),
        ("aptika", false) => (kepalaBidang, kepalaDinas),
        _ => (kepalaDinas, bupati),
    };
    penempatan.Add(new PenempatanPegawai(Nip.Parse(nip), unitId, kepala));
    penilaian.Add(new PenilaianPegawai(Nip.Parse(nip), hasil, perilaku, skor, new PejabatPenilaiKinerja(ppk), atasan));
}

Pegawai("197201011996061002", "dinas", true, Ekspektasi.DiAtas, Ekspektasi.Sesuai, 90);
Pegawai("198402022008112003", "dinas", false, Ekspektasi.Sesuai, Ekspektasi.DiAtas, 80);
Pegawai("199303032017041004", "dinas", false, Ekspektasi.Sesuai, Ekspektasi.Sesuai, 70);
Pegawai("198005172004021009", "aptika", true, Ekspektasi.Sesuai, Ekspektasi.DiAtas, 85);
Pegawai("198806182012072001", "aptika", false, Ekspektasi.DiAtas, Ekspektasi.DiAtas, 95);
Pegawai("198907192013121002", "aptika", false, Ekspektasi.DiAtas, Ekspektasi.DiAtas, 91);
Pegawai("199008202014052003", "aptika", false, Ekspektasi.DiAtas, Ekspektasi.DiAtas, 88);
Pegawai("199109212015101004", "aptika", false, Ekspektasi.DiAtas, Ekspektasi.DiAtas, 84);
Pegawai("199210222016032005", "aptika", false, Ekspektasi.Sesuai, Ekspektasi.Sesuai, 72);
Pegawai("199311232017081006", "aptika", false, Ekspektasi.Sesuai, Ekspektasi.Sesuai, 75);
// On study leave since September 2023: evaluated, not counted in the unit's distribution (default policy).
var status = new[] { new StatusPegawai(Nip.Parse("199311232017081006"), JenisStatusPegawai.TugasBelajar, new LocalDate(2023, 9, 1)) };

var input = new EvaluasiPeriodeInput(tahun, unit, penempatan, predikatOrganisasi, penilaian, status);
