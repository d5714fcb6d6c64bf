using System.Globalization;
using System.Text;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// Labels and aliases of PermenPANRB 6/2022 §4 and SE MenPANRB 3/2023 §6: <em>Butuh Perbaikan</em> = <em>Cukup</em>,
/// <em>Kurang/Misconduct</em> = <em>Kurang</em> = <em>Misconduct</em>, spacing and case variants, the misspelling
/// <em>Ekspetasi</em>. Unknown labels are an error, never a silent default.
/// </summary>
public sealed class AsnLabelsTests
{
    public static TheoryData<string, Ekspektasi> EkspektasiLabels => new()
    {
        { "Di Atas Ekspektasi", Ekspektasi.DiAtas },
        { "Di Atas", Ekspektasi.DiAtas },
        { "diatas", Ekspektasi.DiAtas },
        { "DIATAS", Ekspektasi.DiAtas },
        { "di atas", Ekspektasi.DiAtas },
        { "Di Atas Ekspetasi", Ekspektasi.DiAtas },
        { "DI ATAS EKSPEKTASI", Ekspektasi.DiAtas },
        { "diatas ekspektasi", Ekspektasi.DiAtas },
        { "  Di  Atas  Ekspektasi  ", Ekspektasi.DiAtas },
        { "Sesuai", Ekspektasi.Sesuai },
        { "Sesuai Ekspektasi", Ekspektasi.Sesuai },
        { "SESUAI", Ekspektasi.Sesuai },
        { "sesuai ekspetasi", Ekspektasi.Sesuai },
        { "SESUAI EKSPEKTASI", Ekspektasi.Sesuai },
        { "Di Bawah Ekspektasi", Ekspektasi.DiBawah },
        { "Di Bawah", Ekspektasi.DiBawah },
        { "dibawah", Ekspektasi.DiBawah },
        { "DIBAWAH", Ekspektasi.DiBawah },
        { "di bawah", Ekspektasi.DiBawah },
        { "Di Bawah Ekspetasi", Ekspektasi.DiBawah },
        { "\tdi bawah ekspektasi\n", Ekspektasi.DiBawah },
        { "Di\u00A0Atas\u00A0Ekspektasi", Ekspektasi.DiAtas }, // non-breaking spaces, as pasted from a PDF
    };

    public static TheoryData<string, PredikatKinerja> PredikatLabels => new()
    {
        { "Sangat Baik", PredikatKinerja.SangatBaik },
        { "SANGAT BAIK", PredikatKinerja.SangatBaik },
        { "sangatbaik", PredikatKinerja.SangatBaik },
        { "Baik", PredikatKinerja.Baik },
        { "BAIK", PredikatKinerja.Baik },
        { " baik ", PredikatKinerja.Baik },
        { "Butuh Perbaikan", PredikatKinerja.ButuhPerbaikan },
        { "butuh perbaikan", PredikatKinerja.ButuhPerbaikan },
        { "BUTUHPERBAIKAN", PredikatKinerja.ButuhPerbaikan },
        { "Cukup", PredikatKinerja.ButuhPerbaikan },
        { "CUKUP", PredikatKinerja.ButuhPerbaikan },
        { "Cukup/Butuh Perbaikan", PredikatKinerja.ButuhPerbaikan },
        { "Cukup / Butuh Perbaikan", PredikatKinerja.ButuhPerbaikan },
        { "Butuh Perbaikan/Cukup", PredikatKinerja.ButuhPerbaikan },
        { "Kurang/Misconduct", PredikatKinerja.KurangMisconduct },
        { "Kurang", PredikatKinerja.KurangMisconduct },
        { "Misconduct", PredikatKinerja.KurangMisconduct },
        { "KURANG / MISCONDUCT", PredikatKinerja.KurangMisconduct },
        { "kurang/misconduct", PredikatKinerja.KurangMisconduct },
        { "MISCONDUCT", PredikatKinerja.KurangMisconduct },
        { "Sangat Kurang", PredikatKinerja.SangatKurang },
        { "SANGAT KURANG", PredikatKinerja.SangatKurang },
        { "sangat kurang", PredikatKinerja.SangatKurang },
    };

