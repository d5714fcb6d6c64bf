using System.Globalization;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static AsnKinerja.BehaviourRubric.Tests.RubricFixtures;

namespace AsnKinerja.BehaviourRubric.Tests;

public class PerilakuKerjaRulesTests
{
    private static readonly LocalDate Akhir2024 = new(2024, 12, 31);

    private static PenilaianPerilakuKerja RatingOlehPpk(Ekspektasi rating = Ekspektasi.Sesuai) => new(rating, Ppk, new LocalDate(2025, 1, 10));

    [Fact]
    public void Validate_CompleteRecord_NoFindings()
    {
        var catatan = new CatatanPerilakuKerja(Skp2024(), PpkSemuaNilai(Ekspektasi.Sesuai), RatingOlehPpk());

        var result = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan);

        Assert.Empty(result.Findings);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_ExpectationWithoutPpkFeedback_Bhv001ForThoseValuesOnly()
    {
        var entries = PpkSemuaNilai(Ekspektasi.Sesuai)
            .Where(u => u.Nilai is not (NilaiBerakhlak.Kompeten or NilaiBerakhlak.Kolaboratif or NilaiBerakhlak.Loyal))
            .Append(Dari(SumberUmpanBalik.RekanKerja, "R-1", NilaiBerakhlak.Kolaboratif, new LocalDate(2024, 8, 1)));
        var catatan = new CatatanPerilakuKerja(Skp2024(), entries);

        var result = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan);

