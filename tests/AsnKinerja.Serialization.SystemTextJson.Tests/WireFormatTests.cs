using System.Text.Json;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using NodaTime;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

public class WireFormatTests
{
    [Fact]
    public void Write_TopLevelObject_CarriesTheFormatMarkerFirstAndNestedObjectsDoNot()
    {
        using var doc = JsonDocument.Parse(Json.Write(Samples.Skp()));
        var first = doc.RootElement.EnumerateObject().First();
        Assert.Equal("$format", first.Name);
        Assert.Equal("asnkinerja/1", first.Value.GetString());
        Assert.False(doc.RootElement.GetProperty("pejabatPenilai").TryGetProperty("$format", out _));
    }

    [Fact]
    public void Write_Labels_AreTheRegulationLabelsNeverNumbers()
    {
        Assert.Equal("\"Di Atas Ekspektasi\"", Json.Write(Ekspektasi.DiAtas));
        Assert.Equal("\"Kurang/Misconduct\"", Json.Write(PredikatKinerja.KurangMisconduct));
        Assert.Equal("\"Butuh Perbaikan\"", Json.Write(PredikatKinerjaOrganisasi.ButuhPerbaikan));
        Assert.Equal("\"Ahli Muda\"", Json.Write(JenjangFungsional.AhliMuda));
        Assert.Equal("\"III/a\"", Json.Write(GolonganRuang.IIIa));
        Assert.Equal("\"Berorientasi Pelayanan\"", Json.Write(NilaiBerakhlak.BerorientasiPelayanan));
        Assert.Equal("\"2024-02-29\"", Json.Write(new LocalDate(2024, 2, 29)));
        Assert.Equal("\"2024-02\"", Json.Write(new YearMonth(2024, 2)));
        Assert.Equal("\"199001152015031002\"", Json.Write(Samples.Pegawai));
        Assert.Equal("7", Json.Write(KotakTalenta.FromNomor(7)));
    }

    [Theory]
    [InlineData("\"diatas\"", Ekspektasi.DiAtas)]
    [InlineData("\"Di Atas Ekspetasi\"", Ekspektasi.DiAtas)]
    [InlineData("\"SESUAI\"", Ekspektasi.Sesuai)]
    [InlineData("\"di bawah ekspektasi\"", Ekspektasi.DiBawah)]
    public void Read_Ekspektasi_AcceptsTheCoreAliases(string json, Ekspektasi expected) => Assert.Equal(expected, Json.Read<Ekspektasi>(json));

    [Theory]
    [InlineData("\"Cukup\"", PredikatKinerja.ButuhPerbaikan)]
    [InlineData("\"Misconduct\"", PredikatKinerja.KurangMisconduct)]
    [InlineData("\"kurang\"", PredikatKinerja.KurangMisconduct)]
    [InlineData("\"sangat baik\"", PredikatKinerja.SangatBaik)]
    public void Read_PredikatKinerja_AcceptsTheCoreAliases(string json, PredikatKinerja expected) => Assert.Equal(expected, Json.Read<PredikatKinerja>(json));

    [Fact]
    public void Read_OtherEnums_AcceptTheMemberNameAndCaseVariants()
    {
        Assert.Equal(GolonganRuang.IIIa, Json.Read<GolonganRuang>("\"IIIa\""));
        Assert.Equal(JenjangFungsional.AhliMuda, Json.Read<JenjangFungsional>("\"ahli_muda\""));
        Assert.Equal(PenggabunganKinerja.RataRataDuaTahunTerakhir, Json.Read<PenggabunganKinerja>("\"Rata-Rata Dua Tahun Terakhir\""));
    }

    [Fact]
    public void CreateOptions_CollectionsOfTheLibrarysTypes_SerializeWithoutAnotherResolver()
    {
        var predikat = new[] { PredikatKinerja.Baik, PredikatKinerja.SangatBaik };
        Assert.Equal("[\"Baik\",\"Sangat Baik\"]", Json.Write(predikat));
        Assert.Equal(predikat, Json.Read<PredikatKinerja[]>("[\"Baik\",\"Sangat Baik\"]"));
        var skps = new List<Skp> { Samples.Skp() };
        // Only the root of a document carries "$format": the SKPs of a list are nested values.
        Assert.Equal("[" + Json.Write(Samples.Skp()).Replace("\"$format\":\"asnkinerja/1\",", string.Empty, StringComparison.Ordinal) + "]", Json.Write(skps));
        Assert.Equal(Samples.Skp().Id, Json.Read<List<Skp>>(Json.Write(skps))[0].Id);
        var byUnit = new Dictionary<string, JumlahPredikat> { ["U-1"] = new JumlahPredikat(0, 0, 1, 7, 2) };
        Assert.Equal(byUnit["U-1"], Json.Read<Dictionary<string, JumlahPredikat>>(Json.Write(byUnit))["U-1"]);
        Assert.Equal(byUnit["U-1"], Json.Read<IReadOnlyDictionary<string, JumlahPredikat>>(Json.Write(byUnit))["U-1"]);
        Assert.Equal(predikat, Json.Read<System.Collections.Immutable.ImmutableArray<PredikatKinerja>>(Json.Write(predikat)));
        Assert.Equal(predikat, Json.Read<IReadOnlyList<PredikatKinerja>>(Json.Write(predikat)));
        Assert.Equal(AsnKinerjaJson.MaxDepth, Json.Options.MaxDepth);
    }