    public static TheoryData<string, PredikatKinerjaOrganisasi> OrganisasiLabels => new()
    {
        { "Istimewa", PredikatKinerjaOrganisasi.Istimewa },
        { "ISTIMEWA", PredikatKinerjaOrganisasi.Istimewa },
        { "istimewa", PredikatKinerjaOrganisasi.Istimewa },
        { "Baik", PredikatKinerjaOrganisasi.Baik },
        { "Butuh Perbaikan", PredikatKinerjaOrganisasi.ButuhPerbaikan },
        { "Cukup", PredikatKinerjaOrganisasi.ButuhPerbaikan },
        { "cukup", PredikatKinerjaOrganisasi.ButuhPerbaikan },
        { "Cukup/Butuh Perbaikan", PredikatKinerjaOrganisasi.ButuhPerbaikan },
        { "Butuh Perbaikan/Cukup", PredikatKinerjaOrganisasi.ButuhPerbaikan },
        { "Kurang", PredikatKinerjaOrganisasi.Kurang },
        { "KURANG", PredikatKinerjaOrganisasi.Kurang },
        { "Sangat Kurang", PredikatKinerjaOrganisasi.SangatKurang },
    };

    public static TheoryData<string> UnknownEkspektasi => new() { "", "   ", "Ekspektasi", "Di", "Atas", "Bawah", "Sangat", "Tinggi", "Baik", "Di Atas Sekali", "Sesuai Harapan" };

    public static TheoryData<string> UnknownPredikat => new() { "", "  ", "Sangat", "Baik Sekali", "Istimewa", "Cukup Baik", "Sangat Istimewa", "Kurang Baik", "Di Atas Ekspektasi", "Misconduct/Kurang/Baik" };

    public static TheoryData<string> UnknownOrganisasi => new() { "", "Sangat", "Sangat Baik", "Misconduct", "Kurang/Misconduct", "Cukup Baik", "Baik Sekali", "Sangat Istimewa" };

