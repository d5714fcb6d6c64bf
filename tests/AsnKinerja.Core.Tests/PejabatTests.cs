using AsnKinerja.Testing;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// Officials who take part in an evaluation (regulation reference §1, §13): ASN officials (with a NIP, possibly an
/// additional duty) and non-ASN officials (no NIP), with what SIASN records of an evaluator.
/// </summary>
public sealed class PejabatTests
{
    private static readonly Nip A = Nip.Parse("197805122005012003");

    [Fact]
    public void Asn_WithEveryDetail_GivesWhatSiasnRecords()
    {
        var p = Pejabat.Asn(A, Jabatan.Fungsional(JenjangFungsional.AhliMadya), TugasTambahan.KepalaSekolah, "Sri Lestari", "Kepala SD Negeri 1 Depok", "IV/a", "SD Negeri 1 Depok");

        Assert.Equal(StatusPenilai.Asn, p.Status);
        Assert.Equal("ASN", SiasnCodec.ToSiasnText(p.Status));
        Assert.Equal("197805122005012003", p.NomorInduk);
        Assert.Equal("Sri Lestari", p.Nama);
        Assert.Equal("IV/a", p.Golongan);
        Assert.Equal("Kepala SD Negeri 1 Depok", p.NamaJabatan);
        Assert.Equal("SD Negeri 1 Depok", p.UnitKerja);
        Assert.True(p.HasTugasTambahan);
        Assert.Null(p.JabatanNonAsn);
    }

    [Fact]
    public void NonAsn_Regent_HasNoNipNorRankAndIsNonAsnForSiasn()
    {
        var p = Pejabat.NonAsn(JabatanNonAsn.Bupati, "Drs. H. Contoh", "Bupati Sleman", "Pemerintah Kabupaten Sleman");

        Assert.Equal(StatusPenilai.NonAsn, p.Status);
        Assert.Equal("NON ASN", SiasnCodec.ToSiasnText(p.Status));
        Assert.Null(p.Nip);
        Assert.Null(p.NomorInduk);
        Assert.Null(p.Golongan);
        Assert.Null(p.Jabatan);
        Assert.Equal(JabatanNonAsn.Bupati, p.JabatanNonAsn);
    }

    [Fact]
    public void NonAsn_WithNrp_GivesTheNrpAsItsNumber()
    {
        Assert.Equal("63010234", Pejabat.NonAsn(JabatanNonAsn.Lainnya, "Kolonel Contoh", "Penjabat Kepala Badan", nrp: "63010234").NomorInduk);
    }

