using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// SIASN codes (regulation reference §4, [M-H]): ratings 1 = Di Atas, 2 = Sesuai, 3 = Di Bawah; predicate
/// (<c>kuadranKinerjaNilai</c>) 1 = Sangat Baik, 2 = Baik, 3 = Butuh Perbaikan, 4 = Kurang/Misconduct, 5 = Sangat Kurang.
/// SIASN numbers best first, the reverse of the enums.
/// </summary>
public sealed class SiasnCodecTests
{
    public static TheoryData<int, Ekspektasi> RatingCodes => new()
    {
        { 1, Ekspektasi.DiAtas },
        { 2, Ekspektasi.Sesuai },
        { 3, Ekspektasi.DiBawah },
    };

    public static TheoryData<int, PredikatKinerja> PredikatCodes => new()
    {
        { 1, PredikatKinerja.SangatBaik },
        { 2, PredikatKinerja.Baik },
        { 3, PredikatKinerja.ButuhPerbaikan },
        { 4, PredikatKinerja.KurangMisconduct },
        { 5, PredikatKinerja.SangatKurang },
    };

    [Theory]
    [MemberData(nameof(RatingCodes))]
    public void EkspektasiCodec_EveryCode_IsPinned(int code, Ekspektasi rating)
    {
        Assert.Equal(code, SiasnCodec.ToSiasnCode(rating));
        Assert.Equal(rating, SiasnCodec.EkspektasiFromSiasnCode(code));
        Assert.True(SiasnCodec.TryEkspektasiFromSiasnCode(code, out var read));
        Assert.Equal(rating, read);
    }

    [Theory]
    [MemberData(nameof(PredikatCodes))]
    public void PredikatCodec_EveryCode_IsPinned(int code, PredikatKinerja predikat)
    {
        Assert.Equal(code, SiasnCodec.ToSiasnCode(predikat));
        Assert.Equal(predikat, SiasnCodec.PredikatKinerjaFromSiasnCode(code));
        Assert.True(SiasnCodec.TryPredikatKinerjaFromSiasnCode(code, out var read));
        Assert.Equal(predikat, read);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void EkspektasiFromSiasnCode_OutOfRange_IsRejected(int code)
    {
        var e = Assert.Throws<FormatException>(() => SiasnCodec.EkspektasiFromSiasnCode(code));
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        Assert.False(SiasnCodec.TryEkspektasiFromSiasnCode(code, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void PredikatKinerjaFromSiasnCode_OutOfRange_IsRejected(int code)
    {
        var e = Assert.Throws<FormatException>(() => SiasnCodec.PredikatKinerjaFromSiasnCode(code));
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        Assert.False(SiasnCodec.TryPredikatKinerjaFromSiasnCode(code, out _));
    }

    [Fact]
    public void ToSiasnCode_UndefinedEnumValue_ThrowsArgumentOutOfRangeException()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SiasnCodec.ToSiasnCode((PredikatKinerja)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SiasnCodec.ToSiasnCode((PredikatKinerja)6));
        Assert.Throws<ArgumentOutOfRangeException>(() => SiasnCodec.ToSiasnCode((PredikatKinerja)byte.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => SiasnCodec.ToSiasnCode((Ekspektasi)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SiasnCodec.ToSiasnCode((Ekspektasi)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => SiasnCodec.ToSiasnCode((Ekspektasi)4));
    }

    [Fact]
    public void ToSiasnCode_NeverTheEnumsNumericValue_ForTheExtremes()
    {
        // The classic integration bug: casting the enum. Sangat Baik is 1 in SIASN; Di Atas is 1 in SIASN.
        Assert.NotEqual((int)PredikatKinerja.SangatBaik, SiasnCodec.ToSiasnCode(PredikatKinerja.SangatBaik));
        Assert.NotEqual((int)Ekspektasi.DiAtas, SiasnCodec.ToSiasnCode(Ekspektasi.DiAtas));
    }

    [Property(MaxTest = 50)]
    public Property Codec_EnumToCodeToEnum_RoundTrips()
    {
        var ratings = Gen.Elements(Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiAtas);
        var ratingsRoundTrip = Prop.ForAll(ratings.ToArbitrary(), r => SiasnCodec.EkspektasiFromSiasnCode(SiasnCodec.ToSiasnCode(r)) == r);

        var predicates = Gen.Elements(PredikatKinerja.SangatKurang, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.Baik, PredikatKinerja.SangatBaik);
        var predicatesRoundTrip = Prop.ForAll(predicates.ToArbitrary(), p => SiasnCodec.PredikatKinerjaFromSiasnCode(SiasnCodec.ToSiasnCode(p)) == p);
        return ratingsRoundTrip.Label("Ekspektasi").And(predicatesRoundTrip.Label("PredikatKinerja"));
    }

    [Property(MaxTest = 300)]
    public Property Codec_CodeToEnumToCode_RoundTripsForValidCodesAndRejectsOthers()
    {
        var codes = Gen.OneOf(Gen.Choose(-10, 10), Gen.Choose(int.MinValue, int.MaxValue));
        return Prop.ForAll(codes.ToArbitrary(), code =>
        {
            var ratingValid = code is >= 1 and <= 3;
            var predicateValid = code is >= 1 and <= 5;
            var ratingOk = SiasnCodec.TryEkspektasiFromSiasnCode(code, out var r) == ratingValid && (!ratingValid || SiasnCodec.ToSiasnCode(r) == code);
            var predicateOk = SiasnCodec.TryPredikatKinerjaFromSiasnCode(code, out var p) == predicateValid && (!predicateValid || SiasnCodec.ToSiasnCode(p) == code);
            return ratingOk && predicateOk;
        });
    }

    [Property(MaxTest = 100)]
    public Property Codec_BetterPredicate_HasSmallerCode()
    {
        var pair = Gen.Elements(PredikatKinerja.SangatKurang, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.Baik, PredikatKinerja.SangatBaik).Two();
        return Prop.ForAll(pair.ToArbitrary(), t =>
            (t.Item1 < t.Item2) == (SiasnCodec.ToSiasnCode(t.Item1) > SiasnCodec.ToSiasnCode(t.Item2)));
    }

    [Fact]
    public void Codec_UnderEveryCulture_GivesSameCodes()
    {
        var results = Cultures.UnderEach(() => string.Join(",",
            Enumerable.Range(1, 5).Select(c => SiasnCodec.PredikatKinerjaFromSiasnCode(c).ToString())
                .Concat(Enumerable.Range(1, 3).Select(c => SiasnCodec.EkspektasiFromSiasnCode(c).ToString()))));
        Assert.Single(results.Distinct());
    }
}
