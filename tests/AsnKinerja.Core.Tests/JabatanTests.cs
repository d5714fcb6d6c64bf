namespace AsnKinerja.Core.Tests;

/// <summary>
/// Positions: JPT (Utama, Madya, Pratama), Administrator, Pengawas, Pelaksana and Fungsional with a jenjang. The
/// PPK is at least a <em>pejabat pengawas</em> (PermenPANRB 6/2022, regulation reference §1).
/// </summary>
public sealed class JabatanTests
{
    public static TheoryData<JenisJabatan, bool, bool> StructuralKinds => new()
    {
        // kind, IsJpt, IsAtLeastPengawas
        { JenisJabatan.JptUtama, true, true },
        { JenisJabatan.JptMadya, true, true },
        { JenisJabatan.JptPratama, true, true },
        { JenisJabatan.Administrator, false, true },
        { JenisJabatan.Pengawas, false, true },
        { JenisJabatan.Pelaksana, false, false },
    };

    public static TheoryData<JenjangFungsional, bool, string> Levels => new()
    {
        // level, IsKeahlian, label
        { JenjangFungsional.Pemula, false, "Pemula" },
        { JenjangFungsional.Terampil, false, "Terampil" },
        { JenjangFungsional.Mahir, false, "Mahir" },
        { JenjangFungsional.Penyelia, false, "Penyelia" },
        { JenjangFungsional.AhliPertama, true, "Ahli Pertama" },
        { JenjangFungsional.AhliMuda, true, "Ahli Muda" },
        { JenjangFungsional.AhliMadya, true, "Ahli Madya" },
        { JenjangFungsional.AhliUtama, true, "Ahli Utama" },
    };

    [Theory]
    [MemberData(nameof(StructuralKinds))]
    public void Struktural_EachKind_HasNoJenjangAndTheRightLevelFacts(JenisJabatan jenis, bool isJpt, bool isAtLeastPengawas)
    {
        var jabatan = Jabatan.Struktural(jenis);

        Assert.False(jabatan.IsUnset);
        Assert.Equal(jenis, jabatan.Jenis);
        Assert.Null(jabatan.Jenjang);
        Assert.Equal(isJpt, jabatan.IsJpt);
        Assert.Equal(isAtLeastPengawas, jabatan.IsAtLeastPengawas);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Fungsional_EachLevel_HasItsJenjangAndIsNeitherJptNorStructural(JenjangFungsional jenjang, bool isKeahlian, string label)
    {
        var jabatan = Jabatan.Fungsional(jenjang);

        Assert.Equal(JenisJabatan.Fungsional, jabatan.Jenis);
        Assert.Equal(jenjang, jabatan.Jenjang);
        Assert.False(jabatan.IsJpt);
        Assert.False(jabatan.IsAtLeastPengawas);
        Assert.Equal(isKeahlian, jenjang.IsKeahlian());
        Assert.Equal(label, jenjang.ToLabel());
    }

    [Fact]
    public void Struktural_Fungsional_ThrowsArgumentOutOfRangeException()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Jabatan.Struktural(JenisJabatan.Fungsional));
        Assert.Equal("jenis", e.ParamName);
    }

    [Fact]
    public void Factories_UndefinedEnumValues_ThrowArgumentOutOfRangeException()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Jabatan.Struktural(default));
        Assert.Throws<ArgumentOutOfRangeException>(() => Jabatan.Struktural((JenisJabatan)8));
        Assert.Throws<ArgumentOutOfRangeException>(() => Jabatan.Fungsional(default));
        Assert.Throws<ArgumentOutOfRangeException>(() => Jabatan.Fungsional((JenjangFungsional)5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((JenjangFungsional)10).IsKeahlian());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((JenjangFungsional)15).ToLabel());
    }

    [Fact]
    public void Default_IsUnsetAndClaimsNothing()
    {
        var unset = default(Jabatan);

        Assert.True(unset.IsUnset);
        Assert.Throws<InvalidOperationException>(() => unset.Jenis);
        Assert.Null(unset.Jenjang);
        Assert.False(unset.IsJpt);
        Assert.False(unset.IsAtLeastPengawas);
        Assert.NotEqual(Jabatan.Struktural(JenisJabatan.Pelaksana), unset);
    }

    [Fact]
    public void Equality_ComparesKindAndLevel()
    {
        Assert.Equal(Jabatan.Fungsional(JenjangFungsional.AhliMuda), Jabatan.Fungsional(JenjangFungsional.AhliMuda));
        Assert.True(Jabatan.Fungsional(JenjangFungsional.AhliMuda) == Jabatan.Fungsional(JenjangFungsional.AhliMuda));
        Assert.True(Jabatan.Fungsional(JenjangFungsional.AhliMuda) != Jabatan.Fungsional(JenjangFungsional.AhliMadya));
        Assert.NotEqual(Jabatan.Struktural(JenisJabatan.Pengawas), Jabatan.Struktural(JenisJabatan.Administrator));
        Assert.Equal(Jabatan.Struktural(JenisJabatan.Pengawas).GetHashCode(), Jabatan.Struktural(JenisJabatan.Pengawas).GetHashCode());
    }
}
