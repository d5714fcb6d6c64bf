using NodaTime;
using static AsnKinerja.BehaviourRubric.Tests.RubricFixtures;

namespace AsnKinerja.BehaviourRubric.Tests;

public class PenilaianPerilakuKerjaTests
{
    private static readonly LocalDate Tanggal = new(2025, 1, 15);

    [Fact]
    public void Constructor_SameAsSuggestion_NeedsNoReasonAndExplainsBoth()
    {
        var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Suggest(PenilaianNilaiBerakhlak.Semua(Ekspektasi.Sesuai));

        var keputusan = new PenilaianPerilakuKerja(Ekspektasi.Sesuai, Ppk, Tanggal, saran);
        var e = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Explain(keputusan);

        Assert.False(keputusan.BerbedaDariSaran);
        Assert.Null(keputusan.Alasan);
        Assert.Equal("KeputusanPpk[SamaDenganSaran]", e.Rule);
        Assert.Equal(RegulationNames.PermenPanRb6Tahun2022, e.Source.Regulation);
        Assert.Equal(Confidence.High, e.Source.Confidence);
        Assert.Contains(FindingValue.Of("saran", "Sesuai"), e.Inputs);
        Assert.Contains(FindingValue.Of("tanggal", "2025-01-15"), e.Inputs);
        Assert.Equal(new[] { new AppliedPolicy("SaranRatingPerilaku", "SatuDiBawah", true) }, e.Policies);
    }

    [Fact]
    public void Constructor_DiffersFromSuggestionWithReason_KeepsBothWhoWhenAndWhy()
    {
        var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Suggest(PenilaianNilaiBerakhlak.Semua(Ekspektasi.Sesuai).With(NilaiBerakhlak.Loyal, Ekspektasi.DiBawah));

        var keputusan = new PenilaianPerilakuKerja(Ekspektasi.Sesuai, Ppk, Tanggal, saran, "Pelanggaran kecil sudah diperbaiki pada triwulan II");
        var e = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Explain(keputusan);

        Assert.True(keputusan.BerbedaDariSaran);
        Assert.Equal(Ekspektasi.DiBawah, keputusan.Saran!.Saran);
        Assert.Equal(Ekspektasi.Sesuai, keputusan.Rating);
        Assert.Equal(Ppk, keputusan.DitetapkanOleh);
        Assert.Equal(Tanggal, keputusan.Tanggal);
        Assert.Equal("KeputusanPpk[BerbedaDariSaran]", e.Rule);
        Assert.Contains(FindingValue.Of("alasan", "Pelanggaran kecil sudah diperbaiki pada triwulan II"), e.Inputs);
        Assert.Contains("Di Bawah Ekspektasi", e.Description, StringComparison.Ordinal);
        Assert.Contains("Reason: Pelanggaran kecil", e.GetDescription(Language.English), StringComparison.Ordinal);
        Assert.Equal("SaranRatingPerilaku[SatuDiBawah]", keputusan.Saran.Explanation.Rule);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Constructor_DiffersFromSuggestionWithoutReason_Throws(string? alasan)
    {
        var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Suggest(PenilaianNilaiBerakhlak.Semua(Ekspektasi.DiAtas));

        var ex = Assert.Throws<ArgumentException>(() => new PenilaianPerilakuKerja(Ekspektasi.Sesuai, Ppk, Tanggal, saran, alasan));
        Assert.Equal("alasan", ex.ParamName);
    }

    [Fact]
    public void Constructor_NoSuggestionAvailable_NeedsNoReason()
    {
        var saran = PerilakuKerjaRules.SeMenPanRb20Tahun2021.Suggest(PenilaianNilaiBerakhlak.Kosong);

        var keputusan = new PenilaianPerilakuKerja(Ekspektasi.DiAtas, Ppk, Tanggal, saran);

        Assert.False(keputusan.BerbedaDariSaran);
        Assert.Equal("KeputusanPpk", PerilakuKerjaRules.SeMenPanRb20Tahun2021.Explain(keputusan).Rule);
        Assert.Contains(FindingValue.Of("saran", "-"), PerilakuKerjaRules.SeMenPanRb20Tahun2021.Explain(keputusan).Inputs);
    }

    [Fact]
    public void Constructor_ProgrammerErrors_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PenilaianPerilakuKerja((Ekspektasi)0, Ppk, Tanggal));
        Assert.Throws<ArgumentException>(() => new PenilaianPerilakuKerja(Ekspektasi.Sesuai, default, Tanggal));
    }

    [Fact]
    public void Equals_SameParts_AreEqual()
    {
        var a = new PenilaianPerilakuKerja(Ekspektasi.Sesuai, Ppk, Tanggal, null, "x");
        var b = new PenilaianPerilakuKerja(Ekspektasi.Sesuai, Ppk, Tanggal, null, "x");
        var c = new PenilaianPerilakuKerja(Ekspektasi.Sesuai, Ppk, Tanggal.PlusDays(1), null, "x");

        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
    }
}
