using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AsnKinerja;
using AsnKinerja.Predicates;
using AsnKinerja.Serialization.SystemTextJson;
using NodaTime;

// Round-trips a few documents of the wire format in a Native AOT build: written, read back (recomputed where the
// format recomputes) and written again to the same bytes; then an invalid document must fail with its path.
var options = AsnKinerjaJson.CreateOptions();
var failures = new List<string>();
var count = 0;

var skp = new SkpBuilder("SKP-1", Nip.Parse("199001152015031002"), Jabatan.Fungsional(JenjangFungsional.AhliMuda), "UNIT-1", PeriodeKinerja.Tahunan(2024))
    .WithPejabatPenilai(new PejabatPenilaiKinerja(Nip.Parse("197805102003121001"), Jabatan.Struktural(JenisJabatan.Administrator)))
    .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 25))
    .AddHasilKerja(new RencanaHasilKerja("RHK-1", "Tersusunnya kajian kebijakan", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { new IndikatorKinerjaIndividu("IKI-1", "Jumlah kajian", TargetIki.Kuantitatif(4m, "dokumen")) }))
    .AddSemuaNilaiBerakhlak()
    .Build();

RoundTrip(skp);
RoundTrip(KuadranRules.PermenPanRb6Tahun2022.Evaluate(Ekspektasi.DiAtas, Ekspektasi.Sesuai));
RoundTrip(DistribusiRules.SeMenPanRb3Tahun2023.Check("UNIT-1", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 1, 7, 2)));
RoundTrip(new[] { PredikatKinerja.Baik, PredikatKinerja.SangatBaik });
RoundTrip(new List<Skp> { skp });
RoundTrip(new Dictionary<string, JumlahPredikat> { ["UNIT-1"] = new JumlahPredikat(0, 0, 1, 7, 2) });

// An evaluation period: the records, and the result, which replays under the rule sets it names.
var kepala = Nip.Parse("197805102003121001");
var pegawai = Nip.Parse("199001152015031002");
var periode = new EvaluasiPeriodeInput(
    PeriodeKinerja.Tahunan(2024),
    new[] { new UnitKerja("UNIT-1", "Direktorat Kebijakan", null) },
    new[] { new PenempatanPegawai(kepala, "UNIT-1", true), new PenempatanPegawai(pegawai, "UNIT-1", false) },
    new Dictionary<string, PredikatKinerjaOrganisasi> { ["UNIT-1"] = PredikatKinerjaOrganisasi.Baik },
    new[] { new PenilaianPegawai(kepala, Ekspektasi.Sesuai, Ekspektasi.Sesuai), new PenilaianPegawai(pegawai, Ekspektasi.DiAtas, Ekspektasi.Sesuai) });
RoundTrip(periode);
RoundTrip(EvaluasiPeriode.Evaluate(periode, KuadranRules.PermenPanRb6Tahun2022, DistribusiRules.SeMenPanRb3Tahun2023).Value);

try
{
    JsonSerializer.Deserialize(JsonSerializer.Serialize(skp, Info<Skp>()).Replace("\"id\":\"RHK-1\"", "\"id\":\" \"", StringComparison.Ordinal), Info<Skp>());
    failures.Add("an invalid SKP was read");
}
catch (WireFormatException e) when (e.Path == "$.hasilKerja[0].id")
{
    count++;
}

Console.WriteLine(failures.Count == 0 ? $"AOT smoke: {count} documents round-tripped" : "AOT smoke failed: " + string.Join("; ", failures));
return failures.Count == 0 ? 0 : 1;

// The AOT-safe calls take the type information, which the options' resolver makes without reflection.
JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

void RoundTrip<T>(T value)
{
    try
    {
        var json = JsonSerializer.Serialize(value, Info<T>());
        var again = JsonSerializer.Serialize(JsonSerializer.Deserialize(json, Info<T>())!, Info<T>());
        if (json != again)
        {
            failures.Add(typeof(T).Name + " did not round-trip: " + json + " / " + again);
        }

        count++;
    }
    catch (Exception e)
    {
        failures.Add(typeof(T).Name + ": " + e.GetType().Name + ": " + e.Message);
    }
}
