using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsnKinerja.Predicates.Tests;

public class KuadranKinerjaTests
{
    private static readonly IKuadranRules Kuadran = KuadranRules.PermenPanRb6Tahun2022;

    // Written from the table of PermenPANRB 6/2022 (regulations.md §4): rows hasil, columns perilaku.
    public static TheoryData<Ekspektasi, Ekspektasi, PredikatKinerja> TabelRegulasi => new()
    {
        { Ekspektasi.DiAtas, Ekspektasi.DiBawah, PredikatKinerja.KurangMisconduct },
        { Ekspektasi.DiAtas, Ekspektasi.Sesuai, PredikatKinerja.Baik },
        { Ekspektasi.DiAtas, Ekspektasi.DiAtas, PredikatKinerja.SangatBaik },
        { Ekspektasi.Sesuai, Ekspektasi.DiBawah, PredikatKinerja.KurangMisconduct },
        { Ekspektasi.Sesuai, Ekspektasi.Sesuai, PredikatKinerja.Baik },
        { Ekspektasi.Sesuai, Ekspektasi.DiAtas, PredikatKinerja.Baik },
        { Ekspektasi.DiBawah, Ekspektasi.DiBawah, PredikatKinerja.SangatKurang },
        { Ekspektasi.DiBawah, Ekspektasi.Sesuai, PredikatKinerja.ButuhPerbaikan },
        { Ekspektasi.DiBawah, Ekspektasi.DiAtas, PredikatKinerja.ButuhPerbaikan },
    };

    [Theory]
    [MemberData(nameof(TabelRegulasi))]
    public void Evaluate_EachCellOfTheRegulationTable_GivesTheRegulationPredicate(Ekspektasi hasil, Ekspektasi perilaku, PredikatKinerja expected)
    {
        var result = Kuadran.Evaluate(hasil, perilaku);

        Assert.Equal(expected, result.Predikat);
        Assert.Equal(expected, Kuadran.GetPredikat(hasil, perilaku));
        Assert.Equal(hasil, result.RatingHasilKerja);
        Assert.Equal(perilaku, result.RatingPerilakuKerja);
        Assert.Contains(Kuadran.Cells, c => c.RatingHasilKerja == hasil && c.RatingPerilakuKerja == perilaku && c.Predikat == expected);
    }

    [Theory]
    [MemberData(nameof(TabelRegulasi))]
    public void Evaluate_AnyCell_ExplanationNamesRuleSetCellAndInputs(Ekspektasi hasil, Ekspektasi perilaku, PredikatKinerja expected)
    {
        var explanation = Kuadran.Evaluate(hasil, perilaku).Explanation;

        Assert.Equal(RuleSetId.PermenPanRb6Tahun2022, explanation.RuleSet);
        Assert.Equal("Kuadran[hasil=" + hasil + ",perilaku=" + perilaku + "]", explanation.Rule);
        Assert.Contains(FindingValue.Of("ratingHasilKerja", hasil.ToLabel()), explanation.Inputs);
        Assert.Contains(FindingValue.Of("ratingPerilakuKerja", perilaku.ToLabel()), explanation.Inputs);
        Assert.Contains(expected.ToLabel(), explanation.Description, StringComparison.Ordinal);
        Assert.Contains(expected.ToLabel(), explanation.GetDescription(Language.English), StringComparison.Ordinal);
        Assert.Equal(RegulationNames.PermenPanRb6Tahun2022, explanation.Source.Regulation);
        Assert.Equal(Confidence.High, explanation.Source.Confidence);
        Assert.Empty(explanation.Policies);
    }

    [Fact]
    public void Cells_HasNineDistinctPairs_WithOneAnswerEach()
    {
        Assert.Equal(9, Kuadran.Cells.Length);
        Assert.Equal(9, Kuadran.Cells.Select(c => (c.RatingHasilKerja, c.RatingPerilakuKerja)).Distinct().Count());
        Assert.Equal(RuleSetId.PermenPanRb6Tahun2022, Kuadran.RuleSet.Id);
    }

    [Theory]
    [InlineData(Ekspektasi.DiAtas)]
    [InlineData(Ekspektasi.Sesuai)]
    public void Evaluate_BehaviourBelowWithResultsAtOrAbove_IsKurangMisconductNotButuhPerbaikan(Ekspektasi hasil)
    {
        // Regression against a widely used public integrator that answers Butuh Perbaikan here (regulations.md §4).
        var predikat = Kuadran.Evaluate(hasil, Ekspektasi.DiBawah).Predikat;

        Assert.Equal(PredikatKinerja.KurangMisconduct, predikat);
        Assert.NotEqual(PredikatKinerja.ButuhPerbaikan, predikat);
    }