        // Loyal has no feedback either, but carries no specific expectation.
        Assert.Equal(new[] { "BHV001", "BHV001" }, result.Findings.Select(f => f.Code));
        Assert.Equal(new[] { "KO", "KL" }, result.Findings.Select(f => f.Subject));
        Assert.Equal(
            "Nilai Kompeten pada SKP 'SKP-2024-01' memiliki ekspektasi khusus pimpinan tetapi tidak ada umpan balik dari Pejabat Penilai Kinerja dalam periode Tahun 2024.",
            result.Findings[0].Message);
    }

    [Fact]
    public void Validate_ExpectationWithoutFeedback_NotReportedBeforeThePeriodEnds()
    {
        var catatan = new CatatanPerilakuKerja(Skp2024(), Array.Empty<UmpanBalik>());

        Assert.False(PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan, new LocalDate(2024, 12, 30)).Has("BHV001"));
        Assert.True(PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan, Akhir2024).Has("BHV001"));
        Assert.True(PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan).Has("BHV001"));
    }

    [Fact]
    public void Validate_CheckDateInAnotherCalendar_ThrowsArgumentExceptionNamingTheDate()
    {
        var catatan = new CatatanPerilakuKerja(Skp2024(), Array.Empty<UmpanBalik>());
        var julian = new LocalDate(2024, 12, 30, CalendarSystem.Julian);

        var e = Assert.Throws<ArgumentException>(() => PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan, julian));

        Assert.Equal("tanggalPemeriksaan", e.ParamName);
    }

    [Fact]
    public void Validate_FeedbackWithoutEvidence_Bhv002()
    {
        var tanpaBukti = new UmpanBalik("UB-X", NilaiBerakhlak.Harmonis, SumberUmpanBalik.PejabatPenilai, new LocalDate(2024, 4, 2), "Membantu rekan", new[] { " ", "" });
        var catatan = new CatatanPerilakuKerja(Skp2024(), PpkSemuaNilai(Ekspektasi.Sesuai).Append(tanpaBukti));

        var f = Assert.Single(PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan).Findings);

        Assert.Equal("BHV002", f.Code);
        Assert.Equal("UB-X", f.Subject);
        Assert.Empty(tanpaBukti.BuktiDukung);
        Assert.Equal("Feedback 'UB-X' on the value Harmonis names no evidence (bukti dukung).", f.GetMessage(Cultures.Get("en-US")));
    }

    [Fact]
    public void Validate_RatingWithNoFeedbackAtAll_Bhv003()
    {
        var skp = new SkpBuilder("SKP-2", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "U", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(new PejabatPenilaiKinerja(Ppk, Jabatan.Struktural(JenisJabatan.Pengawas)))
            .AddSemuaNilaiBerakhlak()
            .Build();
        var catatan = new CatatanPerilakuKerja(skp, Array.Empty<UmpanBalik>(), RatingOlehPpk(Ekspektasi.DiAtas));

        var f = Assert.Single(PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan).Findings);

        Assert.Equal("BHV003", f.Code);
        Assert.Equal("DiAtas", f.GetValue("rating"));
    }

    [Fact]
    public void Validate_RatingWhoseOnlyBasisIsPeerFeedback_Bhv004()
    {
        var entries = new[]
        {
            Dari(SumberUmpanBalik.RekanKerja, "R-1", NilaiBerakhlak.Kompeten, new LocalDate(2024, 3, 3)),
            Dari(SumberUmpanBalik.Bawahan, "S-1", NilaiBerakhlak.Kolaboratif, new LocalDate(2024, 5, 3)),
        };
        var catatan = new CatatanPerilakuKerja(Skp2024(), entries, RatingOlehPpk());

        var result = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan);

        Assert.Equal(new[] { "BHV001", "BHV001", "BHV004" }, result.Findings.Select(f => f.Code));
        Assert.Equal("2", result.Findings[2].GetValue("jumlah"));
        Assert.False(result.Has("BHV003"));
    }

    [Fact]
    public void Validate_AssessmentOnPeerOrSubordinateEntry_Bhv005AndIgnoredBySuggestion()
    {
        var peer = Dari(SumberUmpanBalik.Bawahan, "S-9", NilaiBerakhlak.Akuntabel, new LocalDate(2024, 11, 1), Ekspektasi.DiBawah);
        var catatan = new CatatanPerilakuKerja(Skp2024(), PpkSemuaNilai(Ekspektasi.DiAtas).Append(peer));

        var f = Assert.Single(PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan).Findings);

        Assert.Equal("BHV005", f.Code);
        Assert.Equal("Bawahan", f.GetValue("sumber"));
        Assert.Equal(Ekspektasi.DiAtas, PerilakuKerjaRules.SeMenPanRb20Tahun2021.Suggest(catatan).Saran);
    }

    [Fact]
    public void Validate_FeedbackOutsideThePeriod_Bhv006AndNotCounted()
    {
        var late = DariPpk("UB-L", NilaiBerakhlak.Kompeten, new LocalDate(2025, 1, 5), Ekspektasi.DiBawah);
        var catatan = new CatatanPerilakuKerja(Skp2024(), PpkSemuaNilai(Ekspektasi.Sesuai).Append(late));

        var f = Assert.Single(PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan).Findings);

        Assert.Equal("BHV006", f.Code);
        Assert.Equal("Umpan balik 'UB-L' bertanggal 2025-01-05, di luar periode SKP 'SKP-2024-01' (Tahun 2024).", f.Message);
        Assert.Equal(Ekspektasi.Sesuai, catatan.GetPenilaianNilai().Get(NilaiBerakhlak.Kompeten));
    }

    [Fact]
    public void Validate_RatingRecordedByAnotherOfficial_Bhv007Error()
    {
        var catatan = new CatatanPerilakuKerja(Skp2024(), PpkSemuaNilai(Ekspektasi.Sesuai), new PenilaianPerilakuKerja(Ekspektasi.Sesuai, Rekan, new LocalDate(2025, 1, 3)));

        var result = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan);

        var f = Assert.Single(result.Findings);
        Assert.Equal("BHV007", f.Code);
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Validate_RatingOfAJptEvaluatedByARegent_IsNotBhv007()
    {
        // The regent has no NIP: the recorder of the rating cannot be compared with the PPK, so no false BHV007.
        var skp = Skp2024().ToBuilder().WithPejabatPenilai(new PejabatPenilaiKinerja(Pejabat.NonAsn(JabatanNonAsn.Bupati, "Drs. H. Contoh", "Bupati Sleman"))).Build();
        var catatan = new CatatanPerilakuKerja(skp, PpkSemuaNilai(Ekspektasi.Sesuai), new PenilaianPerilakuKerja(Ekspektasi.Sesuai, Rekan, new LocalDate(2025, 1, 3)));

        Assert.DoesNotContain(PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan).Findings, f => f.Code == "BHV007");
    }

    [Property(MaxTest = 200)]
    public Property Validate_AnyOrderOfFeedback_SameFindingsInSameOrder()
    {
        var entryGen =
            from nilai in Gen.Elements(SemuaNilai)
            from sumber in Gen.Elements(SumberUmpanBalik.PejabatPenilai, SumberUmpanBalik.RekanKerja, SumberUmpanBalik.Bawahan)
            from bulan in Gen.Choose(1, 14)
            from bukti in Gen.Choose(0, 2)
            from penilaian in Gen.Elements<Ekspektasi?>(null, Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiAtas)
            from key in Gen.Choose(0, 1000)
            select (nilai, sumber, bulan, bukti, penilaian, key);
        var arb = (from entries in entryGen.ArrayOf()
                   from rated in Gen.Elements(true, false)
                   select (entries, rated)).ToArbitrary();

        return Prop.ForAll(arb, x =>
        {
            var entries = x.entries.Select((e, i) => (Entry: new UmpanBalik(
                "UB-" + i.ToString(CultureInfo.InvariantCulture),
                e.nilai,
                e.sumber,
                new LocalDate(2023 + ((e.bulan - 1) / 12), ((e.bulan - 1) % 12) + 1, 15),
                "x",
                Enumerable.Repeat("bukti", e.bukti),
                e.penilaian), e.key)).ToArray();
            var rating = x.rated ? RatingOlehPpk() : null;
            var asGiven = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(new CatatanPerilakuKerja(Skp2024(), entries.Select(p => p.Entry), rating)).Findings;
            var shuffled = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(new CatatanPerilakuKerja(Skp2024(), entries.OrderBy(p => p.key).Select(p => p.Entry), rating)).Findings;
            var reversed = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(new CatatanPerilakuKerja(Skp2024(), entries.Reverse().Select(p => p.Entry), rating)).Findings;
            return asGiven.SequenceEqual(shuffled) && asGiven.SequenceEqual(reversed);
        });
    }

    [Fact]
    public void Validate_UnderEveryCulture_SameFindingsAndMessages()
    {
        var entries = new[]
        {
            DariPpk("UB-L", NilaiBerakhlak.Kompeten, new LocalDate(2025, 1, 5), Ekspektasi.DiBawah),
            Dari(SumberUmpanBalik.RekanKerja, "R-1", NilaiBerakhlak.Akuntabel, new LocalDate(2024, 3, 3), Ekspektasi.DiAtas),
        };
        var catatan = new CatatanPerilakuKerja(Skp2024(), entries, new PenilaianPerilakuKerja(Ekspektasi.Sesuai, Rekan, new LocalDate(2025, 1, 3)));

        var results = Cultures.UnderEach(() => string.Join("\n", PerilakuKerjaRules.SeMenPanRb20Tahun2021.Validate(catatan).Findings.Select(f => f + " / " + f.GetMessage(Cultures.Get("en-US")))));

        Assert.Single(results.Distinct(StringComparer.Ordinal));
        Assert.Contains("2025-01-05", results[0], StringComparison.Ordinal);
    }

    [Fact]
    public void CatatanPerilakuKerja_DuplicateIdsOrNulls_Throw()
    {
        var a = DariPpk("UB-1", NilaiBerakhlak.Loyal, new LocalDate(2024, 2, 2));
        var b = DariPpk("UB-1", NilaiBerakhlak.Adaptif, new LocalDate(2024, 3, 2));

        Assert.Throws<ArgumentException>(() => new CatatanPerilakuKerja(Skp2024(), new[] { a, b }));
        Assert.Throws<ArgumentException>(() => new CatatanPerilakuKerja(Skp2024(), new[] { a, null! }));
        Assert.Throws<ArgumentNullException>(() => new CatatanPerilakuKerja(null!, new[] { a }));
        Assert.Throws<ArgumentException>(() => new CatatanPerilakuKerja(Skp2024(), new[] { a }).WithUmpanBalik(new[] { b }));
    }

    [Fact]
    public void CatatanPerilakuKerja_ReadsExpectationsAndFeedbackPerValue()
    {
        var catatan = new CatatanPerilakuKerja(Skp2024(), PpkSemuaNilai(Ekspektasi.Sesuai).Reverse());

        Assert.Equal("Menjadi mentor bagi dua pegawai baru", catatan.GetEkspektasiKhusus(NilaiBerakhlak.Kompeten));
        Assert.Null(catatan.GetEkspektasiKhusus(NilaiBerakhlak.Loyal));
        Assert.Equal(new[] { "UB-3" }, catatan.GetUmpanBalik(NilaiBerakhlak.Kompeten).Select(u => u.Id));
        Assert.Equal(catatan.UmpanBalik.OrderBy(u => u.Tanggal).Select(u => u.Id), catatan.UmpanBalik.Select(u => u.Id));
        Assert.True(catatan.GetPenilaianNilai().IsLengkap);
        Assert.Same(catatan.Skp, catatan.WithPenilaian(RatingOlehPpk()).Skp);
    }

    [Fact]
    public void UmpanBalik_ProgrammerErrors_Throw()
    {
        var t = new LocalDate(2024, 1, 2);
        Assert.Throws<ArgumentException>(() => new UmpanBalik(" ", NilaiBerakhlak.Loyal, SumberUmpanBalik.PejabatPenilai, t, "x", Array.Empty<string>()));
        Assert.Throws<ArgumentException>(() => new UmpanBalik("a", NilaiBerakhlak.Loyal, SumberUmpanBalik.PejabatPenilai, t, "", Array.Empty<string>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UmpanBalik("a", NilaiBerakhlak.Loyal, (SumberUmpanBalik)0, t, "x", Array.Empty<string>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UmpanBalik("a", (NilaiBerakhlak)9, SumberUmpanBalik.PejabatPenilai, t, "x", Array.Empty<string>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UmpanBalik("a", NilaiBerakhlak.Loyal, SumberUmpanBalik.PejabatPenilai, t, "x", Array.Empty<string>(), (Ekspektasi)0));
        Assert.Throws<ArgumentNullException>(() => new UmpanBalik("a", NilaiBerakhlak.Loyal, SumberUmpanBalik.PejabatPenilai, t, "x", null!));
    }

    [Fact]
    public void PerilakuKerjaFindings_All_StableCodesInOrderWithBothLanguages()
    {
        Assert.Equal(
            new[] { "BHV001", "BHV002", "BHV003", "BHV004", "BHV005", "BHV006", "BHV007", "BHV008" },
            PerilakuKerjaFindings.All.Select(d => d.Code));
        Assert.All(PerilakuKerjaFindings.All, d =>
        {
            Assert.NotEqual(d.Message.Indonesian, d.Message.English);
            Assert.NotEqual(Confidence.Low, d.Source.Confidence);
        });
        Assert.Equal(FindingSeverity.Error, PerilakuKerjaFindings.RatingBukanOlehPpk.Severity);
        Assert.Equal(FindingSeverity.Warning, PerilakuKerjaFindings.UmpanBalikTanpaBuktiDukung.Severity);
    }

    [Fact]
    public void SeMenPanRb20Tahun2021_Default_IsTheBehaviourDomainWithItsCatalogueAndPolicy()
    {
        var rules = PerilakuKerjaRules.SeMenPanRb20Tahun2021;

        Assert.Same(RuleSet.SeMenPanRb20Tahun2021, rules.RuleSet);
        Assert.Equal(RuleDomain.PerilakuKerja, rules.Domain);
        Assert.Same(KatalogBerakhlak.SeMenPanRb20Tahun2021, rules.Katalog);
        Assert.Same(PerilakuKerjaOptions.Default, rules.Options);
        Assert.Same(KebijakanSaranPerilaku.SatuDiBawah, rules.Options.KebijakanSaran);
        Assert.Equal(new[] { new AppliedPolicy("SaranRatingPerilaku", "SatuDiBawah", true) }, rules.Policies.ToArray());
        Assert.Equal(new[] { rules }, PerilakuKerjaRules.All.ToArray());
    }

    [Fact]
    public void WithOptions_Mayoritas_SuggestsUnderThatPolicyAndNamesTheRuleSet()
    {
        var rules = PerilakuKerjaRules.SeMenPanRb20Tahun2021.WithOptions(new PerilakuKerjaOptions(KebijakanSaranPerilaku.Mayoritas));
        var catatan = new CatatanPerilakuKerja(Skp2024(), PpkSemuaNilai(Ekspektasi.DiAtas));

        var saran = rules.Suggest(catatan);

        Assert.Same(RuleSet.SeMenPanRb20Tahun2021, rules.RuleSet);
        Assert.Equal(new[] { new AppliedPolicy("SaranRatingPerilaku", "Mayoritas", false) }, rules.Policies.ToArray());
        Assert.Same(KebijakanSaranPerilaku.Mayoritas, saran.Kebijakan);
        Assert.Equal(RuleSetId.SeMenPanRb20Tahun2021, saran.RuleSet);
        Assert.Equal(RuleSetId.SeMenPanRb20Tahun2021, saran.Explanation.RuleSet);
        Assert.Equal(Ekspektasi.DiAtas, saran.Saran);
        Assert.Equal(RuleSetId.SeMenPanRb20Tahun2021, rules.Explain(new PenilaianPerilakuKerja(Ekspektasi.DiAtas, Ppk, Akhir2024, saran)).RuleSet);
    }

    [Fact]
    public void Explain_DecisionOnASuggestionOfAnotherRuleSet_Throws()
    {
        var lain = RatingPerilakuKerja.Suggest(PenilaianNilaiBerakhlak.Semua(Ekspektasi.Sesuai), KebijakanSaranPerilaku.Default, new RuleSetId("SeInstansiUji2030"));
        var keputusan = new PenilaianPerilakuKerja(Ekspektasi.Sesuai, Ppk, Akhir2024, lain);

        var e = Assert.Throws<ArgumentException>(() => PerilakuKerjaRules.SeMenPanRb20Tahun2021.Explain(keputusan));

        Assert.Contains("SeInstansiUji2030", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesObject_NullArguments_Throw()
    {
        var rules = PerilakuKerjaRules.SeMenPanRb20Tahun2021;

        Assert.Throws<ArgumentNullException>(() => rules.WithOptions(null!));
        Assert.Throws<ArgumentNullException>(() => rules.Validate(null!, null));
        Assert.Throws<ArgumentNullException>(() => rules.Suggest((PenilaianNilaiBerakhlak)null!));
        Assert.Throws<ArgumentNullException>(() => rules.Suggest((CatatanPerilakuKerja)null!));
        Assert.Throws<ArgumentNullException>(() => rules.Explain(null!));
        Assert.Throws<ArgumentNullException>(() => PerilakuKerjaRulesExtensions.Validate(null!, new CatatanPerilakuKerja(Skp2024(), Array.Empty<UmpanBalik>())));
    }
}
