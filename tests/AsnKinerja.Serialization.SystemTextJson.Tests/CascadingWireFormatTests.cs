using System.Text.Json;
using System.Text.Json.Nodes;
using AsnKinerja.Cascading;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>The Cascading types in asnkinerja/1: round trips of the readable ones, and the documented shape of the write-only ones.</summary>
public class CascadingWireFormatTests
{
    private const string L = "197805102003121001";  // the leader (pimpinan), Administrator
    private const string A = "198503122010011001";  // a direct subordinate who delivers RHK-L1
    private const string B = "199001152015031002";  // a direct subordinate with no role in the leader's RHK
    private const string C = "199207072018022001";  // a member of the leader's team, appraised by someone else
    private const string X = "197001011995031001";  // the leader's own PPK, and C's

    [Property(MaxTest = 200)] public Property TimKerja_RoundTrips() => Prop.ForAll(Gens.TimKerja(1).ToArbitrary(), t => Json.RoundTrips(t));

    [Property(MaxTest = 200)]
    public Property CascadingOptions_RoundTrips() =>
        Prop.ForAll(Gens.CascadingOptions.ToArbitrary(), o =>
        {
            Json.RoundTrips(o, compareValues: false);
            var back = Json.Read<CascadingOptions>(Json.Write(o));
            return back.PenjumlahanTarget == o.PenjumlahanTarget && back.ToleransiPersen == o.ToleransiPersen && back.PerspektifJpt == o.PerspektifJpt
                && back.Policies.SequenceEqual(o.Policies);
        });

    [Property(MaxTest = 50)]
    public Property CascadingLabels_RoundTrip() =>
        Law(Gens.OneOf(KebijakanPenjumlahanTarget.Tepat, KebijakanPenjumlahanTarget.PalingSedikit, KebijakanPenjumlahanTarget.Toleransi))
            .And(Law(Gens.OneOf(KebijakanPerspektifJpt.Disarankan, KebijakanPerspektifJpt.Wajib)))
            .And(Law(Gens.OneOf(LineageEnd.Unlinked, LineageEnd.UnknownParent, LineageEnd.Cycle, LineageEnd.Penugasan, LineageEnd.SumberKinerjaOrganisasi)))
            .And(Law(Gens.OneOf(JenisKolomMph.Pegawai, JenisKolomMph.TimKerja)));

    [Property(MaxTest = 200)]
    public Property StrukturOrganisasi_RoundTrips() =>
        Prop.ForAll(Gens.Struktur.ToArbitrary(), t =>
        {
            Json.RoundTrips(t, compareValues: false);
            var back = Json.Read<StrukturOrganisasi>(Json.Write(t));
            return back.Units.SequenceEqual(t.Units) && t.Units.All(u => back.GetKepala(u.Id) == t.GetKepala(u.Id) && back.GetPegawai(u.Id).SequenceEqual(t.GetPegawai(u.Id)));
        });

    [Property(MaxTest = 100)]
    public Property CascadingGraph_RoundTripsItsInputs() =>
        Prop.ForAll(Gens.Graph.ToArbitrary(), g =>
        {
            Json.RoundTrips(g, compareValues: false);
            var back = Json.Read<CascadingGraph>(Json.Write(g));
            return back.Skps.Select(s => s.Id).SequenceEqual(g.Skps.Select(s => s.Id))
                && back.Nodes.Select(n => n.Id).SequenceEqual(g.Nodes.Select(n => n.Id))
                && back.TimKerja.SequenceEqual(g.TimKerja)
                && (back.Struktur is null) == (g.Struktur is null)
                && (g.Struktur is null || (back.Struktur!.Units.SequenceEqual(g.Struktur.Units)
                    && g.Struktur.Units.All(u => back.Struktur.GetKepala(u.Id) == g.Struktur.GetKepala(u.Id) && back.Struktur.GetPegawai(u.Id).SequenceEqual(g.Struktur.GetPegawai(u.Id)))))
                && back.Cycles.Length == g.Cycles.Length;
        });

