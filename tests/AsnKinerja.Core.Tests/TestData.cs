using NodaTime;

namespace AsnKinerja.Core.Tests;

/// <summary>Small builders shared by the Core tests, so each test states only what it is about.</summary>
internal static class TestData
{
    /// <summary>A valid NIP with a given sequence number (born 1 Jan 1980, appointed Jan 2005, male).</summary>
    public static Nip Nip(int nomorUrut) =>
        AsnKinerja.Nip.FromParts(new LocalDate(1980, 1, 1), new YearMonth(2005, 1), JenisKelamin.LakiLaki, nomorUrut);

    public static UnitKerja Unit(string id, string? parentId) => new(id, "Unit " + id, parentId);

    public static PenempatanPegawai Placement(int nomorUrut, string unitId, bool isKepala = false) => new(Nip(nomorUrut), unitId, isKepala);
}
