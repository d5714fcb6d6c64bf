using System.Text.Json;
using System.Text.Json.Nodes;
using AsnKinerja.Predicates;
using AsnKinerja.Predicates.Tests;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>Results name their rule set; reading recomputes with the rule set the document names, from the options' registry.</summary>
public sealed class RuleSetWireFormatTests
{
    private static readonly JsonSerializerOptions DenganInstansi = AsnKinerjaJson.CreateOptions(registry: AsnKinerjaJson.DefaultRegistry.With(PolaInstansi.Rules));

    [Fact]
    public void DefaultRegistry_HoldsEveryBuiltInRulesObjectOfThePredicatesPackage()
    {
        Assert.Same(KuadranRules.PermenPanRb6Tahun2022, AsnKinerjaJson.DefaultRegistry.Get<IKuadranRules>(RuleSetId.PermenPanRb6Tahun2022));
        Assert.Same(DistribusiRules.SeMenPanRb3Tahun2023, AsnKinerjaJson.DefaultRegistry.Get<IDistribusiRules>(RuleSetId.SeMenPanRb3Tahun2023));
        Assert.Same(AngkaKreditRules.PermenPanRb1Tahun2023, AsnKinerjaJson.DefaultRegistry.Get<IAngkaKreditRules>(RuleSetId.PermenPanRb1Tahun2023));
    }

