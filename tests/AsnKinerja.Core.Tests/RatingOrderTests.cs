using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// The orders of PermenPANRB 6/2022 §4 and SE MenPANRB 3/2023 §6, worst to best. One public implementation ranks
/// Kurang above Butuh Perbaikan; these tests pin the regulation's order.
/// </summary>
public sealed class RatingOrderTests
{
    private static readonly PredikatKinerja[] PredikatWorstToBest =
    {
        PredikatKinerja.SangatKurang, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.Baik, PredikatKinerja.SangatBaik,
    };

    private static readonly Ekspektasi[] EkspektasiWorstToBest = { Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiAtas };

    private static readonly PredikatKinerjaOrganisasi[] OrganisasiWorstToBest =
    {
        PredikatKinerjaOrganisasi.SangatKurang, PredikatKinerjaOrganisasi.Kurang, PredikatKinerjaOrganisasi.ButuhPerbaikan,
        PredikatKinerjaOrganisasi.Baik, PredikatKinerjaOrganisasi.Istimewa,
    };

    [Fact]
    public void PredikatKinerja_Comparison_FollowsRegulationWorstToBest()
    {
        Assert.True(PredikatKinerja.SangatKurang < PredikatKinerja.KurangMisconduct);
        Assert.True(PredikatKinerja.KurangMisconduct < PredikatKinerja.ButuhPerbaikan);
        Assert.True(PredikatKinerja.ButuhPerbaikan < PredikatKinerja.Baik);
        Assert.True(PredikatKinerja.Baik < PredikatKinerja.SangatBaik);
    }

    [Fact]
    public void Ekspektasi_Comparison_FollowsRegulationWorstToBest()
    {
        Assert.True(Ekspektasi.DiBawah < Ekspektasi.Sesuai);
        Assert.True(Ekspektasi.Sesuai < Ekspektasi.DiAtas);
    }

    [Fact]
    public void PredikatKinerjaOrganisasi_Comparison_FollowsCircularWorstToBest()
    {
        Assert.True(PredikatKinerjaOrganisasi.SangatKurang < PredikatKinerjaOrganisasi.Kurang);
        Assert.True(PredikatKinerjaOrganisasi.Kurang < PredikatKinerjaOrganisasi.ButuhPerbaikan);
        Assert.True(PredikatKinerjaOrganisasi.ButuhPerbaikan < PredikatKinerjaOrganisasi.Baik);
        Assert.True(PredikatKinerjaOrganisasi.Baik < PredikatKinerjaOrganisasi.Istimewa);
    }

    [Fact]
    public void Enums_DefinedMembers_AreExactlyTheRegulationsLevels()
    {
        Assert.Equal(PredikatWorstToBest, Enum.GetValues<PredikatKinerja>().OrderBy(p => p));
        Assert.Equal(EkspektasiWorstToBest, Enum.GetValues<Ekspektasi>().OrderBy(p => p));
        Assert.Equal(OrganisasiWorstToBest, Enum.GetValues<PredikatKinerjaOrganisasi>().OrderBy(p => p));
    }

    [Fact]
    public void Enums_Default_IsNotADefinedMember()
    {
        Assert.False(Enum.IsDefined(default(PredikatKinerja)));
        Assert.False(Enum.IsDefined(default(Ekspektasi)));
        Assert.False(Enum.IsDefined(default(PredikatKinerjaOrganisasi)));
    }

    [Property]
    public Property Sort_ShuffledPredicates_GivesWorstToBest()
    {
        var gen = Gen.Shuffle(PredikatWorstToBest.Concat(PredikatWorstToBest).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), shuffled =>
            shuffled.OrderBy(p => p).SequenceEqual(PredikatWorstToBest.SelectMany(p => new[] { p, p })));
    }

    [Property]
    public Property Sort_ShuffledRatings_GivesWorstToBest()
    {
        return Prop.ForAll(Gen.Shuffle(EkspektasiWorstToBest).ToArbitrary(), shuffled =>
            shuffled.OrderBy(p => p).SequenceEqual(EkspektasiWorstToBest));
    }

    [Property]
    public Property Sort_ShuffledOrganisationPredicates_GivesWorstToBest()
    {
        return Prop.ForAll(Gen.Shuffle(OrganisasiWorstToBest).ToArbitrary(), shuffled =>
            shuffled.OrderBy(p => p).SequenceEqual(OrganisasiWorstToBest));
    }

    [Property]
    public Property Comparison_AnyTwoPredicates_IsATotalOrderMatchingTheRegulationsRank()
    {
        var pair = Gen.Elements(PredikatWorstToBest).Two();
        return Prop.ForAll(pair.ToArbitrary(), p =>
        {
            var (a, b) = p;
            var rankA = Array.IndexOf(PredikatWorstToBest, a);
            var rankB = Array.IndexOf(PredikatWorstToBest, b);
            return (a < b) == (rankA < rankB) && (a == b) == (rankA == rankB) && ((a < b) || (b < a) || (a == b))
                && a.CompareTo(b) == -b.CompareTo(a);
        });
    }
}
