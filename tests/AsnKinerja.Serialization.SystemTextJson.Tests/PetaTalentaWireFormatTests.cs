using System.Text.Json;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.NineBox;
using NodaTime;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>
/// Talent-map placements and behaviour suggestions in the wire format: each document names its rule set, is read back by
/// recomputing with the rules registered under that name and the options it carries, and is rejected when the name is
/// unknown or disagrees with its explanation.
/// </summary>
public sealed class PetaTalentaWireFormatTests
{
    private static readonly RuleSetRegistry Registry = RuleSetRegistry.Create(PetaTalentaRules.All);

    private static DataTalentaPegawai Pegawai(NilaiPotensial potensial) => new(
        Samples.Pegawai,
        new[]
        {
            KinerjaTahunan.Ditetapkan(2023, PredikatKinerja.Baik),
            KinerjaTahunan.Ditetapkan(2024, PredikatKinerja.SangatBaik),
            new KinerjaTahunan(2025, PredikatKinerja.SangatBaik, PredikatKinerja.SangatBaik),
            new KinerjaTahunan(2026, PredikatKinerja.SangatBaik, PredikatKinerja.Baik),
        },
        potensial);

    private static PenempatanTalenta Place(int tahun, LocalDate tanggalKeputusan, NilaiPotensial potensial, PetaTalentaOptions? options = null) =>
        Registry.Find<IPetaTalentaRules>(tanggalKeputusan, PeriodeKinerja.Tahunan(tahun)).WithOptions(options ?? PetaTalentaOptions.Default).Evaluate(Pegawai(potensial), tahun).Value;

    [Fact]
    public void Write_Placements2024And2026_NameTheirRuleSetAndRoundTrip()
    {
        var potensial = NilaiPotensial.FromTingkat(TingkatPotensial.Tinggi, SumberPotensial.AssessmentCenter);
        var p2024 = Place(2024, new LocalDate(2025, 2, 1), potensial);
        var p2026 = Place(2026, new LocalDate(2027, 2, 1), potensial);

        var json2024 = Json.Write(p2024);
        var json2026 = Json.Write(p2026);

        Assert.StartsWith("{\"$format\":\"asnkinerja/1\",\"ruleSet\":\"PermenPanRb3Tahun2020\",\"tahun\":2024,", json2024, StringComparison.Ordinal);
        Assert.StartsWith("{\"$format\":\"asnkinerja/1\",\"ruleSet\":\"PermenPanRb20Tahun2025\",\"tahun\":2026,", json2026, StringComparison.Ordinal);
        Assert.Contains("{\"tahun\":2026,\"predikatTerhitung\":\"Sangat Baik\",\"predikatDitetapkan\":\"Baik\"}", json2026, StringComparison.Ordinal);
        Assert.Contains("\"sumber\":\"Assessment Center\"", json2026, StringComparison.Ordinal);
        Assert.Contains("\"predikatBelumDitetapkan\":\"Tidak Dipetakan\",\"sumberPotensial\":\"Disarankan\"", json2026, StringComparison.Ordinal);
        var back2024 = Json.Read<PenempatanTalenta>(json2024);
        var back2026 = Json.Read<PenempatanTalenta>(json2026);
        Assert.Equal(p2024, back2024);
        Assert.Equal(p2026, back2026);
        Assert.Equal(RuleSetId.PermenPanRb3Tahun2020, back2024.RuleSet);
        Assert.Equal(RuleSetId.PermenPanRb20Tahun2025, back2026.RuleSet);
        Assert.Equal(8, back2026.Kotak.Nomor);
        Assert.Equal(json2026, Json.Write(back2026));
    }