    [Theory]
    [MemberData(nameof(EkspektasiLabels))]
    public void ParseEkspektasi_KnownLabelOrAlias_ReturnsRating(string label, Ekspektasi expected)
    {
        Assert.Equal(expected, AsnLabels.ParseEkspektasi(label));
        Assert.True(AsnLabels.TryParseEkspektasi(label, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [MemberData(nameof(PredikatLabels))]
    public void ParsePredikatKinerja_KnownLabelOrAlias_ReturnsPredicate(string label, PredikatKinerja expected)
    {
        Assert.Equal(expected, AsnLabels.ParsePredikatKinerja(label));
        Assert.True(AsnLabels.TryParsePredikatKinerja(label, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [MemberData(nameof(OrganisasiLabels))]
    public void ParsePredikatKinerjaOrganisasi_KnownLabelOrAlias_ReturnsPredicate(string label, PredikatKinerjaOrganisasi expected)
    {
        Assert.Equal(expected, AsnLabels.ParsePredikatKinerjaOrganisasi(label));
        Assert.True(AsnLabels.TryParsePredikatKinerjaOrganisasi(label, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [MemberData(nameof(UnknownEkspektasi))]
    public void ParseEkspektasi_UnknownLabel_ThrowsFormatExceptionQuotingInput(string label)
    {
        var e = Assert.Throws<FormatException>(() => AsnLabels.ParseEkspektasi(label));
        Assert.Contains("'" + label + "'", e.Message, StringComparison.Ordinal);
        Assert.False(AsnLabels.TryParseEkspektasi(label, out _));
    }

    [Theory]
    [MemberData(nameof(UnknownPredikat))]
    public void ParsePredikatKinerja_UnknownLabel_ThrowsFormatExceptionQuotingInput(string label)
    {
        var e = Assert.Throws<FormatException>(() => AsnLabels.ParsePredikatKinerja(label));
        Assert.Contains("'" + label + "'", e.Message, StringComparison.Ordinal);
        Assert.False(AsnLabels.TryParsePredikatKinerja(label, out _));
    }

    [Theory]
    [MemberData(nameof(UnknownOrganisasi))]
    public void ParsePredikatKinerjaOrganisasi_UnknownLabel_ThrowsFormatExceptionQuotingInput(string label)
    {
        var e = Assert.Throws<FormatException>(() => AsnLabels.ParsePredikatKinerjaOrganisasi(label));
        Assert.Contains("'" + label + "'", e.Message, StringComparison.Ordinal);
        Assert.False(AsnLabels.TryParsePredikatKinerjaOrganisasi(label, out _));
    }

    /// <summary>
    /// Look-alikes of ASCII letters: the Kelvin sign (U+212A, which Unicode lower-cases to <c>k</c>), the long s
    /// (U+017F, upper-cased to <c>S</c> by ICU), the dotless and dotted Turkish i, fullwidth letters. None is the letter
    /// it resembles.
    /// </summary>
    public static TheoryData<string> LookAlikes => new()
    {
        "\u212Aurang", "Sangat \u212Aurang", "\u212AURANG/MISCONDUCT", "Sangat Bai\u212A", "\u017Fangat Baik", "Ba\u0131k", "Ba\u0130k",
        "\uFF22aik", "Di Atas E\u212Aspektasi", "\u017Fesuai", "Mi\u017Fconduct", "Cu\u212Aup",
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void TryParse_LookAlikeOfAnAsciiLetter_IsNotThatLetter(string label)
    {
        Assert.False(AsnLabels.TryParseEkspektasi(label, out _));
        Assert.False(AsnLabels.TryParsePredikatKinerja(label, out _));
        Assert.False(AsnLabels.TryParsePredikatKinerjaOrganisasi(label, out _));
        Assert.Throws<FormatException>(() => AsnLabels.ParsePredikatKinerja(label));
    }

    [Fact]
    public void ParsePredikatKinerja_HugeLabel_MessageQuotesTheFirst64CharactersAndTheLength()
    {
        var label = "x" + new string('y', 5_000_000);

        var e = Assert.Throws<FormatException>(() => AsnLabels.ParsePredikatKinerja(label));

        Assert.StartsWith("'x" + new string('y', 63) + "…' (5000001 characters) is not a known employee predicate", e.Message, StringComparison.Ordinal);
        Assert.True(e.Message.Length < 400, e.Message.Length.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ParseEkspektasi_LabelOf65CharactersEndingInASurrogatePair_NeverCutsThePair()
    {
        var label = new string('a', 63) + "\uD83D\uDE00" + "b";

        var e = Assert.Throws<FormatException>(() => AsnLabels.ParseEkspektasi(label));

        Assert.StartsWith("'" + new string('a', 63) + "…' (66 characters)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsePredikatKinerjaOrganisasi_LabelOf64Characters_IsQuotedWhole()
    {
        var label = new string('z', 64);

        var e = Assert.Throws<FormatException>(() => AsnLabels.ParsePredikatKinerjaOrganisasi(label));

        Assert.StartsWith("'" + label + "' is not", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => AsnLabels.ParseEkspektasi(null!));
        Assert.Throws<ArgumentNullException>(() => AsnLabels.ParsePredikatKinerja(null!));
        Assert.Throws<ArgumentNullException>(() => AsnLabels.ParsePredikatKinerjaOrganisasi(null!));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(AsnLabels.TryParseEkspektasi(null, out _));
        Assert.False(AsnLabels.TryParsePredikatKinerja(null, out _));
        Assert.False(AsnLabels.TryParsePredikatKinerjaOrganisasi(null, out _));
    }

    [Fact]
    public void ToLabel_EveryRating_IsTheRegulationsWording()
    {
        Assert.Equal("Di Bawah Ekspektasi", Ekspektasi.DiBawah.ToLabel());
        Assert.Equal("Sesuai Ekspektasi", Ekspektasi.Sesuai.ToLabel());
        Assert.Equal("Di Atas Ekspektasi", Ekspektasi.DiAtas.ToLabel());
    }

    [Fact]
    public void ToLabel_EveryPredicate_IsTheRegulationsWording()
    {
        Assert.Equal("Sangat Kurang", PredikatKinerja.SangatKurang.ToLabel());
        Assert.Equal("Kurang/Misconduct", PredikatKinerja.KurangMisconduct.ToLabel());
        Assert.Equal("Butuh Perbaikan", PredikatKinerja.ButuhPerbaikan.ToLabel());
        Assert.Equal("Baik", PredikatKinerja.Baik.ToLabel());
        Assert.Equal("Sangat Baik", PredikatKinerja.SangatBaik.ToLabel());
    }

    [Fact]
    public void ToLabel_EveryOrganisationPredicate_IsTheCircularsWording()
    {
        Assert.Equal("Sangat Kurang", PredikatKinerjaOrganisasi.SangatKurang.ToLabel());
        Assert.Equal("Kurang", PredikatKinerjaOrganisasi.Kurang.ToLabel());
        Assert.Equal("Butuh Perbaikan", PredikatKinerjaOrganisasi.ButuhPerbaikan.ToLabel());
        Assert.Equal("Baik", PredikatKinerjaOrganisasi.Baik.ToLabel());
        Assert.Equal("Istimewa", PredikatKinerjaOrganisasi.Istimewa.ToLabel());
    }

    [Fact]
    public void ToLabel_UndefinedValue_ThrowsArgumentOutOfRangeException()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => default(Ekspektasi).ToLabel());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Ekspektasi)9).ToLabel());
        Assert.Throws<ArgumentOutOfRangeException>(() => default(PredikatKinerja).ToLabel());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((PredikatKinerja)6).ToLabel());
        Assert.Throws<ArgumentOutOfRangeException>(() => default(PredikatKinerjaOrganisasi).ToLabel());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((PredikatKinerjaOrganisasi)byte.MaxValue).ToLabel());
    }

    [Property(MaxTest = 50)]
    public Property ToLabelThenParse_EveryValue_RoundTrips() =>
        Prop.ForAll(Gen.Elements(AllEkspektasi).ToArbitrary(), v => AsnLabels.ParseEkspektasi(v.ToLabel()) == v).Label("Ekspektasi")
            .And(Prop.ForAll(Gen.Elements(AllPredikat).ToArbitrary(), v => AsnLabels.ParsePredikatKinerja(v.ToLabel()) == v).Label("PredikatKinerja"))
            .And(Prop.ForAll(Gen.Elements(AllOrganisasi).ToArbitrary(), v => AsnLabels.ParsePredikatKinerjaOrganisasi(v.ToLabel()) == v).Label("PredikatKinerjaOrganisasi"));

    [Property(MaxTest = 300)]
    public Property ParseEkspektasi_RandomCaseAndSpacing_GivesSameRating()
    {
        var gen = LabelVariant(EkspektasiLabels.Select(r => ((string)r[0], (Ekspektasi)r[1])).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), c => AsnLabels.ParseEkspektasi(c.Variant) == c.Expected);
    }

    [Property(MaxTest = 300)]
    public Property ParsePredikatKinerja_RandomCaseAndSpacing_GivesSamePredicate()
    {
        var gen = LabelVariant(PredikatLabels.Select(r => ((string)r[0], (PredikatKinerja)r[1])).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), c => AsnLabels.ParsePredikatKinerja(c.Variant) == c.Expected);
    }

    [Property(MaxTest = 300)]
    public Property ParsePredikatKinerjaOrganisasi_RandomCaseAndSpacing_GivesSamePredicate()
    {
        var gen = LabelVariant(OrganisasiLabels.Select(r => ((string)r[0], (PredikatKinerjaOrganisasi)r[1])).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), c => AsnLabels.ParsePredikatKinerjaOrganisasi(c.Variant) == c.Expected);
    }

    [Property(MaxTest = 100)]
    public Property Parse_UnderEveryCulture_GivesSameResult()
    {
        // tr-TR lower-cases 'I' to dotless 'ı': MISCONDUCT, ISTIMEWA and DIATAS must still parse.
        var gen = LabelVariant(PredikatLabels.Select(r => ((string)r[0], (PredikatKinerja)r[1])).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), c =>
            Cultures.UnderEach(() => AsnLabels.ParsePredikatKinerja(c.Variant)).All(p => p == c.Expected));
    }

    [Fact]
    public void Parse_UpperCaseLabelsUnderEveryCulture_GiveTheSameValue()
    {
        foreach (var culture in Cultures.All)
        {
            Assert.Equal(PredikatKinerja.KurangMisconduct, Cultures.Under(culture, () => AsnLabels.ParsePredikatKinerja("MISCONDUCT")));
            Assert.Equal(PredikatKinerja.KurangMisconduct, Cultures.Under(culture, () => AsnLabels.ParsePredikatKinerja("KURANG / MISCONDUCT")));
            Assert.Equal(PredikatKinerjaOrganisasi.Istimewa, Cultures.Under(culture, () => AsnLabels.ParsePredikatKinerjaOrganisasi("ISTIMEWA")));
            Assert.Equal(Ekspektasi.DiAtas, Cultures.Under(culture, () => AsnLabels.ParseEkspektasi("DIATAS")));
            Assert.Equal(Ekspektasi.DiAtas, Cultures.Under(culture, () => AsnLabels.ParseEkspektasi("DI ATAS EKSPEKTASI")));
            Assert.Equal(Ekspektasi.DiBawah, Cultures.Under(culture, () => AsnLabels.ParseEkspektasi("DIBAWAH")));
            Assert.False(Cultures.Under(culture, () => AsnLabels.TryParsePredikatKinerja("Istimewa", out _)));
        }
    }

    [Fact]
    public void ToLabel_UnderEveryCulture_GivesSameText()
    {
        var labels = Cultures.UnderEach(() => string.Join("|",
            AllEkspektasi.Select(v => v.ToLabel()).Concat(AllPredikat.Select(v => v.ToLabel())).Concat(AllOrganisasi.Select(v => v.ToLabel()))));
        Assert.Single(labels.Distinct());
    }

    private static readonly Ekspektasi[] AllEkspektasi = { Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiAtas };

    private static readonly PredikatKinerja[] AllPredikat =
    {
        PredikatKinerja.SangatKurang, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.Baik, PredikatKinerja.SangatBaik,
    };

    private static readonly PredikatKinerjaOrganisasi[] AllOrganisasi =
    {
        PredikatKinerjaOrganisasi.SangatKurang, PredikatKinerjaOrganisasi.Kurang, PredikatKinerjaOrganisasi.ButuhPerbaikan,
        PredikatKinerjaOrganisasi.Baik, PredikatKinerjaOrganisasi.Istimewa,
    };

    /// <summary>
    /// A known label rewritten with random ASCII casing, and with 0–3 spaces (or tabs) around and between its words
    /// and around a slash; zero spaces between words gives the joined spelling (<c>diatas</c>).
    /// </summary>
    private static Gen<(string Variant, T Expected)> LabelVariant<T>((string Label, T Expected)[] labels) =>
        from pick in Gen.Elements(labels)
        let words = Tokens(pick.Label)
        from upper in Gen.Elements(true, false).ArrayOf(pick.Label.Length)
        from gaps in Gen.Choose(0, 3).ArrayOf(words.Count + 1)
        from tab in Gen.Elements(true, false)
        select (Render(words, upper, gaps, tab ? '\t' : ' '), pick.Expected);

    private static List<string> Tokens(string label)
    {
        var tokens = new List<string>();
        foreach (var word in label.Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = word.Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    tokens.Add("/");
                }

                if (parts[i].Length > 0)
                {
                    tokens.Add(parts[i]);
                }
            }
        }

        return tokens;
    }

    private static string Render(List<string> words, bool[] upper, int[] gaps, char space)
    {
        var builder = new StringBuilder();
        var letter = 0;
        for (var w = 0; w < words.Count; w++)
        {
            builder.Append(space, gaps[w]);
            foreach (var c in words[w])
            {
                builder.Append(upper[letter++ % upper.Length] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            }
        }

        builder.Append(space, gaps[words.Count]);
        return builder.ToString();
    }
}
