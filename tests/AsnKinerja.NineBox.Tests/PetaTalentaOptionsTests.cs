using AsnKinerja.NineBox;

namespace AsnKinerja.NineBox.Tests;

public class PetaTalentaOptionsTests
{
    [Theory]
    [InlineData(PredikatKinerja.SangatBaik, Ekspektasi.DiAtas)]
    [InlineData(PredikatKinerja.Baik, Ekspektasi.Sesuai)]
    [InlineData(PredikatKinerja.ButuhPerbaikan, Ekspektasi.DiBawah)]
    [InlineData(PredikatKinerja.KurangMisconduct, Ekspektasi.DiBawah)]
    [InlineData(PredikatKinerja.SangatKurang, Ekspektasi.DiBawah)]
    public void Default_PredicateMapping_IsTheDocumentedOne(PredikatKinerja predikat, Ekspektasi expected) =>
        Assert.Equal(expected, PetaTalentaOptions.Default.GetKinerja(predikat));

    [Fact]
    public void Default_Policies_AreReportedAsDefaults()
    {
        var options = PetaTalentaOptions.Default;

        Assert.Equal(PenggabunganKinerja.TerendahDuaTahunTerakhir, options.Penggabungan);
        Assert.Equal(80m, options.BatasPotensialTinggi);
        Assert.Equal(60m, options.BatasPotensialMenengah);
        Assert.All(options.Policies, p => Assert.True(p.IsDefault));
        Assert.Equal(
            new[]
            {
                "PemetaanPredikatKinerja=SangatKurang=DiBawah,KurangMisconduct=DiBawah,ButuhPerbaikan=DiBawah,Baik=Sesuai,SangatBaik=DiAtas (default)",
                "PenggabunganKinerjaTahunan=TerendahDuaTahunTerakhir (default)",
                "BatasSkorPotensial=Tinggi>=80,Menengah>=60 (default)",
            },
            options.Policies.Select(p => p.ToString()));
    }

    [Fact]
    public void CustomOptions_AreReportedAsNotDefault()
    {
        var mapping = new Dictionary<PredikatKinerja, Ekspektasi>
        {
            [PredikatKinerja.SangatKurang] = Ekspektasi.DiBawah,
            [PredikatKinerja.KurangMisconduct] = Ekspektasi.DiBawah,
            [PredikatKinerja.ButuhPerbaikan] = Ekspektasi.Sesuai,
            [PredikatKinerja.Baik] = Ekspektasi.Sesuai,
            [PredikatKinerja.SangatBaik] = Ekspektasi.DiAtas,
        };
        var options = new PetaTalentaOptions(mapping, PenggabunganKinerja.TahunTerakhir, 85.5m, 70m);

        Assert.Equal(Ekspektasi.Sesuai, options.GetKinerja(PredikatKinerja.ButuhPerbaikan));
        Assert.All(options.Policies, p => Assert.False(p.IsDefault));
        Assert.Equal("Tinggi>=85.5,Menengah>=70", options.BatasSkorPolicy.Choice);
    }

    [Fact]
    public void DefaultMappingGivenExplicitly_IsReportedAsDefault()
    {
        var mapping = PetaTalentaOptions.Default.PemetaanPredikat.ToDictionary(p => p.Key, p => p.Value);
        Assert.True(new PetaTalentaOptions(mapping).PemetaanPredikatPolicy.IsDefault);
    }