    [Fact]
    public void Read_UnknownRuleSet_FailsAtRuleSet()
    {
        var json = Json.Write(Place(2026, new LocalDate(2027, 2, 1), NilaiPotensial.FromSkor(90m)))
            .Replace("\"ruleSet\":\"PermenPanRb20Tahun2025\",\"tahun\"", "\"ruleSet\":\"SomeFutureRuleSet\",\"tahun\"", StringComparison.Ordinal);

        var e = Json.Fails<PenempatanTalenta>(json);

        Assert.Equal("$.ruleSet", e.Path);
        Assert.Contains("unknown rule set 'SomeFutureRuleSet'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RuleSetThatDisagreesWithTheExplanation_FailsAtTheExplanation()
    {
        var json = Json.Write(Place(2026, new LocalDate(2027, 2, 1), NilaiPotensial.FromSkor(90m)))
            .Replace("\"ruleSet\":\"PermenPanRb20Tahun2025\",\"tahun\"", "\"ruleSet\":\"PermenPanRb3Tahun2020\",\"tahun\"", StringComparison.Ordinal);

        Assert.Equal("$.explanation.ruleSet", Json.Fails<PenempatanTalenta>(json).Path);
    }

    [Fact]
    public void Read_RecomputesWithTheNamedRuleSet_NotWithTheOneThatWroteIt()
    {
        // Placed under 3/2020 with a potential from another source and the strict 20/2025 policy, which 3/2020 does not use.
        var options = new PetaTalentaOptions(sumberPotensial: KebijakanSumberPotensial.Wajib);
        var json = Json.Write(Place(2026, new LocalDate(2025, 12, 30), NilaiPotensial.FromSkor(90m, SumberPotensial.Lainnya), options));
        Assert.Contains("\"ruleSet\":\"PermenPanRb3Tahun2020\"", json, StringComparison.Ordinal);

        // Renamed to 20/2025 throughout: that rule set refuses the placement (NBX007), so the document is rejected.
        var e = Json.Fails<PenempatanTalenta>(json.Replace("PermenPanRb3Tahun2020", "PermenPanRb20Tahun2025", StringComparison.Ordinal));

        Assert.Equal("$", e.Path);
        Assert.Contains("cannot be placed under rule set 'PermenPanRb20Tahun2025'", e.Message, StringComparison.Ordinal);
        Assert.Contains("NBX007", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ARegistryWithoutTheAmendment_RejectsA2026Placement()
    {
        var json = Json.Write(Place(2026, new LocalDate(2027, 2, 1), NilaiPotensial.FromSkor(90m)));
        var options = AsnKinerjaJson.CreateOptions(registry: RuleSetRegistry.Create(new[] { PetaTalentaRules.PermenPanRb3Tahun2020 }));

        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<PenempatanTalenta>(json, options));

        Assert.Equal("$.ruleSet", e.Path);
        Assert.Contains("registered: PermenPanRb3Tahun2020", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StatedBoxThatDisagrees_FailsAtKotak()
    {
        var json = Json.Write(Place(2026, new LocalDate(2027, 2, 1), NilaiPotensial.FromSkor(90m))).Replace("\"kotak\":8", "\"kotak\":9", StringComparison.Ordinal);

        Assert.Equal("$.kotak", Json.Fails<PenempatanTalenta>(json).Path);
    }

    [Fact]
    public void Result_NotPlaced_RoundTripsWithItsFindings()
    {
        var pegawai = new DataTalentaPegawai(Samples.Pegawai, new[] { KinerjaTahunan.Ditetapkan(2025, PredikatKinerja.Baik), KinerjaTahunan.Terhitung(2026, PredikatKinerja.Baik) }, NilaiPotensial.FromSkor(70m));
        var result = PetaTalentaRules.PermenPanRb20Tahun2025.Evaluate(pegawai, 2026);

        var json = Json.Write(result);
        var back = Json.Read<PenempatanTalentaResult>(json);

        Assert.False(back.IsSuccess);
        Assert.Equal(new[] { "NBX006", "NBX007" }, back.Findings.Select(f => f.Code));
        Assert.Equal(json, Json.Write(back));
        Assert.Equal("$.isSuccess", Json.Fails<PenempatanTalentaResult>(json.Replace("\"isSuccess\":false", "\"isSuccess\":true", StringComparison.Ordinal)).Path);
    }

    [Fact]
    public void Write_UnitMap_CarriesItsRuleSetAndOptionsOnce()
    {
        var pegawai = new[] { Pegawai(NilaiPotensial.FromTingkat(TingkatPotensial.Tinggi, SumberPotensial.AssessmentCenter)) };

        var json = Json.Write(PetaTalentaRules.PermenPanRb20Tahun2025.EvaluateUnit(pegawai, 2026));

        Assert.StartsWith("{\"$format\":\"asnkinerja/1\",\"ruleSet\":\"PermenPanRb20Tahun2025\",\"options\":{", json, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "\"ruleSet\":\"PermenPanRb20Tahun2025\",\"options\""));
    }

    [Fact]
    public void Read_KinerjaTahunanWithNoPredicate_Fails()
    {
        var e = Json.Fails<KinerjaTahunan>("{\"tahun\":2026}");

        Assert.Equal("$", e.Path);
        Assert.Contains("predikatDitetapkan", e.Message, StringComparison.Ordinal);
        Assert.Contains("unknown property 'predikat'", Json.Fails<KinerjaTahunan>("{\"tahun\":2026,\"predikat\":\"Baik\"}").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadWrite_SaranRatingPerilaku_NamesItsRuleSetAndRejectsAnUnknownOne()
    {
        var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(KebijakanSaranPerilaku.Mayoritas)).Suggest(PenilaianNilaiBerakhlak.Semua(Ekspektasi.Sesuai));

        var json = Json.Write(saran);

        Assert.StartsWith("{\"$format\":\"asnkinerja/1\",\"ruleSet\":\"SeMenPanRb20Tahun2021\",\"kebijakan\":\"Mayoritas\",", json, StringComparison.Ordinal);
        Assert.Equal(saran, Json.Read<SaranRatingPerilaku>(json));
        var unknown = Json.Fails<SaranRatingPerilaku>(json.Replace("\"ruleSet\":\"SeMenPanRb20Tahun2021\",\"kebijakan\"", "\"ruleSet\":\"SomeFutureRuleSet\",\"kebijakan\"", StringComparison.Ordinal));
        Assert.Equal("$.ruleSet", unknown.Path);
        var other = Json.Fails<SaranRatingPerilaku>(json.Replace("\"ruleSet\":\"SeMenPanRb20Tahun2021\",\"kebijakan\"", "\"ruleSet\":\"PermenPanRb3Tahun2020\",\"kebijakan\"", StringComparison.Ordinal));
        Assert.Equal("$.ruleSet", other.Path);
        Assert.Contains("no IPerilakuKerjaRules", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadWrite_KatalogBerakhlak_IsItsRuleSetId()
    {
        Assert.Equal("\"SeMenPanRb20Tahun2021\"", Json.Write(KatalogBerakhlak.SeMenPanRb20Tahun2021));
        Assert.Same(KatalogBerakhlak.SeMenPanRb20Tahun2021, Json.Read<KatalogBerakhlak>("\"SeMenPanRb20Tahun2021\""));
        Assert.Contains("unknown BerAKHLAK catalogue 'SeMenPanRb99Tahun2099'", Json.Fails<KatalogBerakhlak>("\"SeMenPanRb99Tahun2099\"").Message, StringComparison.Ordinal);
    }
}
