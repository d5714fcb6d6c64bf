using System.Globalization;
using AsnKinerja.NineBox;
using AsnKinerja.Testing;

namespace AsnKinerja.NineBox.Tests;

public class KotakTalentaTests
{
    // The grid of PermenPANRB 3/2020 (domain reference §9), written cell by cell:
    //   kinerja \ potensial  rendah menengah tinggi
    //   di atas                 4      7       9
    //   sesuai                  2      5       8
    //   di bawah                1      3       6
    [Theory]
    [InlineData(Ekspektasi.DiAtas, TingkatPotensial.Rendah, 4)]
    [InlineData(Ekspektasi.DiAtas, TingkatPotensial.Menengah, 7)]
    [InlineData(Ekspektasi.DiAtas, TingkatPotensial.Tinggi, 9)]
    [InlineData(Ekspektasi.Sesuai, TingkatPotensial.Rendah, 2)]
    [InlineData(Ekspektasi.Sesuai, TingkatPotensial.Menengah, 5)]
    [InlineData(Ekspektasi.Sesuai, TingkatPotensial.Tinggi, 8)]
    [InlineData(Ekspektasi.DiBawah, TingkatPotensial.Rendah, 1)]
    [InlineData(Ekspektasi.DiBawah, TingkatPotensial.Menengah, 3)]
    [InlineData(Ekspektasi.DiBawah, TingkatPotensial.Tinggi, 6)]
    public void Of_EachCell_HasAsnNumberAndAxes(Ekspektasi kinerja, TingkatPotensial potensial, int nomor)
    {
        var kotak = KotakTalenta.Of(kinerja, potensial);

        Assert.Equal(nomor, kotak.Nomor);
        Assert.Equal(kinerja, kotak.Kinerja);
        Assert.Equal(potensial, kotak.Potensial);
        Assert.Equal(kotak, KotakTalenta.FromNomor(nomor));
    }

    // The generic row-major index of the same cells: (row * 3) + column + 1, bottom row = di bawah.
    [Theory]
    [InlineData(Ekspektasi.DiBawah, TingkatPotensial.Rendah, 1)]
    [InlineData(Ekspektasi.DiBawah, TingkatPotensial.Menengah, 2)]
    [InlineData(Ekspektasi.DiBawah, TingkatPotensial.Tinggi, 3)]
    [InlineData(Ekspektasi.Sesuai, TingkatPotensial.Rendah, 4)]
    [InlineData(Ekspektasi.Sesuai, TingkatPotensial.Menengah, 5)]
    [InlineData(Ekspektasi.Sesuai, TingkatPotensial.Tinggi, 6)]
    [InlineData(Ekspektasi.DiAtas, TingkatPotensial.Rendah, 7)]
    [InlineData(Ekspektasi.DiAtas, TingkatPotensial.Menengah, 8)]
    [InlineData(Ekspektasi.DiAtas, TingkatPotensial.Tinggi, 9)]
    public void GenericRowMajorNumbering_EachCell_HasGenericIndex(Ekspektasi kinerja, TingkatPotensial potensial, int genericIndex)
    {
        var kotak = KotakTalenta.Of(kinerja, potensial);

        Assert.Equal(genericIndex, GenericRowMajorNumbering.ToGenericIndex(kotak));
        Assert.Equal(kotak, GenericRowMajorNumbering.FromGenericIndex(genericIndex));
    }

