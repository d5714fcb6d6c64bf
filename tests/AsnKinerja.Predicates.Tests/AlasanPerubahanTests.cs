using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static AsnKinerja.Predicates.Tests.AturanUji;

namespace AsnKinerja.Predicates.Tests;

/// <summary>A change's reason as text (<see cref="PerubahanPredikat.GetAlasan(Language)"/>) is its explanation's description.</summary>
public sealed class AlasanPerubahanTests
{
    private static readonly PredikatKinerjaOrganisasi[] Organisasi = Enum.GetValues<PredikatKinerjaOrganisasi>();
    private static readonly PredikatKinerja[] Predikat = Enum.GetValues<PredikatKinerja>();

    private static Gen<(PredikatKinerjaOrganisasi Org, PegawaiKalibrasi[] Pegawai)> Units =>
        from org in Gen.Elements(Organisasi)
        from n in Gen.Choose(1, 60)
        from predikat in Gen.ArrayOf(Gen.Elements(Predikat), n)
        from scores in Gen.Choose(0, 2)
        from skor in Gen.ArrayOf(Gen.Choose(600, 999), n)
        select (org, predikat.Select((p, i) => new PegawaiKalibrasi(N(i), p, scores == 0 || (scores == 1 && i % 3 == 0) ? null : skor[i] / 10m)).ToArray());

    [Property(MaxTest = 300)]
    public Property GetAlasan_EveryChangeOfAnyUnit_IsTheExplanationsDescriptionInBothLanguages() => Prop.ForAll(Units.ToArbitrary(), x =>
    {
        var usulan = Distribusi().Kalibrasi("U", x.Org, x.Pegawai);
        return usulan.Perubahan.All(c =>
            c.GetAlasan(Language.Indonesian) == c.Alasan.GetDescription(Language.Indonesian)
            && c.GetAlasan(Language.English) == c.Alasan.GetDescription(Language.English));
    });

    [Fact]
    public void GetAlasan_AChange_NamesTheTargetsAndTheScore()
    {
        var pegawai = Enumerable.Range(0, 9).Select(i => new PegawaiKalibrasi(N(i), PredikatKinerja.SangatBaik, i + 0.5m)).ToArray();
        var change = Distribusi().Kalibrasi("U", PredikatKinerjaOrganisasi.Istimewa, pegawai).Perubahan[0];

        Assert.Contains("(skor 0.5)", change.GetAlasan(Language.Indonesian), StringComparison.Ordinal);
        Assert.Contains("(score 0.5)", change.GetAlasan(Language.English), StringComparison.Ordinal);
        Assert.Equal(change.Alasan.Description, change.GetAlasan(Language.Indonesian));
        Assert.Throws<ArgumentOutOfRangeException>(() => change.GetAlasan((Language)9));
    }
}
