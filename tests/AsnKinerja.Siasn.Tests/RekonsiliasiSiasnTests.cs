using System.Text.Json;
using AsnKinerja.Testing.Quickstart;

namespace AsnKinerja.Siasn.Tests;

public sealed class RekonsiliasiSiasnTests
{
    private static readonly QuickstartDinas Dinas = QuickstartDinas.Load();

    [Fact]
    public void Skp22_SiasnReadDocumentOfTheDinas_ReportsExactlyThePlantedDifferences()
    {
        var result = RekonsiliasiSiasn.Skp22(2024, Payloads(), ReadDocument());

        Assert.Equal(
            new[]
            {
                "SIA023 198005052004021006 hasilKinerjaNilai 1 (Di Atas Ekspektasi) 2 (Sesuai Ekspektasi)",
                "SIA020 198106062005072007",
                "SIA021 198512122010011001 rw-skp22-011001",
                "SIA026 198707042011122005 A8ACA7FFFFFFFFFFFF A8ACA7042011122005",
                "SIA025 199109212015101004 2 rw-skp22-101004",
                "SIA022 199303032017041004 Baik Sangat Baik",
                "SIA024 199311232017081006",
                "SIA023 199604132020091005 statusPenilai NON ASN ASN",
            },
            result.Findings.Select(Describe));
        Assert.Equal(Dinas.Sample.Pegawai.Count + 1, result.JumlahPegawai);
        Assert.Equal(Dinas.Sample.Pegawai.Count - 7, result.JumlahSesuai);
        Assert.False(result.IsSesuai);
    }

    [Fact]
    public void Skp22_InputsInAnotherOrder_GiveTheSameFindings()
    {
        var forward = RekonsiliasiSiasn.Skp22(2024, Payloads(), ReadDocument());
        var backward = RekonsiliasiSiasn.Skp22(2024, Payloads().Reverse(), Enumerable.Reverse(ReadDocument()));

        Assert.Equal(forward.Findings.ToArray(), backward.Findings.ToArray());
    }

    [Fact]
    public void Skp22_SiasnHoldsWhatTheLibraryComputed_IsSesuai()
    {
        var payloads = Payloads().ToList();
        var held = payloads.Select(p => SiasnJson.ReadRiwayatSkp22(Answer(p.Value), p.Key).Single());

        var result = RekonsiliasiSiasn.Skp22(2024, payloads, held);

        Assert.True(result.IsSesuai);
        Assert.Equal(payloads.Count, result.JumlahSesuai);
    }

    [Fact]
    public void Skp22_PayloadOfAnotherYear_Throws() =>
        Assert.Throws<ArgumentException>(() => RekonsiliasiSiasn.Skp22(2025, Payloads(), Array.Empty<RiwayatSkp22>()));

    [Fact]
    public void KinerjaPeriodik_OtherKoefisienAndPeriodsInSiasn_AreReportedOrLeftOut()
    {
        var payload = Contoh.KinerjaPeriodik();
        const string held = """
            [{"id":"kp-1","tahun":2024,"periodikId":"2","bulanMulaiPenilaian":4,"tahunMulaiPenilaian":2024,"bulanSelesaiPenilaian":6,"tahunSelesaiPenilaian":2024,
              "hasilKinerjaNilai":3,"perilakuKerjaNilai":2,"kuadranKinerjaNilai":3,"koefisenId":"22","penilaiNipNrp":"197201011996061002","statusPenilai":"ASN","pnsDinilaiId":"A8ACA7B4C3D2E1F0"},
             {"id":"kp-2","tahun":2024,"periodikId":"2","bulanMulaiPenilaian":1,"tahunMulaiPenilaian":2024,"bulanSelesaiPenilaian":3,"tahunSelesaiPenilaian":2024,
              "hasilKinerjaNilai":1,"perilakuKerjaNilai":1,"kuadranKinerjaNilai":1}]
            """;

        var result = RekonsiliasiSiasn.KinerjaPeriodik(
            PeriodeKinerja.Triwulanan(2024, Triwulan.II), new Dictionary<Nip, KinerjaPeriodikPayload> { [Contoh.Pegawai] = payload }, SiasnJson.ReadRiwayatKinerjaPeriodik(held, Contoh.Pegawai));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SIA023", finding.Code);
        Assert.Equal("koefisienId", finding.GetValue("field"));
        Assert.Equal("Triwulan II 2024", finding.GetValue("periode"));
    }

    [Fact]
    public void Findings_Messages_AreInBothLanguages()
    {
        var finding = RekonsiliasiSiasn.Skp22(2024, Payloads(), ReadDocument()).Findings.Single(f => f.Code == "SIA022");

        Assert.Equal("Predikat 199303032017041004 Tahun 2024 di SIASN Baik (kuadranKinerjaNilai 2), hasil AsnKinerja Sangat Baik (1).", finding.Message);
        Assert.Equal("The predicate of 199303032017041004 Tahun 2024 in SIASN is Baik (kuadranKinerjaNilai 2); AsnKinerja computed Sangat Baik (1).", finding.GetMessage(Language.English));
    }

    private static IEnumerable<KeyValuePair<Nip, Skp22Payload>> Payloads() =>
        Dinas.Hasil.Pegawai.Select(p => new KeyValuePair<Nip, Skp22Payload>(p.Nip, SiasnPayloads.Skp22(p, QuickstartDinas.PnsId(p.Nip)).Value));

    private static List<RiwayatSkp22> ReadDocument()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "rw-skp22-dinas-2024.json")));
        return document.RootElement.GetProperty("riwayat").EnumerateObject()
            .SelectMany(p => SiasnJson.ReadRiwayatSkp22(p.Value.GetRawText(), Nip.Parse(p.Name)))
            .ToList();
    }

    private static string Answer(Skp22Payload p) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["tahun"] = p.Tahun,
        ["hasilKinerjaNilai"] = SiasnCodec.ToSiasnCode(p.HasilKinerja),
        ["PerilakuKerjaNilai"] = SiasnCodec.ToSiasnCode(p.PerilakuKerja),
        ["KuadranKinerjaNilai"] = SiasnCodec.ToSiasnCode(p.Predikat),
        ["nipNrpPenilai"] = p.Penilai.NipNrp,
        ["statusPenilai"] = SiasnCodec.ToSiasnText(p.Penilai.Status),
        ["pnsDinilaiId"] = p.PnsDinilaiOrang,
    });

    private static string Describe(Finding f) => f.Code switch
    {
        "SIA023" => $"{f.Code} {f.Subject} {f.GetValue("field")} {f.GetValue("siasn")} {f.GetValue("pustaka")}",
        "SIA021" => $"{f.Code} {f.Subject} {f.GetValue("id")}",
        "SIA025" => $"{f.Code} {f.Subject} {f.GetValue("jumlah")} {f.GetValue("id")}",
        "SIA022" or "SIA026" => $"{f.Code} {f.Subject} {f.GetValue("siasn")} {f.GetValue("pustaka")}",
        _ => $"{f.Code} {f.Subject}",
    };
}
