using NodaTime;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>
/// Identifiers survive the wire exactly. A lone surrogate would be written as U+FFFD and read back as another
/// identifier, so the model refuses it when the identifier is given; surrogate pairs (characters outside the Basic
/// Multilingual Plane) are ordinary text and come back unchanged.
/// </summary>
public class IdentifierRoundTripTests
{
    private const string Pair = "\uD83C\uDFDB";      // U+1F3DB, a building
    private const string Math = "\uD835\uDD4A";      // U+1D54A, a double-struck S

    [Fact]
    public void Skp_IdentifiersWithSurrogatePairs_ReadBackEqual()
    {
        var skp = new SkpBuilder("SKP-" + Math, Samples.Pegawai, Jabatan.Fungsional(JenjangFungsional.AhliMuda), "UNIT-" + Pair, PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(new PejabatPenilaiKinerja(Samples.Ppk, Jabatan.Struktural(JenisJabatan.Administrator)))
            .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 25))
            .AddHasilKerja(new RencanaHasilKerja(
                "RHK-" + Pair, "Hasil " + Math, JenisRhk.Utama, KlasifikasiRhk.Organisasi,
                new[] { new IndikatorKinerjaIndividu("IKI-" + Math, "Indikator", TargetIki.Kuantitatif(4m, "dokumen"), AspekIki.Kuantitas) },
                rhkAtasanId: "ATASAN-" + Pair + Math))
            .AddSemuaNilaiBerakhlak()
            .Build();

        var back = Json.Read<Skp>(Json.Write(skp));

        Assert.Equal(skp.Id, back.Id);
        Assert.Equal(skp.UnitId, back.UnitId);
        var rhk = Assert.Single(back.HasilKerja);
        Assert.Equal(skp.HasilKerja[0], rhk);
        Assert.Equal("RHK-" + Pair, rhk.Id);
        Assert.Equal("ATASAN-" + Pair + Math, rhk.RhkAtasanId);
        Assert.Equal("IKI-" + Math, rhk.Indikator[0].Id);
    }

    [Fact]
    public void StrukturOrganisasi_UnitIdsWithSurrogatePairs_ReadBackEqual()
    {
        var units = new[] { new UnitKerja("K-" + Pair, "Kementerian", null), new UnitKerja("D-" + Math, "Direktorat", "K-" + Pair) };
        var struktur = StrukturOrganisasi.Create(units, new[] { new PenempatanPegawai(Samples.Pegawai, "D-" + Math, true) }).Value;

        var back = Json.Read<StrukturOrganisasi>(Json.Write(struktur));

        Assert.Equal(units, back.Units);
        Assert.Equal("K-" + Pair, back.GetParent("D-" + Math)!.Id);
        Assert.Equal(Samples.Pegawai, back.GetKepala("D-" + Math));
    }

    [Fact]
    public void Read_IdentifierWithAnEscapedLoneSurrogate_IsRejected()
    {
        var json = Json.Write(Samples.Skp()).Replace("\"SKP-2024-001\"", "\"SKP-\\ud83d\"", StringComparison.Ordinal);

        Assert.Contains("\\ud83d", json, StringComparison.Ordinal);
        Json.Fails<Skp>(json);
    }
}