    [Property(MaxTest = 100)]
    public Property CascadingGraph_ReadBack_GivesTheSameVerdicts() =>
        Prop.ForAll(Gens.Graph.ToArbitrary(), g =>
            Json.Write(CascadingRules.PermenPanRb6Tahun2022.Validate(Json.Read<CascadingGraph>(Json.Write(g)))) == Json.Write(CascadingRules.PermenPanRb6Tahun2022.Validate(g)));

    [Fact]
    public void Write_CascadingOptionsDefault_IsTheDocumentedDefaults() =>
        Assert.Equal(
            "{\"$format\":\"asnkinerja/1\",\"penjumlahanTarget\":\"Paling Sedikit\",\"toleransiPersen\":5,\"perspektifJpt\":\"Disarankan\"}",
            Json.Write(CascadingOptions.Default));

    [Fact]
    public void Write_TimKerja_IsTheDocumentedShape() =>
        Assert.Equal(
            "{\"$format\":\"asnkinerja/1\",\"id\":\"TIM-1\",\"nama\":\"Tim Data\",\"ketua\":\"" + L + "\",\"anggota\":[\"" + C + "\"]}",
            Json.Write(Team()));

    [Fact]
    public void Read_CascadingOptions_AcceptsMemberNames()
    {
        var o = Json.Read<CascadingOptions>("{\"penjumlahanTarget\":\"toleransi\",\"toleransiPersen\":2.5,\"perspektifJpt\":\"WAJIB\"}");
        Assert.Equal(KebijakanPenjumlahanTarget.Toleransi, o.PenjumlahanTarget);
        Assert.Equal(2.5m, o.ToleransiPersen);
        Assert.Equal(KebijakanPerspektifJpt.Wajib, o.PerspektifJpt);
        Assert.Equal(KebijakanPenjumlahanTarget.PalingSedikit, Json.Read<KebijakanPenjumlahanTarget>("\"PalingSedikit\""));
    }

    [Fact]
    public void Write_CascadeLineage_IsTheDocumentedShape()
    {
        var lineage = Graph().GetLineage("RHK-C1");
        var expected = """
            {"$format": "asnkinerja/1",
             "chain": [
               {"id": "RHK-C1", "skp": "SKP-C", "pegawai": "199207072018022001", "uraian": "Tersedianya data kinerja", "jenis": "Utama", "klasifikasi": "Organisasi"},
               {"id": "RHK-L1", "skp": "SKP-L", "pegawai": "197805102003121001", "uraian": "Meningkatnya kualitas kebijakan", "jenis": "Utama", "klasifikasi": "Organisasi"}],
             "sumberKinerjaOrganisasi": ["PK-2024 Sasaran 1"],
             "end": "Sumber Kinerja Organisasi",
             "isServing": true}
            """;
        Assert.Equal(Canonical(expected), Json.Write(lineage));
    }

    [Fact]
    public void Write_UnlinkedLineage_EndsUnlinkedAndDoesNotServe()
    {
        var expected = """
            {"$format": "asnkinerja/1",
             "chain": [{"id": "RHK-B1", "skp": "SKP-B", "pegawai": "199001152015031002", "uraian": "Terselenggaranya rapat koordinasi", "jenis": "Tambahan", "klasifikasi": "Individu"}],
             "sumberKinerjaOrganisasi": [],
             "end": "Unlinked",
             "isServing": false}
            """;
        Assert.Equal(Canonical(expected), Json.Write(Graph().GetLineage("RHK-B1")));
    }