    [Fact]
    public void ConfigureForAsnKinerja_Twice_AddsEachConverterOnceAndSetsMaxDepth()
    {
        var options = new JsonSerializerOptions().ConfigureForAsnKinerja();
        var count = options.Converters.Count;
        options.ConfigureForAsnKinerja();
        Assert.Equal(count, options.Converters.Count);
        Assert.Equal(32, options.MaxDepth);
        Assert.Single(options.TypeInfoResolverChain);
    }

    [Fact]
    public void ConfigureForAsnKinerja_ReadOnlyOptions_Throws()
    {
        var options = AsnKinerjaJson.CreateOptions();
        _ = JsonSerializer.Serialize(Ekspektasi.Sesuai, options);
        Assert.Throws<InvalidOperationException>(() => options.ConfigureForAsnKinerja());
    }

    [Fact]
    public void Read_NestingBeyondMaxDepth_IsAJsonException()
    {
        var deep = new string('[', 40) + new string(']', 40);
        var json = "{\"$format\":\"asnkinerja/1\",\"id\":\"S\",\"x\":" + deep + "}";
        var e = Json.Fails<Skp>(json);
        Assert.Contains("depth", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_NestingWithinMaxDepth_IsReadNormally()
    {
        var json = Json.Write(new CatatanPerilakuKerja(Samples.Skp(), new[] { Samples.UmpanBalik() }));
        Assert.Equal(json, Json.Write(Json.Read<CatatanPerilakuKerja>(json)));
    }

    [Fact]
    public void Read_Finding_UsesTheCatalogueDefinitionAndIgnoresStatedMessages()
    {
        var finding = SkpFindings.TanpaHasilKerjaUtama.Create("S-1", FindingValue.Of("skp", "S-1"));
        var json = Json.Write(finding).Replace("tidak memiliki", "TIDAK", StringComparison.Ordinal);
        var back = Json.Read<Finding>(json);
        Assert.Same(SkpFindings.TanpaHasilKerjaUtama, back.Definition);
        Assert.Equal(finding, back);
    }

    [Fact]
    public void Read_Finding_FromALaterCatalogue_NeedsTheCatalogueAdded()
    {
        var extra = new FindingDefinition("CSC001", FindingSeverity.Error, new RegulationReference(RegulationNames.PermenPanRb6Tahun2022, null, Confidence.High), "pesan", "message");
        var json = Json.Write(extra.Create("x"));
        Assert.Contains("unknown finding code 'CSC001'", Json.Fails<Finding>(json).Message, StringComparison.Ordinal);
        var options = AsnKinerjaJson.CreateOptions(DefinitionCatalog.Default.With(new[] { extra }));
        Assert.Equal("CSC001", JsonSerializer.Deserialize<Finding>(json, options)!.Code);
    }

    [Fact]
    public void DefinitionCatalog_Default_HoldsEveryPackageCatalogueWithUniqueCodesAndKeys()
    {
        var expected = SkpFindings.All.Length + OrganisasiFindings.All.Length + DistribusiFindings.All.Length + PredicateFindings.All.Length
            + PetaTalentaFindings.All.Length + PerilakuKerjaFindings.All.Length + CascadingFindings.All.Length;
        Assert.Equal(expected, DefinitionCatalog.Default.Findings.Length);
        var explanations = PredicateExplanations.All.Length + DistribusiExplanations.All.Length + PetaTalentaExplanations.All.Length
            + PerilakuKerjaExplanations.All.Length + CascadingExplanations.All.Length;
        Assert.Equal(explanations, DefinitionCatalog.Default.Explanations.Length);
        Assert.Throws<ArgumentException>(() => DefinitionCatalog.Default.With(new[] { new FindingDefinition("SKP001", FindingSeverity.Info, new RegulationReference("X", null, Confidence.Low), "a", "b") }));
        Assert.Throws<ArgumentException>(() => DefinitionCatalog.Default.With(new[] { new ExplanationDefinition("Kuadran.Sel", new RegulationReference("X", null, Confidence.Low), "a", "b") }));
    }

    [Fact]
    public void Read_Explanation_WithAnUnknownKey_IsRejectedWithThePath()
    {
        var json = Json.Write(Samples.Terhitung().Explanation).Replace("\"key\":\"Kuadran.Sel\"", "\"key\":\"Kuadran.Tidak\"", StringComparison.Ordinal);

        var e = Json.Fails<Explanation>(json);
        Assert.Contains("unknown explanation key 'Kuadran.Tidak'", e.Message, StringComparison.Ordinal);
        Assert.Equal("$.key", e.Path);
    }

    [Fact]
    public void Read_PredikatTerhitung_WhoseVerdictDisagreesWithTheQuadrant_IsRejected()
    {
        var json = Json.Write(Samples.Terhitung()).Replace("\"predikat\":\"Baik\"", "\"predikat\":\"Sangat Baik\"", StringComparison.Ordinal);
        var e = Json.Fails<PredikatTerhitung>(json);
        Assert.Equal("$.predikat", e.Path);
        Assert.Contains("disagrees with the recomputation", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DistributionVerdict_SayingMemenuhiWithFailingCounts_IsRejected()
    {
        // Baik with nobody in BP/K fails the "must exist" floor: the document claims it passes.
        var verdict = DistribusiRules.SeMenPanRb3Tahun2023.Check("U", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 0, 8, 2));
        Assert.Equal(StatusDistribusi.TidakMemenuhi, verdict.Status);
        var json = Json.Write(verdict).Replace("\"status\":\"Tidak Memenuhi\"", "\"status\":\"Memenuhi\"", StringComparison.Ordinal);
        var e = Json.Fails<PemeriksaanDistribusiResult>(json);
        Assert.Equal("$.status", e.Path);
    }

    [Fact]
    public void Read_PooledVerdict_IsWriteOnly()
    {
        var json = Json.Write(Samples.Pemeriksaan()).Replace("\"status\":\"Memenuhi\"", "\"status\":\"Digabung\"", StringComparison.Ordinal);
        Assert.Contains("write-only", Json.Fails<PemeriksaanDistribusiResult>(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteOnlyTypes_AreWrittenAndRefuseToBeRead()
    {
        var saran = SaranRatingHasilKerja.Suggest(new[] { new PenilaianRhk("R1", JenisRhk.Utama, Ekspektasi.DiAtas) }).Value;
        var placement = PetaTalentaRules.PermenPanRb3Tahun2020.Evaluate(Samples.Talenta(), 2024).Value;
        var unit = PetaTalentaRules.PermenPanRb3Tahun2020.EvaluateUnit(new[] { Samples.Talenta() }, 2024);
        var kalibrasi = Samples.Kalibrasi(DistribusiRules.SeMenPanRb3Tahun2023, "U", PredikatKinerjaOrganisasi.Baik, Enumerable.Range(1, 10).Select(i => new PegawaiKalibrasi(Samples.N(i), PredikatKinerja.Baik, i)));
        var statistik = StatistikDistribusi.From(new[] { Samples.Pemeriksaan() });

        Assert.Contains("write-only", Json.Fails<Saran<Ekspektasi>>(Json.Write(saran)).Message, StringComparison.Ordinal);
        Assert.Contains("write-only", Json.Fails<PetaTalentaUnit>(Json.Write(unit)).Message, StringComparison.Ordinal);
        Assert.Contains("write-only", Json.Fails<UsulanKalibrasi>(Json.Write(kalibrasi)).Message, StringComparison.Ordinal);
        Assert.Contains("write-only", Json.Fails<SasaranKalibrasi>(Json.Write(kalibrasi.Sasaran)).Message, StringComparison.Ordinal);
        Assert.Contains("write-only", Json.Fails<StatistikDistribusi>(Json.Write(statistik)).Message, StringComparison.Ordinal);
        Assert.Contains("\"kotak\":8", Json.Write(placement), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Skp_IsCultureInvariant()
    {
        var expected = Json.Write(Samples.Skp());
        foreach (var culture in AsnKinerja.Testing.Cultures.All)
        {
            Assert.Equal(expected, AsnKinerja.Testing.Cultures.Under(culture, () => Json.Write(Samples.Skp())));
        }
    }

    [Fact]
    public void Write_NonAsnPpkAndOfficials_HaveTheirPinnedShape()
    {
        var bupati = Pejabat.NonAsn(JabatanNonAsn.Bupati, "Drs. H. Contoh", "Bupati Sleman", "Pemerintah Kabupaten Sleman");
        Assert.Equal(
            "{\"$format\":\"asnkinerja/1\",\"jabatanNonAsn\":\"Bupati\",\"nama\":\"Drs. H. Contoh\",\"namaJabatan\":\"Bupati Sleman\",\"unitKerja\":\"Pemerintah Kabupaten Sleman\",\"kewenangan\":\"Definitif\"}",
            Json.Write(new PejabatPenilaiKinerja(bupati)));

        var kepalaSekolah = Pejabat.Asn(Nip.Parse("197805122005012003"), Jabatan.Fungsional(JenjangFungsional.AhliMadya), TugasTambahan.KepalaSekolah, golongan: "IV/a");
        Assert.Equal(
            "{\"$format\":\"asnkinerja/1\",\"nip\":\"197805122005012003\",\"jabatan\":{\"jenis\":\"Fungsional\",\"jenjang\":\"Ahli Madya\"},\"tugasTambahan\":\"Kepala Sekolah\",\"golongan\":\"IV/a\",\"kewenangan\":\"Definitif\"}",
            Json.Write(new PejabatPenilaiKinerja(kepalaSekolah)));

        // An ASN known only by NIP is its NIP string, as the superior of the PPK was written before officials had details.
        Assert.Equal("\"196805101993031004\"", Json.Write(Pejabat.Asn(Nip.Parse("196805101993031004"))));
        Assert.Equal(Pejabat.Asn(Nip.Parse("196805101993031004")), Json.Read<Pejabat>("\"196805101993031004\""));
    }

    [Fact]
    public void Write_RegularSkpWithAnAsnPpkAndANipOnlySuperior_KeepsTheEarlierBytes()
    {
        // Nothing new is written for a record that has none of the new parts: no "jenis", no "pertimbangan", and the
        // superior is still a NIP string.
        var skp = Samples.Skp().ToBuilder().WithAtasanPejabatPenilai(Nip.Parse("196805101993031004")).Build();
        var json = Json.Write(skp);
        Assert.Contains("\"atasanPejabatPenilai\":\"196805101993031004\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"pertimbangan\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Reguler", json, StringComparison.Ordinal);
        Assert.DoesNotContain("tugasTambahan", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StudyLeaveSkpWithAdvisers_WritesItsKindAndAdvisers()
    {
        var skp = Samples.Skp().ToBuilder()
            .WithJenis(JenisSkp.TugasBelajar)
            .AddPertimbangan(new PertimbanganPenilaian(JenisPertimbangan.TimKinerja, Pejabat.Asn(Nip.Parse("197002141996031001"))))
            .Build();
        var json = Json.Write(skp);
        Assert.Contains("\"jenis\":\"Tugas Belajar\"", json, StringComparison.Ordinal);
        Assert.Contains("\"pertimbangan\":[{\"jenis\":\"Tim Kinerja\",\"pejabat\":\"197002141996031001\"}]", json, StringComparison.Ordinal);
        var back = Json.Read<Skp>(json);
        Assert.Equal(JenisSkp.TugasBelajar, back.Jenis);
        Assert.Equal(skp.Pertimbangan[0], back.Pertimbangan[0]);
    }

    [Fact]
    public void Write_EvaluatorStatus_IsSiasnsText()
    {
        Assert.Equal("\"NON ASN\"", Json.Write(StatusPenilai.NonAsn));
        Assert.Equal(StatusPenilai.NonAsn, Json.Read<StatusPenilai>("\"non-asn\""));
        Assert.Equal("\"Tugas Belajar\"", Json.Write(JenisSkp.TugasBelajar));
    }

    [Fact]
    public void Write_SemesterPeriod_IsItsOwnKind()
    {
        var json = Json.Write(PeriodeKinerja.Semesteran(2024, Semester.I));
        Assert.Equal("{\"$format\":\"asnkinerja/1\",\"jenis\":\"Semesteran\",\"awal\":\"2024-01-01\",\"akhir\":\"2024-06-30\"}", json);
        Assert.Equal(PeriodeKinerja.Semesteran(2024, Semester.I), Json.Read<PeriodeKinerja>(json));
        Assert.Contains("runs 2024-01-01 to 2024-06-30", Json.Fails<PeriodeKinerja>(json.Replace("06-30", "12-31", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
    }
}