    [Fact]
    public void Read_DistributionVerdictWhoseExplanationNamesAnotherRuleSet_IsRejected()
    {
        var document = JsonNode.Parse(Json.Write(Samples.Pemeriksaan()))!;
        document["explanation"]!["ruleSet"] = "SomeFutureRuleSet";

        var e = Json.Fails<PemeriksaanDistribusiResult>(document.ToJsonString());

        Assert.Equal("$.explanation.ruleSet", e.Path);
        Assert.Contains("'SomeFutureRuleSet'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DistributionVerdictNamingAnUnknownRuleSet_IsRejectedAtItsRuleSet()
    {
        var document = JsonNode.Parse(Json.Write(Samples.Pemeriksaan()))!;
        document["ruleSet"] = "SomeFutureRuleSet";
        document["explanation"]!["ruleSet"] = "SomeFutureRuleSet";

        var e = Json.Fails<PemeriksaanDistribusiResult>(document.ToJsonString());

        Assert.Equal("$.ruleSet", e.Path);
        Assert.Contains("unknown rule set 'SomeFutureRuleSet'", e.Message, StringComparison.Ordinal);
        Assert.Contains("registered: SeMenPanRb3Tahun2023", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DistributionVerdictNamingTheQuadrantsRuleSet_IsRejected()
    {
        var document = JsonNode.Parse(Json.Write(Samples.Pemeriksaan()))!;
        document["ruleSet"] = "PermenPanRb6Tahun2022";

        Assert.Equal("$.ruleSet", Json.Fails<PemeriksaanDistribusiResult>(document.ToJsonString()).Path);
    }

    [Fact]
    public void Write_Results_NameTheirRuleSetFirst()
    {
        Assert.StartsWith("{\"$format\":\"asnkinerja/1\",\"ruleSet\":\"SeMenPanRb3Tahun2023\",\"unitId\"", Json.Write(Samples.Pemeriksaan()), StringComparison.Ordinal);
        Assert.StartsWith("{\"$format\":\"asnkinerja/1\",\"ruleSet\":\"PermenPanRb6Tahun2022\",", Json.Write(Samples.Terhitung()), StringComparison.Ordinal);
        Assert.StartsWith("{\"$format\":\"asnkinerja/1\",\"ruleSet\":\"PermenPanRb1Tahun2023\",", Json.Write(AngkaKreditRules.PermenPanRb1Tahun2023.Calculate(2, PredikatKinerja.Baik, JenjangFungsional.AhliPertama)), StringComparison.Ordinal);
        Assert.StartsWith("{\"$format\":\"asnkinerja/1\",\"ruleSet\":\"SeMenPanRb3Tahun2023\",", Json.Write(DistribusiRules.SeMenPanRb3Tahun2023.CalculateKuota(PredikatKinerjaOrganisasi.Baik, 10)), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CustomRuleSetRegisteredInTheOptions_RoundTripsUnderItsOwnRules()
    {
        var verdict = PolaInstansi.Rules.Check("Biro Umum", PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, 4, 6));
        var json = JsonSerializer.Serialize(verdict, DenganInstansi);

        var back = JsonSerializer.Deserialize<PemeriksaanDistribusiResult>(json, DenganInstansi)!;

        Assert.Contains("\"ruleSet\":\"PolaInstansiUji2027\"", json, StringComparison.Ordinal);
        Assert.Equal(PolaInstansi.RuleSet.Id, back.RuleSet);
        Assert.Equal(StatusDistribusi.TidakMemenuhi, back.Status);
        Assert.True(verdict.Findings.SequenceEqual(back.Findings));
        Assert.Equal(json, JsonSerializer.Serialize(back, DenganInstansi));
    }

    [Fact]
    public void Read_CustomRuleSetVerdictClaimingTheBuiltInOutcome_IsRejected()
    {
        // Under SE MenPANRB 3/2023 the unit would pass; under the custom caps it does not, and the reader uses the custom caps.
        var verdict = PolaInstansi.Rules.Check("Biro Umum", PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, 4, 6));
        var document = JsonNode.Parse(JsonSerializer.Serialize(verdict, DenganInstansi))!;
        document["status"] = "Memenuhi";
        document["findings"] = new JsonArray();

        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<PemeriksaanDistribusiResult>(document.ToJsonString(), DenganInstansi));

        Assert.Equal("$.status", e.Path);
    }

    [Fact]
    public void Read_CustomRuleSetWithoutItsRegistration_IsRejectedAtItsRuleSet()
    {
        var json = JsonSerializer.Serialize(PolaInstansi.Rules.CalculateKuota(PredikatKinerjaOrganisasi.Baik, 10), DenganInstansi);

        var e = Json.Fails<KuotaResult>(json);

        Assert.Equal("$.ruleSet", e.Path);
        Assert.Contains("unknown rule set 'PolaInstansiUji2027'", e.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property CustomRuleSet_CheckAndQuota_RoundTrip() =>
        Prop.ForAll(
            (from p in Gens.OneOf(Gens.PredikatOrganisasi) from j in Gens.Jumlah from o in Gens.Opsi select (p, j, o)).ToArbitrary(),
            x =>
            {
                var rules = PolaInstansi.Rules.WithOptions(x.o);
                return RoundTrips(rules.Check("UNIT-9", x.p, x.j)) && RoundTrips(rules.CalculateKuota(x.p, x.j.Total));
            });

    [Fact]
    public void Write_CustomRuleSetCalibration_NamesItsRuleSetAndOptions()
    {
        var opsi = new DistribusiOptions(ambangUnitKecil: 3);
        var usulan = Samples.Kalibrasi(PolaInstansi.Rules.WithOptions(opsi), "U", PredikatKinerjaOrganisasi.Istimewa, Enumerable.Range(1, 10).Select(i => new PegawaiKalibrasi(Samples.N(i), PredikatKinerja.SangatBaik, i)));

        var document = JsonNode.Parse(JsonSerializer.Serialize(usulan, DenganInstansi))!;

        Assert.Equal("PolaInstansiUji2027", (string)document["ruleSet"]!);
        Assert.Equal(3, (int)document["opsi"]!["ambangUnitKecil"]!);
        Assert.Equal("PolaInstansiUji2027", (string)document["pemeriksaanSesudah"]!["ruleSet"]!);
    }

    [Fact]
    public void Read_DistributionVerdict_UsesTheOptionsTheDocumentCarries()
    {
        var opsi = new DistribusiOptions(Pembulatan.SetengahKeAtas, unitKecil: KebijakanUnitKecil.Ketat, ambangUnitKecil: 7, kepalaUnit: PenghitunganKepalaUnit.UnitSendiri);
        var verdict = DistribusiRules.SeMenPanRb3Tahun2023.WithOptions(opsi).Check("U", PredikatKinerjaOrganisasi.Kurang, new JumlahPredikat(0, 3, 0, 0, 0));

        var back = Json.Read<PemeriksaanDistribusiResult>(Json.Write(verdict));

        Assert.Equal(opsi, back.Options);
        Assert.Equal(verdict.Status, back.Status);
        Assert.DoesNotContain(back.Policies, p => p.Name == "KepalaUnit");
    }

    [Fact]
    public void Read_LeaderRuleWithAnAgencyMapping_RecomputesWithTheCarriedMapping()
    {
        var mapping = new PemetaanRatingPimpinan("Instansi", new Dictionary<PredikatKinerjaOrganisasi, Ekspektasi>
        {
            [PredikatKinerjaOrganisasi.SangatKurang] = Ekspektasi.DiBawah,
            [PredikatKinerjaOrganisasi.Kurang] = Ekspektasi.DiBawah,
            [PredikatKinerjaOrganisasi.ButuhPerbaikan] = Ekspektasi.Sesuai,
            [PredikatKinerjaOrganisasi.Baik] = Ekspektasi.Sesuai,
            [PredikatKinerjaOrganisasi.Istimewa] = Ekspektasi.DiAtas,
        });
        var terhitung = KuadranRules.PermenPanRb6Tahun2022.WithPemetaan(mapping).EvaluateKepalaUnit(PredikatKinerjaOrganisasi.ButuhPerbaikan, Ekspektasi.Sesuai);

        var back = Json.Read<PredikatTerhitung>(Json.Write(terhitung));

        Assert.Equal(terhitung, back);
        Assert.Equal(mapping, back.Pemetaan);
        Assert.Equal(PredikatKinerjaOrganisasi.ButuhPerbaikan, back.PredikatOrganisasi);
        Assert.Equal(PredikatKinerja.Baik, back.Predikat);
    }

    private static bool RoundTrips<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, DenganInstansi);
        var again = JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(json, DenganInstansi), DenganInstansi);
        return string.Equals(json, again, StringComparison.Ordinal);
    }
}