    [Fact]
    public void Factories_InvalidParts_Throw()
    {
        Assert.Throws<ArgumentException>(() => Pejabat.Asn(default));
        Assert.Throws<ArgumentException>(() => Pejabat.Asn(A, default(Jabatan)));
        Assert.Throws<ArgumentException>(() => Pejabat.Asn(A, Jabatan.Struktural(JenisJabatan.Pengawas), TugasTambahan.KepalaSekolah));
        Assert.Throws<ArgumentException>(() => Pejabat.Asn(A, null, TugasTambahan.KepalaSekolah));
        Assert.Throws<ArgumentOutOfRangeException>(() => Pejabat.Asn(A, Jabatan.Fungsional(JenjangFungsional.AhliMuda), (TugasTambahan)9));
        Assert.Throws<ArgumentException>(() => Pejabat.Asn(A, nama: " "));
        Assert.Throws<ArgumentException>(() => Pejabat.NonAsn(JabatanNonAsn.Bupati, "", "Bupati Sleman"));
        Assert.Throws<ArgumentException>(() => Pejabat.NonAsn(JabatanNonAsn.Bupati, "Nama", " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => Pejabat.NonAsn(default, "Nama", "Jabatan"));
        Assert.Throws<ArgumentException>(() => new PejabatPenilaiKinerja(Pejabat.Asn(A)));
        Assert.Throws<ArgumentNullException>(() => new PejabatPenilaiKinerja(null!));
    }

    [Fact]
    public void IsSameOfficial_AsnByNipAndNonAsnByOffice()
    {
        var asn = Pejabat.Asn(A, Jabatan.Struktural(JenisJabatan.JptPratama));
        Assert.True(asn.IsSameOfficial(Pejabat.Asn(A)));
        Assert.False(asn.IsSameOfficial(Pejabat.Asn(Nip.Parse("197805122005012004"))));

        var bupati = Pejabat.NonAsn(JabatanNonAsn.Bupati, "Nama Lama", "Bupati Sleman");
        Assert.True(bupati.IsSameOfficial(Pejabat.NonAsn(JabatanNonAsn.Bupati, "Nama Baru", "  BUPATI   sleman ")));
        Assert.False(bupati.IsSameOfficial(Pejabat.NonAsn(JabatanNonAsn.Bupati, "Nama Lama", "Bupati Bantul")));
        Assert.False(bupati.IsSameOfficial(Pejabat.NonAsn(JabatanNonAsn.WaliKota, "Nama Lama", "Bupati Sleman")));
        Assert.False(bupati.IsSameOfficial(asn));
        Assert.NotEqual(bupati, Pejabat.NonAsn(JabatanNonAsn.Bupati, "Nama Baru", "Bupati Sleman"));
    }

    [Fact]
    public void IsSameOfficial_UnderEveryCulture_GivesTheSameAnswer()
    {
        var a = Pejabat.NonAsn(JabatanNonAsn.Lainnya, "x", "Kepala Lembaga Istimewa");
        var b = Pejabat.NonAsn(JabatanNonAsn.Lainnya, "y", "KEPALA LEMBAGA ISTIMEWA");
        Assert.All(Cultures.UnderEach(() => a.IsSameOfficial(b)), Assert.True);
    }

    [Fact]
    public void PejabatPenilaiKinerja_FromNipAndJabatan_IsAnAsnOfficial()
    {
        var ppk = new PejabatPenilaiKinerja(A, Jabatan.Struktural(JenisJabatan.Pengawas), KewenanganPenilai.Plt);

        Assert.Equal(StatusPenilai.Asn, ppk.Status);
        Assert.Equal(A, ppk.Nip);
        Assert.Equal(Jabatan.Struktural(JenisJabatan.Pengawas), ppk.Jabatan);
        Assert.Equal(new PejabatPenilaiKinerja(Pejabat.Asn(A, Jabatan.Struktural(JenisJabatan.Pengawas)), KewenanganPenilai.Plt), ppk);
    }

    [Theory]
    [InlineData("ASN", StatusPenilai.Asn)]
    [InlineData("NON ASN", StatusPenilai.NonAsn)]
    [InlineData("non-asn", StatusPenilai.NonAsn)]
    [InlineData(" NonASN ", StatusPenilai.NonAsn)]
    [InlineData("asn", StatusPenilai.Asn)]
    public void StatusPenilaiFromSiasnText_KnownText_ReadsTheStatus(string text, StatusPenilai expected)
    {
        Assert.Equal(expected, SiasnCodec.StatusPenilaiFromSiasnText(text));
        Assert.True(SiasnCodec.TryStatusPenilaiFromSiasnText(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("PNS")]
    [InlineData("NON")]
    public void StatusPenilaiFromSiasnText_UnknownText_IsRejected(string text)
    {
        Assert.Throws<FormatException>(() => SiasnCodec.StatusPenilaiFromSiasnText(text));
        Assert.False(SiasnCodec.TryStatusPenilaiFromSiasnText(text, out _));
        Assert.False(SiasnCodec.TryStatusPenilaiFromSiasnText(null, out _));
        Assert.Throws<ArgumentNullException>(() => SiasnCodec.StatusPenilaiFromSiasnText(null!));
    }

    [Fact]
    public void ToSiasnText_EachStatus_RoundTrips()
    {
        foreach (var s in new[] { StatusPenilai.Asn, StatusPenilai.NonAsn })
        {
            Assert.Equal(s, SiasnCodec.StatusPenilaiFromSiasnText(SiasnCodec.ToSiasnText(s)));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => SiasnCodec.ToSiasnText((StatusPenilai)0));
    }
}
