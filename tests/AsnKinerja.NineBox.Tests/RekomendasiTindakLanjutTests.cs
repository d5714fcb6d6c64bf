using System.Globalization;
using AsnKinerja.NineBox;
using AsnKinerja.Testing;
using T = AsnKinerja.NineBox.TindakLanjutTalenta;

namespace AsnKinerja.NineBox.Tests;

public class RekomendasiTindakLanjutTests
{
    // The follow-up per box, from the domain reference §9 (PermenPANRB 3/2020), in the regulation's order.
    public static TheoryData<int, T[]> PerKotak => new()
    {
        { 9, new[] { T.Dipromosikan, T.Dipertahankan, T.KelompokRencanaSuksesiNasional, T.Penghargaan } },
        { 8, new[] { T.Dipertahankan, T.KelompokRencanaSuksesiInstansi, T.RotasiPerluasanJabatan, T.BimbinganKinerja } },
        { 7, new[] { T.Dipertahankan, T.KelompokRencanaSuksesiInstansi, T.RotasiPengayaanJabatan, T.PengembanganKompetensi, T.TugasBelajar } },
        { 6, new[] { T.PenempatanSesuai, T.BimbinganKinerja, T.KonselingKinerja } },
        { 5, new[] { T.PenempatanSesuai, T.BimbinganKinerja, T.PengembanganKompetensi } },
        { 4, new[] { T.Rotasi, T.PengembanganKompetensi } },
        { 3, new[] { T.BimbinganKinerja, T.KonselingKinerja, T.PengembanganKompetensi, T.PenempatanSesuai } },
        { 2, new[] { T.BimbinganKinerja, T.PengembanganKompetensi, T.PenempatanSesuai } },
        { 1, new[] { T.DiprosesSesuaiKetentuan } },
    };

    [Theory]
    [MemberData(nameof(PerKotak))]
    public void Rekomendasi_EachBox_IsTheRegulationsList(int nomor, T[] expected) =>
        Assert.Equal(expected, KotakTalenta.FromNomor(nomor).Rekomendasi.Select(r => r.Jenis));

    [Theory]
    [InlineData(T.Dipromosikan, "TL-PROMOSI")]
    [InlineData(T.Dipertahankan, "TL-DIPERTAHANKAN")]
    [InlineData(T.KelompokRencanaSuksesiNasional, "TL-SUKSESI-NASIONAL")]
    [InlineData(T.Penghargaan, "TL-PENGHARGAAN")]
    [InlineData(T.KelompokRencanaSuksesiInstansi, "TL-SUKSESI-INSTANSI")]
    [InlineData(T.RotasiPerluasanJabatan, "TL-ROTASI-PERLUASAN")]
    [InlineData(T.BimbinganKinerja, "TL-BIMBINGAN-KINERJA")]
    [InlineData(T.RotasiPengayaanJabatan, "TL-ROTASI-PENGAYAAN")]
    [InlineData(T.PengembanganKompetensi, "TL-PENGEMBANGAN-KOMPETENSI")]
    [InlineData(T.TugasBelajar, "TL-TUGAS-BELAJAR")]
    [InlineData(T.PenempatanSesuai, "TL-PENEMPATAN-SESUAI")]
    [InlineData(T.KonselingKinerja, "TL-KONSELING-KINERJA")]
    [InlineData(T.Rotasi, "TL-ROTASI")]
    [InlineData(T.DiprosesSesuaiKetentuan, "TL-SESUAI-KETENTUAN")]
    public void Kode_IsStable(T jenis, string kode)
    {
        var rekomendasi = RekomendasiTindakLanjut.Get(jenis);

        Assert.Equal(kode, rekomendasi.Kode);
        Assert.True(RekomendasiTindakLanjut.TryGetByKode(kode, out var found));
        Assert.Equal(rekomendasi, found);
    }

    [Fact]
    public void All_CoversEveryKind_WithUniqueCodes_AndBothLanguages()
    {
        Assert.Equal(14, RekomendasiTindakLanjut.All.Length);
        Assert.Equal(RekomendasiTindakLanjut.All.Length, RekomendasiTindakLanjut.All.Select(r => r.Kode).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RekomendasiTindakLanjut.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Uraian.Indonesian));
            Assert.False(string.IsNullOrWhiteSpace(r.Uraian.English));
            Assert.NotEqual(r.Uraian.Indonesian, r.Uraian.English);
            Assert.Equal(RegulationNames.PermenPanRb3Tahun2020, r.Source.Regulation);
            Assert.Equal(Confidence.High, r.Source.Confidence);
        });
        Assert.Equal("Masuk kelompok rencana suksesi instansi", RekomendasiTindakLanjut.Get(T.KelompokRencanaSuksesiInstansi).Uraian.Get(Cultures.Get("id-ID")));
        Assert.Equal("Include in the agency succession pool", RekomendasiTindakLanjut.Get(T.KelompokRencanaSuksesiInstansi).Uraian.Get(Cultures.Get("en-US")));
    }

    [Fact]
    public void SuccessionPoolBoxes_AllRecommendASuccessionGroup_AndNoOtherBoxDoes()
    {
        foreach (var kotak in KotakTalenta.All)
        {
            var suksesi = kotak.Rekomendasi.Any(r => r.Jenis is T.KelompokRencanaSuksesiInstansi or T.KelompokRencanaSuksesiNasional);
            Assert.Equal(kotak.IsKelompokRencanaSuksesi, suksesi);
        }
    }

    [Fact]
    public void Get_Undefined_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RekomendasiTindakLanjut.Get(default));
        Assert.False(RekomendasiTindakLanjut.TryGetByKode("tl-rotasi", out _));
    }
}