    [Fact]
    public void PredikatKinerja_SortedAscending_FollowsTheRegulationOrderWithKurangBelowButuhPerbaikan()
    {
        var shuffled = new[] { PredikatKinerja.Baik, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.SangatBaik, PredikatKinerja.KurangMisconduct, PredikatKinerja.SangatKurang };

        var sorted = shuffled.OrderBy(p => p).ToArray();

        Assert.Equal(
            new[] { PredikatKinerja.SangatKurang, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.Baik, PredikatKinerja.SangatBaik },
            sorted);
        Assert.True(PredikatKinerja.KurangMisconduct < PredikatKinerja.ButuhPerbaikan);
    }

    [Fact]
    public void Evaluate_UndefinedRating_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Kuadran.Evaluate((Ekspektasi)0, Ekspektasi.Sesuai));
        Assert.Throws<ArgumentOutOfRangeException>(() => Kuadran.GetPredikat(Ekspektasi.Sesuai, (Ekspektasi)4));
    }

    [Property(MaxTest = 200)]
    public Property Predikat_WhenEitherRatingRises_NeverFalls()
    {
        var ratings = new[] { Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiAtas };
        return Prop.ForAll(
            (from h in Gen.Elements(ratings)
             from p in Gen.Elements(ratings)
             from h2 in Gen.Elements(ratings.Where(r => r >= h).ToArray())
             from p2 in Gen.Elements(ratings.Where(r => r >= p).ToArray())
             select (h, p, h2, p2)).ToArbitrary(),
            x => Kuadran.Evaluate(x.h2, x.p2).Predikat >= Kuadran.Evaluate(x.h, x.p).Predikat);
    }

    // Leader rule (SE MenPANRB 3/2023, regulations.md §6) with the default mapping Istimewa → Di Atas, Baik → Sesuai,
    // the rest → Di Bawah, then the quadrant row of that rating.
    public static TheoryData<PredikatKinerjaOrganisasi, Ekspektasi, Ekspektasi, PredikatKinerja> TabelPimpinan => new()
    {
        { PredikatKinerjaOrganisasi.Istimewa, Ekspektasi.DiBawah, Ekspektasi.DiAtas, PredikatKinerja.KurangMisconduct },
        { PredikatKinerjaOrganisasi.Istimewa, Ekspektasi.Sesuai, Ekspektasi.DiAtas, PredikatKinerja.Baik },
        { PredikatKinerjaOrganisasi.Istimewa, Ekspektasi.DiAtas, Ekspektasi.DiAtas, PredikatKinerja.SangatBaik },
        { PredikatKinerjaOrganisasi.Baik, Ekspektasi.DiBawah, Ekspektasi.Sesuai, PredikatKinerja.KurangMisconduct },
        { PredikatKinerjaOrganisasi.Baik, Ekspektasi.Sesuai, Ekspektasi.Sesuai, PredikatKinerja.Baik },
        { PredikatKinerjaOrganisasi.Baik, Ekspektasi.DiAtas, Ekspektasi.Sesuai, PredikatKinerja.Baik },
        { PredikatKinerjaOrganisasi.ButuhPerbaikan, Ekspektasi.DiBawah, Ekspektasi.DiBawah, PredikatKinerja.SangatKurang },
        { PredikatKinerjaOrganisasi.ButuhPerbaikan, Ekspektasi.Sesuai, Ekspektasi.DiBawah, PredikatKinerja.ButuhPerbaikan },
        { PredikatKinerjaOrganisasi.ButuhPerbaikan, Ekspektasi.DiAtas, Ekspektasi.DiBawah, PredikatKinerja.ButuhPerbaikan },
        { PredikatKinerjaOrganisasi.Kurang, Ekspektasi.DiBawah, Ekspektasi.DiBawah, PredikatKinerja.SangatKurang },
        { PredikatKinerjaOrganisasi.Kurang, Ekspektasi.Sesuai, Ekspektasi.DiBawah, PredikatKinerja.ButuhPerbaikan },
        { PredikatKinerjaOrganisasi.Kurang, Ekspektasi.DiAtas, Ekspektasi.DiBawah, PredikatKinerja.ButuhPerbaikan },
        { PredikatKinerjaOrganisasi.SangatKurang, Ekspektasi.DiBawah, Ekspektasi.DiBawah, PredikatKinerja.SangatKurang },
        { PredikatKinerjaOrganisasi.SangatKurang, Ekspektasi.Sesuai, Ekspektasi.DiBawah, PredikatKinerja.ButuhPerbaikan },
        { PredikatKinerjaOrganisasi.SangatKurang, Ekspektasi.DiAtas, Ekspektasi.DiBawah, PredikatKinerja.ButuhPerbaikan },
    };

    [Theory]
    [MemberData(nameof(TabelPimpinan))]
    public void EvaluateKepalaUnit_DefaultMapping_GivesTheMappedRowOfTheQuadrant(PredikatKinerjaOrganisasi organisasi, Ekspektasi perilaku, Ekspektasi hasilTerpetakan, PredikatKinerja expected)
    {
        var result = Kuadran.EvaluateKepalaUnit(organisasi, perilaku);

        Assert.Equal(expected, result.Predikat);
        Assert.Equal(hasilTerpetakan, result.RatingHasilKerja);
        Assert.Equal(perilaku, result.RatingPerilakuKerja);
        var explanation = result.Explanation;
        Assert.Equal(RuleSetId.PermenPanRb6Tahun2022, explanation.RuleSet);
        Assert.Equal("AturanKepalaUnit → Kuadran[hasil=" + hasilTerpetakan + ",perilaku=" + perilaku + "]", explanation.Rule);
        Assert.Equal(RegulationNames.SeMenPanRb3Tahun2023, explanation.Source.Regulation);
        Assert.Contains(FindingValue.Of("predikatOrganisasi", organisasi.ToLabel()), explanation.Inputs);
        var policy = Assert.Single(explanation.Policies);
        Assert.Equal("PemetaanRatingPimpinan", policy.Name);
        Assert.True(policy.IsDefault);
        Assert.StartsWith("Bawaan", policy.Choice, StringComparison.Ordinal);
        Assert.Contains("Bawaan", explanation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_Mapping_IsIstimewaDiAtasBaikSesuaiRestDiBawah()
    {
        var map = PemetaanRatingPimpinan.Default;

        Assert.True(map.IsDefault);
        Assert.Equal(Ekspektasi.DiAtas, map.Map(PredikatKinerjaOrganisasi.Istimewa));
        Assert.Equal(Ekspektasi.Sesuai, map.Map(PredikatKinerjaOrganisasi.Baik));
        Assert.Equal(Ekspektasi.DiBawah, map.Map(PredikatKinerjaOrganisasi.ButuhPerbaikan));
        Assert.Equal(Ekspektasi.DiBawah, map.Map(PredikatKinerjaOrganisasi.Kurang));
        Assert.Equal(Ekspektasi.DiBawah, map.Map(PredikatKinerjaOrganisasi.SangatKurang));
        Assert.Equal(5, map.Mapping.Count);
    }

    [Fact]
    public void EvaluateKepalaUnit_CustomMapping_IsUsedAndNamedAsNonDefault()
    {
        var lunak = new PemetaanRatingPimpinan("Lunak", new Dictionary<PredikatKinerjaOrganisasi, Ekspektasi>
        {
            [PredikatKinerjaOrganisasi.SangatKurang] = Ekspektasi.DiBawah,
            [PredikatKinerjaOrganisasi.Kurang] = Ekspektasi.DiBawah,
            [PredikatKinerjaOrganisasi.ButuhPerbaikan] = Ekspektasi.Sesuai,
            [PredikatKinerjaOrganisasi.Baik] = Ekspektasi.Sesuai,
            [PredikatKinerjaOrganisasi.Istimewa] = Ekspektasi.DiAtas,
        });

        var result = Kuadran.WithPemetaan(lunak).EvaluateKepalaUnit(PredikatKinerjaOrganisasi.ButuhPerbaikan, Ekspektasi.Sesuai);

        // Butuh Perbaikan → Sesuai under this mapping; hasil Sesuai, perilaku Sesuai → Baik.
        Assert.Equal(Ekspektasi.Sesuai, result.RatingHasilKerja);
        Assert.Equal(PredikatKinerja.Baik, result.Predikat);
        var policy = Assert.Single(result.Explanation.Policies);
        Assert.False(policy.IsDefault);
        Assert.StartsWith("Lunak", policy.Choice, StringComparison.Ordinal);
        Assert.Contains("Lunak", result.Explanation.GetDescription(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void PemetaanRatingPimpinan_NonMonotoneMapping_IsRejected()
    {
        var map = new Dictionary<PredikatKinerjaOrganisasi, Ekspektasi>
        {
            [PredikatKinerjaOrganisasi.SangatKurang] = Ekspektasi.DiBawah,
            [PredikatKinerjaOrganisasi.Kurang] = Ekspektasi.DiBawah,
            [PredikatKinerjaOrganisasi.ButuhPerbaikan] = Ekspektasi.DiBawah,
            [PredikatKinerjaOrganisasi.Baik] = Ekspektasi.DiAtas,
            [PredikatKinerjaOrganisasi.Istimewa] = Ekspektasi.Sesuai,
        };

        var e = Assert.Throws<ArgumentException>(() => new PemetaanRatingPimpinan("Salah", map));
        Assert.Contains("monotone", e.Message, StringComparison.Ordinal);
        Assert.Equal("mapping", e.ParamName);
    }

    [Fact]
    public void PemetaanRatingPimpinan_MissingAndUndefinedEntries_AreReportedTogether()
    {
        var map = new Dictionary<PredikatKinerjaOrganisasi, Ekspektasi>
        {
            [PredikatKinerjaOrganisasi.Kurang] = Ekspektasi.DiBawah,
            [PredikatKinerjaOrganisasi.ButuhPerbaikan] = Ekspektasi.DiBawah,
            [PredikatKinerjaOrganisasi.Baik] = (Ekspektasi)7,
        };

        var e = Assert.Throws<ArgumentException>(() => new PemetaanRatingPimpinan("Kurang lengkap", map));
        Assert.Contains("No rating for SangatKurang", e.Message, StringComparison.Ordinal);
        Assert.Contains("No rating for Istimewa", e.Message, StringComparison.Ordinal);
        Assert.Contains("The rating for Baik is undefined (7)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PemetaanRatingPimpinan_BlankName_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new PemetaanRatingPimpinan(" ", PemetaanRatingPimpinan.Default.Mapping));
    }

    [Property(MaxTest = 300)]
    public Property EvaluateKepalaUnit_WhenTheOrganisationPredicateRises_NeverFalls_UnderAnyMonotoneMapping()
    {
        var organisasi = Enumerable.Range(1, 5).Select(i => (PredikatKinerjaOrganisasi)i).ToArray();
        var ratings = new[] { Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiAtas };

        // A monotone mapping: five ratings drawn and sorted.
        var mappingGen = Gen.Elements(ratings).ArrayOf(5).Select(a => a.OrderBy(r => r).ToArray())
            .Select(a => new PemetaanRatingPimpinan("Acak", organisasi.ToDictionary(o => o, o => a[(int)o - 1])));
        var gen =
            from useDefault in Gen.Elements(true, false)
            from mapping in mappingGen
            from o1 in Gen.Elements(organisasi)
            from o2 in Gen.Elements(organisasi.Where(o => o >= o1).ToArray())
            from perilaku in Gen.Elements(ratings)
            select (map: useDefault ? PemetaanRatingPimpinan.Default : mapping, o1, o2, perilaku);

        return Prop.ForAll(gen.ToArbitrary(), x =>
            Kuadran.WithPemetaan(x.map).EvaluateKepalaUnit(x.o2, x.perilaku).Predikat >= Kuadran.WithPemetaan(x.map).EvaluateKepalaUnit(x.o1, x.perilaku).Predikat);
    }

    private static readonly Nip Ppk = Nip.Parse("198503122010011003");

    [Fact]
    public void KeputusanPredikat_Terima_KeepsTheComputedPredicateAndItsExplanation()
    {
        var terhitung = Kuadran.Evaluate(Ekspektasi.Sesuai, Ekspektasi.Sesuai);

        var keputusan = KeputusanPredikat.Terima(terhitung);

        Assert.False(keputusan.IsOverride);
        Assert.Equal(PredikatKinerja.Baik, keputusan.Ditetapkan);
        Assert.Same(terhitung, keputusan.Terhitung);
        Assert.Null(keputusan.DitetapkanOleh);
        Assert.Null(keputusan.Tanggal);
        Assert.Null(keputusan.Alasan);
        Assert.Equal(terhitung.Explanation, keputusan.Explain());
    }

    [Fact]
    public void KeputusanPredikat_Ubah_ExplainsWhoWhenAndWhy()
    {
        var terhitung = Kuadran.Evaluate(Ekspektasi.DiAtas, Ekspektasi.DiAtas);

        var keputusan = KeputusanPredikat.Ubah(terhitung, PredikatKinerja.Baik, Ppk, new LocalDate(2025, 1, 20), "Kalibrasi pola distribusi unit");

        Assert.True(keputusan.IsOverride);
        Assert.Equal(PredikatKinerja.SangatBaik, keputusan.Terhitung.Predikat);
        Assert.Equal(PredikatKinerja.Baik, keputusan.Ditetapkan);
        var e = keputusan.Explain();
        Assert.Equal("KeputusanPpk", e.Rule);
        Assert.Contains(FindingValue.Of("terhitung", "Sangat Baik"), e.Inputs);
        Assert.Contains(FindingValue.Of("ditetapkan", "Baik"), e.Inputs);
        Assert.Contains(FindingValue.Of("oleh", Ppk.ToString()), e.Inputs);
        Assert.Contains(FindingValue.Of("tanggal", "2025-01-20"), e.Inputs);
        Assert.Contains(FindingValue.Of("alasan", "Kalibrasi pola distribusi unit"), e.Inputs);
        Assert.Contains(FindingValue.Of("aturanTerhitung", "Kuadran[hasil=DiAtas,perilaku=DiAtas]"), e.Inputs);
        Assert.Contains("2025-01-20", e.Description, StringComparison.Ordinal);
        Assert.Contains("Kalibrasi pola distribusi unit", e.GetDescription(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void KeputusanPredikat_Ubah_InvalidArguments_Throw()
    {
        var terhitung = Kuadran.Evaluate(Ekspektasi.Sesuai, Ekspektasi.Sesuai);
        var date = new LocalDate(2025, 1, 20);

        Assert.Throws<ArgumentException>(() => KeputusanPredikat.Ubah(terhitung, PredikatKinerja.Baik, Ppk, date, "sama"));
        Assert.Throws<ArgumentException>(() => KeputusanPredikat.Ubah(terhitung, PredikatKinerja.SangatBaik, default(Nip), date, "alasan"));
        Assert.Throws<ArgumentException>(() => KeputusanPredikat.Ubah(terhitung, PredikatKinerja.SangatBaik, Ppk, date, "  "));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeputusanPredikat.Ubah(terhitung, (PredikatKinerja)9, Ppk, date, "alasan"));
        Assert.Throws<ArgumentNullException>(() => KeputusanPredikat.Terima(null!));
    }

    [Property(MaxTest = 200)]
    public Property KeputusanPredikat_AnyOverride_KeepsBothPredicatesAndExplainsWhoWhenWhy()
    {
        var ratings = new[] { Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiAtas };
        var predikat = Enumerable.Range(1, 5).Select(i => (PredikatKinerja)i).ToArray();
        var gen =
            from h in Gen.Elements(ratings)
            from p in Gen.Elements(ratings)
            from ditetapkan in Gen.Elements(predikat)
            from hari in Gen.Choose(0, 700)
            from alasan in Gen.Elements("Kalibrasi", "Keberatan diterima", "Hasil banding")
            select (h, p, ditetapkan, tanggal: new LocalDate(2024, 1, 1).PlusDays(hari), alasan);

        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var terhitung = Kuadran.Evaluate(x.h, x.p);
            if (x.ditetapkan == terhitung.Predikat)
            {
                var terima = KeputusanPredikat.Terima(terhitung);
                return !terima.IsOverride && terima.Explain() == terhitung.Explanation;
            }

            var k = KeputusanPredikat.Ubah(terhitung, x.ditetapkan, Ppk, x.tanggal, x.alasan);
            var e = k.Explain();
            return k.IsOverride
                && k.Terhitung.Predikat == terhitung.Predikat
                && k.Ditetapkan == x.ditetapkan
                && k.DitetapkanOleh == Pejabat.Asn(Ppk)
                && k.Tanggal == x.tanggal
                && e.Inputs.Contains(FindingValue.Of("terhitung", terhitung.Predikat.ToLabel()))
                && e.Inputs.Contains(FindingValue.Of("ditetapkan", x.ditetapkan.ToLabel()))
                && e.Inputs.Contains(FindingValue.Of("oleh", Ppk.ToString()))
                && e.Inputs.Contains(FindingValue.Of("alasan", x.alasan))
                && e.Description.Contains(x.tanggal.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        });
    }
}