    // Cut-offs: >= 80 Tinggi, >= 60 Menengah, else Rendah (the documented default).
    [Theory]
    [InlineData("100", TingkatPotensial.Tinggi)]
    [InlineData("80", TingkatPotensial.Tinggi)]
    [InlineData("79.99", TingkatPotensial.Menengah)]
    [InlineData("60", TingkatPotensial.Menengah)]
    [InlineData("59.99", TingkatPotensial.Rendah)]
    [InlineData("0", TingkatPotensial.Rendah)]
    public void GetTingkatPotensial_DefaultCutOffs(string skor, TingkatPotensial expected) =>
        Assert.Equal(expected, PetaTalentaOptions.Default.GetTingkatPotensial(decimal.Parse(skor, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void ScoreOutsideRange_IsAProgrammerError(string skor)
    {
        var value = decimal.Parse(skor, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Throws<ArgumentOutOfRangeException>(() => PetaTalentaOptions.Default.GetTingkatPotensial(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => NilaiPotensial.FromSkor(value));
    }

    // Combination of the levels of years T and T-1, every pair, per policy (written from the docs' definitions).
    [Theory]
    [InlineData(Ekspektasi.DiAtas, Ekspektasi.DiAtas, Ekspektasi.DiAtas, Ekspektasi.DiAtas, Ekspektasi.DiAtas)]
    [InlineData(Ekspektasi.DiAtas, Ekspektasi.Sesuai, Ekspektasi.DiAtas, Ekspektasi.Sesuai, Ekspektasi.DiAtas)]
    [InlineData(Ekspektasi.DiAtas, Ekspektasi.DiBawah, Ekspektasi.DiAtas, Ekspektasi.DiBawah, Ekspektasi.Sesuai)]
    [InlineData(Ekspektasi.Sesuai, Ekspektasi.DiAtas, Ekspektasi.Sesuai, Ekspektasi.Sesuai, Ekspektasi.DiAtas)]
    [InlineData(Ekspektasi.Sesuai, Ekspektasi.Sesuai, Ekspektasi.Sesuai, Ekspektasi.Sesuai, Ekspektasi.Sesuai)]
    [InlineData(Ekspektasi.Sesuai, Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiBawah, Ekspektasi.Sesuai)]
    [InlineData(Ekspektasi.DiBawah, Ekspektasi.DiAtas, Ekspektasi.DiBawah, Ekspektasi.DiBawah, Ekspektasi.Sesuai)]
    [InlineData(Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiBawah, Ekspektasi.DiBawah, Ekspektasi.Sesuai)]
    [InlineData(Ekspektasi.DiBawah, Ekspektasi.DiBawah, Ekspektasi.DiBawah, Ekspektasi.DiBawah, Ekspektasi.DiBawah)]
    public void Combine_EachPair_EachPolicy(Ekspektasi tahunIni, Ekspektasi tahunLalu, Ekspektasi terakhir, Ekspektasi terendah, Ekspektasi rataRata)
    {
        Assert.Equal(terakhir, new PetaTalentaOptions(penggabungan: PenggabunganKinerja.TahunTerakhir).Combine(new[] { tahunIni }));
        Assert.Equal(terendah, new PetaTalentaOptions(penggabungan: PenggabunganKinerja.TerendahDuaTahunTerakhir).Combine(new[] { tahunIni, tahunLalu }));
        Assert.Equal(rataRata, new PetaTalentaOptions(penggabungan: PenggabunganKinerja.RataRataDuaTahunTerakhir).Combine(new[] { tahunIni, tahunLalu }));
    }

    [Fact]
    public void GetTahunDibutuhkan_PerPolicy()
    {
        Assert.Equal(new[] { 2024 }, new PetaTalentaOptions(penggabungan: PenggabunganKinerja.TahunTerakhir).GetTahunDibutuhkan(2024));
        Assert.Equal(new[] { 2024, 2023 }, PetaTalentaOptions.Default.GetTahunDibutuhkan(2024));
        Assert.Equal(new[] { 2024, 2023 }, new PetaTalentaOptions(penggabungan: PenggabunganKinerja.RataRataDuaTahunTerakhir).GetTahunDibutuhkan(2024));
    }

    [Fact]
    public void Combine_WrongNumberOfLevels_Throws() =>
        Assert.Throws<ArgumentException>(() => PetaTalentaOptions.Default.Combine(new[] { Ekspektasi.DiAtas }));

    [Fact]
    public void Construction_ReportsEveryErrorTogether()
    {
        var mapping = new Dictionary<PredikatKinerja, Ekspektasi>
        {
            [PredikatKinerja.SangatKurang] = Ekspektasi.DiBawah,
            [PredikatKinerja.Baik] = (Ekspektasi)7,
        };

        var e = Assert.Throws<ArgumentException>(() => new PetaTalentaOptions(mapping, (PenggabunganKinerja)9, 120m, 130m));

        Assert.Contains("Baik maps to 7", e.Message, StringComparison.Ordinal);
        Assert.Contains("KurangMisconduct has no level", e.Message, StringComparison.Ordinal);
        Assert.Contains("ButuhPerbaikan has no level", e.Message, StringComparison.Ordinal);
        Assert.Contains("SangatBaik has no level", e.Message, StringComparison.Ordinal);
        Assert.Contains("penggabungan: 9", e.Message, StringComparison.Ordinal);
        Assert.Contains("batasPotensialTinggi: 120 is outside 0..100", e.Message, StringComparison.Ordinal);
        Assert.Contains("batasPotensialMenengah: 130 is outside 0..100", e.Message, StringComparison.Ordinal);
        Assert.Contains("batasPotensialMenengah (130) must be below batasPotensialTinggi (120)", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("Invalid PetaTalentaOptions (8 errors):", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_NonMonotoneMapping_IsRejected()
    {
        var mapping = new Dictionary<PredikatKinerja, Ekspektasi>
        {
            [PredikatKinerja.SangatKurang] = Ekspektasi.DiBawah,
            [PredikatKinerja.KurangMisconduct] = Ekspektasi.Sesuai,
            [PredikatKinerja.ButuhPerbaikan] = Ekspektasi.DiBawah,
            [PredikatKinerja.Baik] = Ekspektasi.Sesuai,
            [PredikatKinerja.SangatBaik] = Ekspektasi.DiAtas,
        };

        var e = Assert.Throws<ArgumentException>(() => new PetaTalentaOptions(mapping));

        Assert.Contains("ButuhPerbaikan maps to DiBawah, below Sesuai of the worse predicate KurangMisconduct", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_EqualCutOffs_AreRejected_OrderedOnesAccepted()
    {
        Assert.Throws<ArgumentException>(() => new PetaTalentaOptions(batasPotensialTinggi: 60m, batasPotensialMenengah: 60m));
        var options = new PetaTalentaOptions(batasPotensialTinggi: 70m, batasPotensialMenengah: 50m);
        Assert.Equal(TingkatPotensial.Tinggi, options.GetTingkatPotensial(70m));
        Assert.Equal(TingkatPotensial.Menengah, options.GetTingkatPotensial(50m));
        Assert.Equal(TingkatPotensial.Rendah, options.GetTingkatPotensial(49.9m));
    }
}