    [Theory]
    [InlineData(2, 4)]
    [InlineData(3, 2)]
    [InlineData(4, 7)]
    [InlineData(6, 3)]
    [InlineData(7, 8)]
    [InlineData(8, 6)]
    public void GenericRowMajorNumbering_SameNumber_IsADifferentBox(int number, int genericIndexOfAsnBox)
    {
        // The mix-up the docs warn about: "box 7" in a generic tool is not Kotak 7.
        Assert.NotEqual(KotakTalenta.FromNomor(number), GenericRowMajorNumbering.FromGenericIndex(number));
        Assert.Equal(genericIndexOfAsnBox, GenericRowMajorNumbering.ToGenericIndex(KotakTalenta.FromNomor(number)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    public void GenericRowMajorNumbering_Corners_AndCentre_Agree(int number) =>
        Assert.Equal(KotakTalenta.FromNomor(number), GenericRowMajorNumbering.FromGenericIndex(number));

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    [InlineData(5, false)]
    [InlineData(6, false)]
    [InlineData(7, true)]
    [InlineData(8, true)]
    [InlineData(9, true)]
    public void IsKelompokRencanaSuksesi_EachBox_OnlySevenToNine(int nomor, bool expected) =>
        Assert.Equal(expected, KotakTalenta.FromNomor(nomor).IsKelompokRencanaSuksesi);

    [Fact]
    public void Default_IsEmpty_AndPlacesNobody()
    {
        var kotak = default(KotakTalenta);

        Assert.True(kotak.IsEmpty);
        Assert.False(kotak.IsKelompokRencanaSuksesi);
        Assert.Equal(string.Empty, kotak.ToString());
        Assert.Throws<InvalidOperationException>(() => kotak.Nomor);
        Assert.Throws<InvalidOperationException>(() => kotak.Kinerja);
        Assert.Throws<InvalidOperationException>(() => kotak.Potensial);
        Assert.True(kotak < KotakTalenta.FromNomor(1));
        Assert.NotEqual(KotakTalenta.FromNomor(1), kotak);
        Assert.Throws<ArgumentException>(() => GenericRowMajorNumbering.ToGenericIndex(kotak));
        Assert.Throws<ArgumentException>(() => PetaTalentaRules.PermenPanRb3Tahun2020.Explain(kotak));
    }

    [Fact]
    public void EqualityAndOrder_FollowAsnNumber()
    {
        var k3 = KotakTalenta.FromNomor(3);
        var k7 = KotakTalenta.FromNomor(7);

        Assert.True(k3 == KotakTalenta.Of(Ekspektasi.DiBawah, TingkatPotensial.Menengah));
        Assert.True(k3 != k7);
        Assert.True(k3 < k7 && k7 > k3 && k3 <= KotakTalenta.FromNomor(3) && k7 >= KotakTalenta.FromNomor(7) && !(k7 <= k3));
        Assert.Equal(k3.GetHashCode(), KotakTalenta.FromNomor(3).GetHashCode());
        Assert.True(k3.Equals((object)KotakTalenta.FromNomor(3)));
        Assert.False(k3.Equals((object)3));
        Assert.Equal(Enumerable.Range(1, 9), KotakTalenta.All.Select(k => k.Nomor));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(-1)]
    public void FromNomor_OutOfRange_Throws(int nomor)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KotakTalenta.FromNomor(nomor));
        Assert.Throws<ArgumentOutOfRangeException>(() => GenericRowMajorNumbering.FromGenericIndex(nomor));
    }

    [Fact]
    public void Of_UndefinedLevel_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KotakTalenta.Of(default, TingkatPotensial.Rendah));
        Assert.Throws<ArgumentOutOfRangeException>(() => KotakTalenta.Of(Ekspektasi.Sesuai, (TingkatPotensial)4));
    }

    [Fact]
    public void Labels_InBothLanguages()
    {
        var kotak = KotakTalenta.FromNomor(7);
        var id = Cultures.Get("id-ID");
        var en = Cultures.Get("en-GB");

        Assert.Equal("Kotak 7", kotak.ToString());
        Assert.Equal("Kotak 7", kotak.ToLabel(id));
        Assert.Equal("Box 7", kotak.ToLabel(en));
        Assert.Equal("Kotak 7: kinerja Di Atas Ekspektasi, potensial Menengah", kotak.ToDescription(id));
        Assert.Equal("Box 7: performance above expectation, potential medium", kotak.ToDescription(en));
    }

    [Theory]
    [InlineData("Rendah", TingkatPotensial.Rendah)]
    [InlineData(" menengah ", TingkatPotensial.Menengah)]
    [InlineData("SEDANG", TingkatPotensial.Menengah)]
    [InlineData("tinggi", TingkatPotensial.Tinggi)]
    [InlineData("High", TingkatPotensial.Tinggi)]
    [InlineData("low", TingkatPotensial.Rendah)]
    public void ParseTingkatPotensial_KnownLabels(string label, TingkatPotensial expected) =>
        Assert.Equal(expected, PetaTalentaLabels.ParseTingkatPotensial(label));

    [Fact]
    public void ParseTingkatPotensial_Unknown_ThrowsNamingInput()
    {
        var e = Assert.Throws<FormatException>(() => PetaTalentaLabels.ParseTingkatPotensial("istimewa"));
        Assert.Contains("'istimewa'", e.Message, StringComparison.Ordinal);
        Assert.False(PetaTalentaLabels.TryParseTingkatPotensial(null, out _));
    }

    [Theory]
    [InlineData("\u017Fedang")]
    [InlineData("\u017FEDANG")]
    [InlineData("t\u0131ngg\u0131")]
    [InlineData("T\u0130NGG\u0130")]
    [InlineData("\uFF54inggi")]
    [InlineData("hig\u029C")]
    public void TryParseTingkatPotensial_LookAlikeOfAnAsciiLetter_IsNotThatLetter(string label)
    {
        Assert.False(PetaTalentaLabels.TryParseTingkatPotensial(label, out _));
        Assert.Throws<FormatException>(() => PetaTalentaLabels.ParseTingkatPotensial(label));
    }

    [Fact]
    public void ParseTingkatPotensial_HugeLabel_MessageQuotesAtMost64Characters()
    {
        var e = Assert.Throws<FormatException>(() => PetaTalentaLabels.ParseTingkatPotensial(new string('q', 200)));

        Assert.StartsWith("'" + new string('q', 64) + "…' (200 characters) is not a known potential level", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseTingkatPotensial_UnderTurkishCulture_StillParsesDottedI() =>
        Assert.All(Testing.Cultures.UnderEach(() => PetaTalentaLabels.ParseTingkatPotensial("TINGGI")), v => Assert.Equal(TingkatPotensial.Tinggi, v));
}
