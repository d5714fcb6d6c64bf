using System.Globalization;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using static AsnKinerja.BehaviourRubric.Tests.RubricFixtures;

namespace AsnKinerja.BehaviourRubric.Tests;

public class RatingPerilakuKerjaTests
{
    private const Ekspektasi B = Ekspektasi.DiBawah;
    private const Ekspektasi S = Ekspektasi.Sesuai;
    private const Ekspektasi A = Ekspektasi.DiAtas;

    // Expected suggestions written from the policy definitions (docs/behaviour-rubric.md), not from the code.
    // Columns: the seven assessments (BO AK KO HA LO AD KL), then SatuDiBawah, Mayoritas, SemuaDiAtas.
    public static readonly TheoryData<Ekspektasi[], Ekspektasi, Ekspektasi, Ekspektasi> Cases = new()
    {
        { new[] { S, S, S, S, S, S, S }, S, S, S },
        { new[] { A, A, A, A, A, A, A }, A, A, A },
        { new[] { B, B, B, B, B, B, B }, B, B, B },
        { new[] { A, A, A, A, A, A, B }, B, A, B },   // one below: below for SatuDiBawah and SemuaDiAtas, majority above
        { new[] { A, A, A, A, S, S, S }, A, A, S },   // 4 of 7 above, none below
        { new[] { A, A, A, S, S, S, S }, S, S, S },   // 3 of 7 above: not more than half
        { new[] { A, A, A, A, A, A, S }, A, A, S },   // all but one above: SemuaDiAtas wants all seven
        { new[] { B, B, B, A, A, A, A }, B, A, B },   // majority above despite three below
        { new[] { B, B, B, B, A, A, A }, B, B, B },   // majority below
        { new[] { A, A, A, S, S, B, B }, B, S, B },   // 3-2-2: no majority, median Sesuai
        { new[] { A, A, A, B, B, B, S }, B, S, B },   // 3-3-1: no majority, median Sesuai
        { new[] { B, B, B, S, S, S, A }, B, S, B },   // 3-3-1 the other way: median Sesuai
        { new[] { B, B, S, A, A, A, S }, B, S, B },   // 2-2-3 (B, S, A): median Sesuai
        { new[] { S, S, S, A, A, A, B }, B, S, B },   // 1-3-3: median Sesuai
        { new[] { B, B, B, S, A, A, A }, B, S, B },   // 3-1-3: median Sesuai
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Suggest_BuiltInPolicies_GiveTheDefinedSuggestion(Ekspektasi[] tujuh, Ekspektasi satuDiBawah, Ekspektasi mayoritas, Ekspektasi semuaDiAtas)
    {
        var penilaian = Penilaian(tujuh);

        Assert.Equal(satuDiBawah, PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(KebijakanSaranPerilaku.SatuDiBawah)).Suggest(penilaian).Saran);
        Assert.Equal(mayoritas, PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(KebijakanSaranPerilaku.Mayoritas)).Suggest(penilaian).Saran);
        Assert.Equal(semuaDiAtas, PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(KebijakanSaranPerilaku.SemuaDiAtas)).Suggest(penilaian).Saran);
    }

    [Fact]
    public void Suggest_NoPolicy_UsesSatuDiBawahAndReportsItAsDefault()
    {
        var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Suggest(Penilaian(A, A, A, A, A, A, B));

        Assert.Same(KebijakanSaranPerilaku.SatuDiBawah, saran.Kebijakan);
        Assert.Equal(B, saran.Saran);
        Assert.Equal(new[] { new AppliedPolicy("SaranRatingPerilaku", "SatuDiBawah", true) }, saran.Explanation.Policies);
    }

    [Fact]
    public void Suggest_Explanation_SaysItIsASuggestionFromALibraryPolicyWithLowConfidence()
    {
        var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(KebijakanSaranPerilaku.Mayoritas)).Suggest(Penilaian(S, S, S, S, S, S, S));
        var e = saran.Explanation;

        Assert.Equal(RegulationNames.KebijakanPustaka, e.Source.Regulation);
        Assert.Equal(Confidence.Low, e.Source.Confidence);
        Assert.Equal("SaranRatingPerilaku[Mayoritas]", e.Rule);
        Assert.StartsWith("Saran, bukan ketentuan peraturan", e.Description, StringComparison.Ordinal);
        Assert.StartsWith("A suggestion, not the regulation", e.GetDescription(Language.English), StringComparison.Ordinal);
        Assert.Equal(new[] { new AppliedPolicy("SaranRatingPerilaku", "Mayoritas", false) }, e.Policies);
        Assert.Contains(FindingValue.Of("KO", "Sesuai"), e.Inputs);
        Assert.Contains(FindingValue.Of("jumlahSesuai", 7), e.Inputs);
        Assert.Empty(saran.Findings);
    }

    [Fact]
    public void Suggest_MissingValues_NoSuggestionAndOneFindingPerMissingValue()
    {
        var penilaian = Penilaian(A, A, A, A, A, A, A).Without(NilaiBerakhlak.Loyal).Without(NilaiBerakhlak.Akuntabel);

        var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(KebijakanSaranPerilaku.SemuaDiAtas)).Suggest(penilaian);

        Assert.False(saran.IsAvailable);
        Assert.Null(saran.Saran);
        Assert.Equal(new[] { "BHV008", "BHV008" }, saran.Findings.Select(f => f.Code));
        Assert.Equal(new[] { "AK", "LO" }, saran.Findings.Select(f => f.Subject));
        Assert.Equal("Akuntabel", saran.Findings[0].GetValue("nilai"));
        Assert.Equal("SaranRatingPerilaku[SemuaDiAtas]:TidakLengkap", saran.Explanation.Rule);
        Assert.Contains(FindingValue.Of("LO", "-"), saran.Explanation.Inputs);
    }

    [Fact]
    public void Suggest_NothingAssessed_NoSuggestionAndSevenFindings()
    {
        var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Suggest(PenilaianNilaiBerakhlak.Kosong);

        Assert.False(saran.IsAvailable);
        Assert.Equal(7, saran.Findings.Length);
        Assert.All(saran.Findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
    }

    [Fact]
    public void Custom_CallerPolicy_IsNamedAndExplainedAsTheCallers()
    {
        var kebijakan = KebijakanSaranPerilaku.Custom(
            "AkuntabelMenentukan",
            new LocalizedText("Saran mengikuti penilaian nilai Akuntabel.", "The suggestion follows the assessment of Akuntabel."),
            a => a.Penilaian.Get(NilaiBerakhlak.Akuntabel)!.Value);

        var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(kebijakan)).Suggest(Penilaian(B, A, B, B, B, B, B));

        Assert.Equal(A, saran.Saran);
        Assert.False(kebijakan.IsBuiltIn);
        Assert.False(kebijakan.IsDefault);
        Assert.Contains("kebijakan khusus pemanggil", saran.Explanation.Description, StringComparison.Ordinal);
        Assert.Contains("Saran mengikuti penilaian nilai Akuntabel.", saran.Explanation.Description, StringComparison.Ordinal);
        Assert.Contains("(the caller's custom policy): The suggestion follows the assessment of Akuntabel.", saran.Explanation.GetDescription(Language.English), StringComparison.Ordinal);
        Assert.Equal(Confidence.Low, saran.Explanation.Source.Confidence);
        Assert.Equal(new[] { new AppliedPolicy("SaranRatingPerilaku", "AkuntabelMenentukan", false) }, saran.Explanation.Policies);
    }

    [Fact]
    public void Custom_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => KebijakanSaranPerilaku.Custom("Mayoritas", new LocalizedText("x", "x"), _ => S));
        Assert.Throws<ArgumentException>(() => KebijakanSaranPerilaku.Custom(" ", new LocalizedText("x", "x"), _ => S));
        Assert.Throws<ArgumentNullException>(() => KebijakanSaranPerilaku.Custom("X", new LocalizedText("x", "x"), null!));
        Assert.Throws<ArgumentNullException>(() => KebijakanSaranPerilaku.Custom("X", null!, _ => S));
        Assert.Throws<ArgumentException>(() => KebijakanSaranPerilaku.Custom("X", new LocalizedText("x", " "), _ => S));
        var bad = KebijakanSaranPerilaku.Custom("Rusak", new LocalizedText("x", "x"), _ => (Ekspektasi)9);
        Assert.Throws<InvalidOperationException>(() => PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(bad)).Suggest(Penilaian(S, S, S, S, S, S, S)));
    }

    [Fact]
    public void Suggest_CustomPolicy_IsNotCalledWhenAValueIsMissing()
    {
        var called = false;
        var kebijakan = KebijakanSaranPerilaku.Custom("Pencatat", new LocalizedText("x", "x"), _ =>
        {
            called = true;
            return S;
        });

        var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(kebijakan)).Suggest(PenilaianNilaiBerakhlak.Semua(S).Without(NilaiBerakhlak.Harmonis));

        Assert.False(called);
        Assert.False(saran.IsAvailable);
    }

    [Property(MaxTest = 300)]
    public Property Suggest_BuiltInPolicies_NeverRiseWhenOneValueFalls()
    {
        var arb = (from tujuh in Gen.Elements(B, S, A).ArrayOf(7)
                   from index in Gen.Choose(0, 6)
                   select (tujuh, index)).ToArbitrary();

        return Prop.ForAll(arb, x =>
        {
            var (tujuh, index) = x;
            if (tujuh[index] == B)
            {
                return true;
            }

            var before = Penilaian(tujuh);
            var after = before.With(SemuaNilai[index], tujuh[index] - 1);
            return KebijakanSaranPerilaku.BuiltIn.All(k =>
                PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(k)).Suggest(after).Saran!.Value <= PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(k)).Suggest(before).Saran!.Value);
        });
    }

    [Property(MaxTest = 200)]
    public Property Suggest_BuiltInPolicies_DependOnlyOnTheCountsNotOnWhichValue()
    {
        var arb = (from tujuh in Gen.Elements(B, S, A).ArrayOf(7)
                   from shift in Gen.Choose(1, 6)
                   select (tujuh, shift)).ToArbitrary();

        return Prop.ForAll(arb, x =>
        {
            var rotated = x.tujuh.Skip(x.shift).Concat(x.tujuh.Take(x.shift)).ToArray();
            return KebijakanSaranPerilaku.BuiltIn.All(k =>
                PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(k)).Suggest(Penilaian(x.tujuh)).Saran == PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(k)).Suggest(Penilaian(rotated)).Saran);
        });
    }

    [Property(MaxTest = 200)]
    public Property Suggest_Mayoritas_IsTheMajorityLevelWhenOneExists()
    {
        var arb = Gen.Elements(B, S, A).ArrayOf(7).ToArbitrary();

        return Prop.ForAll(arb, tujuh =>
        {
            var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(KebijakanSaranPerilaku.Mayoritas)).Suggest(Penilaian(tujuh)).Saran!.Value;
            var majority = tujuh.GroupBy(t => t).Where(g => g.Count() >= 4).Select(g => (Ekspektasi?)g.Key).SingleOrDefault();
            var sorted = tujuh.OrderBy(t => t).ToArray();
            return saran == sorted[3] && (majority is null || saran == majority);
        });
    }

    [Property(MaxTest = 200)]
    public Property Suggest_BuiltInPolicies_AreBetweenTheWorstAndTheBestAssessment()
    {
        var arb = Gen.Elements(B, S, A).ArrayOf(7).ToArbitrary();

        return Prop.ForAll(arb, tujuh => KebijakanSaranPerilaku.BuiltIn.All(k =>
        {
            var s = PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(k)).Suggest(Penilaian(tujuh)).Saran!.Value;
            return s >= tujuh.Min() && s <= tujuh.Max();
        }));
    }

    [Fact]
    public void Suggest_UnderEveryCulture_SameSuggestionAndExplanationText()
    {
        var penilaian = Penilaian(A, A, A, S, S, B, B);

        var results = Cultures.UnderEach(() =>
        {
            var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(KebijakanSaranPerilaku.Mayoritas)).Suggest(penilaian);
            return saran.Saran + "|" + saran.Explanation + "|" + saran.Explanation.ToString(Cultures.Get("en-US"));
        });

        Assert.Single(results.Distinct(StringComparer.Ordinal));
        Assert.StartsWith("Sesuai|", results[0], StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltIn_ThreePoliciesWithStableNames()
    {
        Assert.Equal(new[] { "SatuDiBawah", "Mayoritas", "SemuaDiAtas" }, KebijakanSaranPerilaku.BuiltIn.Select(k => k.Name));
        Assert.Same(KebijakanSaranPerilaku.SatuDiBawah, KebijakanSaranPerilaku.Default);
        Assert.All(KebijakanSaranPerilaku.BuiltIn, k => Assert.True(k.IsBuiltIn));
    }
}