    [Fact]
    public void Write_MatriksPeranHasil_IsTheDocumentedShape()
    {
        // Rows: the leader's RHK in SKP order. Columns: direct subordinates by NIP (A, B), then the leader's teams (TIM-1).
        // C is not a direct subordinate but a member of TIM-1, so C's RHK goes to the team column.
        // Gaps: RHK-L2 is an organisation RHK nobody delivers; B delivers nothing.
        const string L1 = "{\"id\": \"RHK-L1\", \"skp\": \"SKP-L\", \"pegawai\": \"" + L + "\", \"uraian\": \"Meningkatnya kualitas kebijakan\", \"jenis\": \"Utama\", \"klasifikasi\": \"Organisasi\"}";
        const string L2 = "{\"id\": \"RHK-L2\", \"skp\": \"SKP-L\", \"pegawai\": \"" + L + "\", \"uraian\": \"Terselenggaranya layanan data\", \"jenis\": \"Utama\", \"klasifikasi\": \"Organisasi\"}";
        const string A1 = "{\"id\": \"RHK-A1\", \"skp\": \"SKP-A\", \"pegawai\": \"" + A + "\", \"uraian\": \"Tersusunnya kajian kebijakan\", \"jenis\": \"Utama\", \"klasifikasi\": \"Organisasi\"}";
        const string C1 = "{\"id\": \"RHK-C1\", \"skp\": \"SKP-C\", \"pegawai\": \"" + C + "\", \"uraian\": \"Tersedianya data kinerja\", \"jenis\": \"Utama\", \"klasifikasi\": \"Organisasi\"}";
        const string KolomA = "{\"jenis\": \"Pegawai\", \"label\": \"" + A + "\", \"pegawai\": \"" + A + "\", \"isBawahanLangsung\": true}";
        const string KolomB = "{\"jenis\": \"Pegawai\", \"label\": \"" + B + "\", \"pegawai\": \"" + B + "\", \"isBawahanLangsung\": true}";
        const string KolomTim = "{\"jenis\": \"Tim Kerja\", \"label\": \"Tim Data\", \"timKerja\": {\"id\": \"TIM-1\", \"nama\": \"Tim Data\", \"ketua\": \"" + L + "\", \"anggota\": [\"" + C + "\"]}, \"isBawahanLangsung\": false}";
        var expected = "{\"$format\": \"asnkinerja/1\", \"pimpinan\": \"" + L + "\", \"periode\": {\"jenis\": \"Tahunan\", \"awal\": \"2024-01-01\", \"akhir\": \"2024-12-31\"},"
            + " \"baris\": [" + L1 + ", " + L2 + "],"
            + " \"kolom\": [" + KolomA + ", " + KolomB + ", " + KolomTim + "],"
            + " \"peran\": [[[" + A1 + "], [], [" + C1 + "]], [[], [], []]],"
            + " \"barisTanpaPelaksana\": [" + L2 + "],"
            + " \"kolomTanpaPeran\": [" + KolomB + "]}";

        var mph = Graph().GetMatriksPeranHasil(Nip.Parse(L), PeriodeKinerja.Tahunan(2024));

        Assert.Equal(Canonical(expected), Json.Write(mph));
    }

    [Fact]
    public void Write_MatriksPeranHasilWithoutPeriod_OmitsIt()
    {
        using var doc = JsonDocument.Parse(Json.Write(Graph().GetMatriksPeranHasil(Nip.Parse(L))));
        Assert.False(doc.RootElement.TryGetProperty("periode", out _));
        Assert.Equal(2, doc.RootElement.GetProperty("peran").GetArrayLength());
    }

    [Fact]
    public void WriteOnlyCascadingTypes_AreWrittenAndRefuseToBeRead()
    {
        var graph = Graph();
        var mph = graph.GetMatriksPeranHasil(Nip.Parse(L));
        Assert.Contains("CascadeLineage is write-only", Json.Fails<CascadeLineage>(Json.Write(graph.GetLineage("RHK-A1"))).Message, StringComparison.Ordinal);
        Assert.Contains("MatriksPeranHasil is write-only", Json.Fails<MatriksPeranHasil>(Json.Write(mph)).Message, StringComparison.Ordinal);
        Assert.Contains("KolomMph is write-only", Json.Fails<KolomMph>(Json.Write(mph.Kolom[0])).Message, StringComparison.Ordinal);
        Assert.Contains("RhkNode is write-only", Json.Fails<RhkNode>(Json.Write(graph.GetNode("RHK-A1"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CascadeInput_IsSkpsTeamsAndTree()
    {
        var units = new[] { new UnitKerja("UNIT-DIT-1", "Direktorat Kebijakan", null), new UnitKerja("UNIT-SUB-1", "Subdirektorat Data", "UNIT-DIT-1") };
        var penempatan = new[] { new PenempatanPegawai(Nip.Parse(L), "UNIT-DIT-1", true), new PenempatanPegawai(Nip.Parse(A), "UNIT-SUB-1", false) };
        var graph = CascadingGraph.Create(new[] { Skp("SKP-A", A, L, new RencanaHasilKerja("RHK-A1", "Tersusunnya kajian kebijakan", JenisRhk.Utama, KlasifikasiRhk.Organisasi, Array.Empty<IndikatorKinerjaIndividu>(), rhkAtasanId: "RHK-L1")) }, new[] { Team() }, StrukturOrganisasi.Create(units, penempatan).Value);

        using var doc = JsonDocument.Parse(Json.Write(graph));
        var root = doc.RootElement;
        Assert.Equal(new[] { "$format", "skp", "timKerja", "struktur" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("SKP-A", root.GetProperty("skp")[0].GetProperty("id").GetString());
        Assert.False(root.GetProperty("skp")[0].TryGetProperty("$format", out _));
        Assert.Equal(
            Canonical("""{"unit": [{"id": "UNIT-DIT-1", "nama": "Direktorat Kebijakan"}, {"id": "UNIT-SUB-1", "nama": "Subdirektorat Data", "parentId": "UNIT-DIT-1"}], "penempatan": [{"nip": "197805102003121001", "unitId": "UNIT-DIT-1", "isKepala": true}, {"nip": "198503122010011001", "unitId": "UNIT-SUB-1", "isKepala": false}]}"""),
            root.GetProperty("struktur").GetRawText());
    }

    [Fact]
    public void Read_DocumentedCascadeInput_IsCanonical()
    {
        // The cascade input example of docs/wire-format.md: it reads, and writes back to itself.
        var documented = """
            {
              "$format": "asnkinerja/1",
              "skp": [
                {"id": "SKP-A", "pegawai": "198503122010011001", "jabatan": {"jenis": "Fungsional", "jenjang": "Ahli Muda"}, "unitId": "UNIT-SUB-1", "periode": {"jenis": "Tahunan", "awal": "2024-01-01", "akhir": "2024-12-31"}, "statusKepegawaian": "PNS", "pejabatPenilai": {"nip": "197805102003121001", "jabatan": {"jenis": "Administrator"}, "kewenangan": "Definitif"}, "pendekatan": "Kuantitatif", "status": "Disetujui", "tanggalPenetapan": "2024-01-10", "hasilKerja": [{"id": "RHK-A1", "uraian": "Tersusunnya kajian kebijakan", "jenis": "Utama", "klasifikasi": "Organisasi", "indikator": [], "rhkAtasanId": "RHK-L1"}], "perilakuKerja": [], "lampiran": {"dukunganSumberDaya": [], "skemaPertanggungjawaban": [], "konsekuensi": []}}
              ],
              "timKerja": [
                {"id": "TIM-1", "nama": "Tim Data", "ketua": "197805102003121001", "anggota": ["199207072018022001"]}
              ],
              "struktur": {
                "unit": [{"id": "UNIT-DIT-1", "nama": "Direktorat Kebijakan"}, {"id": "UNIT-SUB-1", "nama": "Subdirektorat Data", "parentId": "UNIT-DIT-1"}],
                "penempatan": [{"nip": "197805102003121001", "unitId": "UNIT-DIT-1", "isKepala": true}, {"nip": "198503122010011001", "unitId": "UNIT-SUB-1", "isKepala": false}]
              }
            }
            """;
        var graph = Json.Read<CascadingGraph>(documented);
        Assert.Equal(Canonical(documented), Json.Write(graph));
        Assert.Equal("RHK-L1", graph.GetNode("RHK-A1").Rhk.RhkAtasanId);
        Assert.Null(graph.GetRhkAtasan("RHK-A1"));
    }

    [Fact]
    public void Read_CascadeInputWithoutTeams_HasNoTeams()
    {
        var graph = Json.Read<CascadingGraph>("{\"skp\": []}");
        Assert.Empty(graph.Skps);
        Assert.Empty(graph.TimKerja);
        Assert.Null(graph.Struktur);
    }

    [Fact]
    public void CascadingValidationResult_RoundTripsWithTheCatalogueDefinitions()
    {
        var result = CascadingRules.PermenPanRb6Tahun2022.Validate(Graph());
        var finding = Assert.Single(result.Findings);
        Assert.Equal("CAS007", finding.Code);
        Assert.Equal("RHK-L2", finding.Subject);

        var back = Json.Read<ValidationResult>(Json.Write(result));
        Assert.Same(CascadingFindings.RhkOrganisasiTanpaPelaksana, back.Findings[0].Definition);
        Assert.Equal(result.Findings.ToArray(), back.Findings.ToArray());
    }

    [Fact]
    public void Write_MatriksPeranHasil_IsCultureInvariant()
    {
        var expected = Json.Write(Graph().GetMatriksPeranHasil(Nip.Parse(L)));
        foreach (var culture in Cultures.All)
        {
            Assert.Equal(expected, Cultures.Under(culture, () => Json.Write(Graph().GetMatriksPeranHasil(Nip.Parse(L)))));
        }
    }

    private static Property Law<T>(Gen<T> gen) => Prop.ForAll(gen.ToArbitrary(), v => Json.RoundTrips(v));

    /// <summary>The compact form System.Text.Json writes for a hand-written (indented) document.</summary>
    private static string Canonical(string json) => JsonNode.Parse(json)!.ToJsonString();

    internal static TimKerja Team() => new("TIM-1", "Tim Data", Nip.Parse(L), new[] { Nip.Parse(C) });

    internal static Skp Skp(string id, string pegawai, string ppk, params RencanaHasilKerja[] rhk)
    {
        var builder = new SkpBuilder(id, Nip.Parse(pegawai), pegawai == L ? Jabatan.Struktural(JenisJabatan.Administrator) : Jabatan.Fungsional(JenjangFungsional.AhliMuda), "UNIT-DIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(new PejabatPenilaiKinerja(Nip.Parse(ppk), ppk == L ? Jabatan.Struktural(JenisJabatan.Administrator) : Jabatan.Struktural(JenisJabatan.JptPratama)))
            .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 10));
        foreach (var r in rhk)
        {
            builder.AddHasilKerja(r);
        }

        return builder.Build();
    }

    internal static CascadingGraph Graph()
    {
        var none = Array.Empty<IndikatorKinerjaIndividu>();
        return CascadingGraph.Create(
            new[]
            {
                Skp("SKP-L", L, X,
                    new RencanaHasilKerja("RHK-L1", "Meningkatnya kualitas kebijakan", JenisRhk.Utama, KlasifikasiRhk.Organisasi, none, sumberKinerjaOrganisasi: "PK-2024 Sasaran 1"),
                    new RencanaHasilKerja("RHK-L2", "Terselenggaranya layanan data", JenisRhk.Utama, KlasifikasiRhk.Organisasi, none, sumberKinerjaOrganisasi: "PK-2024 Sasaran 2")),
                Skp("SKP-A", A, L, new RencanaHasilKerja("RHK-A1", "Tersusunnya kajian kebijakan", JenisRhk.Utama, KlasifikasiRhk.Organisasi, none, rhkAtasanId: "RHK-L1")),
                Skp("SKP-B", B, L, new RencanaHasilKerja("RHK-B1", "Terselenggaranya rapat koordinasi", JenisRhk.Tambahan, KlasifikasiRhk.Individu, none)),
                Skp("SKP-C", C, X, new RencanaHasilKerja("RHK-C1", "Tersedianya data kinerja", JenisRhk.Utama, KlasifikasiRhk.Organisasi, none, rhkAtasanId: "RHK-L1")),
            },
            new[] { Team() });
    }
}
